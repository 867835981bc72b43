// Large results as rows written field by field into a sink: the command's CSV writer puts a system
// frame of two million rows straight into text, and column_sink fills the columns of a table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// The name and kind of a panel column.
struct column_spec {
  std::string name;
  column::type kind;
};

/// What the rows of a large result keep beside their data: the table's name, columns and notes.
/// Rows refer to the network they were computed from, which must outlive them.
class rows_shape {
 public:
  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] const std::vector<column_spec>& columns() const { return m_columns; }
  [[nodiscard]] const std::vector<std::string>& notes() const { return m_notes; }

 protected:
  explicit rows_shape(std::string name) : m_name(std::move(name)) {}

  std::string m_name;
  std::vector<column_spec> m_columns;
  std::vector<std::string> m_notes;
};

/// The pacts as ATOP ids (a pact's key when it has none), space-separated in the order given.
[[nodiscard]] std::string pact_ids(const alliance_network& net, std::span<const pact_id> pacts);

/// The native kinds beyond ATOP's five obligations that some pact of the network pledges, in bit
/// order: each becomes an extra 0/1 column.
[[nodiscard]] std::vector<tie_kind> extra_kinds(const alliance_network& net);

/// The obligation columns (ATOP's names: defense, offense, neutral, nonagg, consul), then one per
/// extra kind, each an integer 0/1.
[[nodiscard]] std::vector<column_spec> obligation_columns(const std::vector<tie_kind>& extras);

/// The five obligation flags, then the extra kinds; missing fields when `known` is false.
template <class Sink>
void put_obligations(Sink& sink, tie_kind set, bool known, const std::vector<tie_kind>& extras) {
  for (const tie_kind k : {tie_kind::defence, tie_kind::offence, tie_kind::neutrality, tie_kind::non_aggression,
                           tie_kind::consultation})
    known ? sink.flag(any_of(set, k)) : sink.missing();
  for (const tie_kind k : extras) known ? sink.flag(any_of(set, k)) : sink.missing();
}

/// The note that `count` member rows were left out because their state has no COW state code.
[[nodiscard]] std::string members_without_code_note(std::size_t count);

/// `Y1:Y2` for a panel, refusing spans no source of pacts reaches (usage_error naming them).
[[nodiscard]] year_span panel_years(const alliance_network& net, std::string_view text);
/// The same check on a span already read.
void check_panel_years(const alliance_network& net, year_span years);

/// A sink that appends each field of a row to the next column of a table. A sink has integer(),
/// real(), flag() (0/1), missing(), text() (no commas, quotes or newlines), ids() (pact_ids) and end_row().
class column_sink {
 public:
  explicit column_sink(std::vector<column>& columns) : m_columns(columns) {}
  void integer(std::int64_t v) { m_columns[m_at++].push(v); }
  void real(double v) { m_columns[m_at++].push(v); }
  void flag(bool v) { integer(v ? 1 : 0); }
  void missing() { m_columns[m_at++].push_missing(); }
  void text(std::string_view v) { m_columns[m_at++].push(std::string(v)); }
  void ids(const alliance_network& net, std::span<const pact_id> pacts) { m_columns[m_at++].push(pact_ids(net, pacts)); }
  void end_row() { m_at = 0; }

 private:
  std::vector<column>& m_columns;
  std::size_t m_at = 0;
};

/// The table of a panel's rows. `Rows` (state_rows, dyad_rows, spell_rows, similarity_rows) has
/// name(), columns() (column_specs), size(), notes() and put_rows(sink), which writes every row field
/// by field, calling sink.end_row() after each.
template <class Rows>
[[nodiscard]] table table_of(const Rows& rows) {
  table t{.name = rows.name(), .notes = rows.notes()};
  for (const auto& spec : rows.columns()) t.columns.push_back({.name = spec.name, .kind = spec.kind});
  for (auto& c : t.columns) {
    if (c.kind == column::type::integer) c.integers.reserve(rows.size());
    if (c.kind == column::type::real) c.reals.reserve(rows.size());
    if (c.kind == column::type::text) c.texts.reserve(rows.size());
  }
  column_sink sink(t.columns);
  rows.put_rows(sink);
  return t;
}

}  // namespace pactgraph::query
