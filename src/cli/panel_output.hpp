// Writing yearly panels: CSV straight into one buffer (a system frame has two million rows),
// table and JSON through the ordinary report.
#pragma once

#include <charconv>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "pactgraph/panels/panel_options.hpp"

namespace pactgraph::cli {

/// Appends one CSV record's fields to a text buffer.
class csv_sink {
 public:
  explicit csv_sink(std::string& out) : m_out(out) {}
  void integer(std::int64_t v) {
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    m_out.append(buffer, end);
  }
  void flag(bool v) {
    separate();
    m_out += v ? '1' : '0';
  }
  void missing() { separate(); }
  void text(std::string_view v) {  // callers pass text without commas, quotes or newlines
    separate();
    m_out += v;
  }
  void end_row() {
    m_out += '\n';
    m_first = true;
  }

 private:
  void separate() {
    if (!m_first) m_out += ',';
    m_first = false;
  }
  std::string& m_out;
  bool m_first = true;
};

/// Collects one row's cells for a report table.
class cell_sink {
 public:
  void integer(std::int64_t v) { m_row.emplace_back(v); }
  void flag(bool v) { m_row.emplace_back(std::int64_t{v ? 1 : 0}); }
  void missing() { m_row.emplace_back(std::monostate{}); }
  void text(std::string_view v) { m_row.emplace_back(std::string(v)); }
  void end_row() {}
  std::vector<cell> take() { return std::move(m_row); }

 private:
  std::vector<cell> m_row;
};

/// `Y1:Y2` for a panel, refusing spans no source of pacts reaches (usage_error naming them).
[[nodiscard]] year_span panel_years(const alliance_network& net, std::string_view text);

/// The pacts as ATOP ids (a pact's key when it has none), space-separated in the order given.
[[nodiscard]] std::string pact_ids(const alliance_network& net, std::span<const pact_id> pacts);

/// The native kinds beyond ATOP's five obligations that some pact of the network pledges, in bit
/// order: each becomes an extra 0/1 column.
[[nodiscard]] std::vector<tie_kind> extra_kinds(const alliance_network& net);

/// Writes `count` rows under `columns`: `fill(i, sink)` puts row i's fields into the sink. CSV
/// goes out as one buffer; table and JSON as a report with the table `name` and its notes.
template <class Fill>
void emit_panel(const context& ctx, const std::string& name, const std::vector<std::string>& columns, std::size_t count,
                const std::vector<std::string>& notes, Fill fill) {
  if (ctx.format() == output_format::csv) {
    std::string out;
    out.reserve(64 * (count + 1));
    csv_sink header(out);
    for (const auto& c : columns) header.text(c);
    header.end_row();
    csv_sink sink(out);
    for (std::size_t i = 0; i < count; ++i) {
      fill(i, sink);
      sink.end_row();
    }
    for (const auto& n : notes) ctx.warn(n);
    ctx.emit_text(out);
    return;
  }
  report r;
  table t{.name = name, .columns = columns};
  t.rows.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    cell_sink sink;
    fill(i, sink);
    t.add(sink.take());
  }
  r.tables.push_back(std::move(t));
  r.notes = notes;
  ctx.emit(r);
}

/// The five obligation flags, then the extra kinds; empty fields when `known` is false.
template <class Sink>
void put_obligations(Sink& sink, tie_kind set, bool known, const std::vector<tie_kind>& extras) {
  for (const tie_kind k : {tie_kind::defence, tie_kind::offence, tie_kind::neutrality, tie_kind::non_aggression,
                           tie_kind::consultation})
    known ? sink.flag(any_of(set, k)) : sink.missing();
  for (const tie_kind k : extras) known ? sink.flag(any_of(set, k)) : sink.missing();
}

/// The obligation column names (ATOP's), then one per extra kind.
[[nodiscard]] std::vector<std::string> obligation_columns(const std::vector<tie_kind>& extras);

}  // namespace pactgraph::cli
