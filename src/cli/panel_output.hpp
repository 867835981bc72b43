// Writing yearly panels: CSV straight into one buffer (a system frame has two million rows),
// table and JSON through the ordinary report.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "pactgraph/panels/panel_options.hpp"

namespace pactgraph::cli {

/// The pacts as ATOP ids (a pact's key when it has none), space-separated in the order given.
[[nodiscard]] std::string pact_ids(const alliance_network& net, std::span<const pact_id> pacts);

/// Appends CSV records to a text buffer, writing through a raw pointer (the buffer grows a row at
/// a time), since a system frame is two million rows.
class csv_sink {
 public:
  explicit csv_sink(std::string& out) : m_out(out) { start_row(); }
  ~csv_sink() { m_out.resize(static_cast<std::size_t>(m_at - m_out.data())); }
  csv_sink(const csv_sink&) = delete;
  csv_sink& operator=(const csv_sink&) = delete;

  void integer(std::int64_t v) {
    separate();
    m_at = std::to_chars(m_at, m_at + 24, v).ptr;
  }
  void flag(bool v) {
    separate();
    *m_at++ = v ? '1' : '0';
  }
  void missing() { separate(); }
  void text(std::string_view v) {  // callers pass text without commas, quotes or newlines
    separate();
    reserve(v.size());
    m_at = std::copy(v.begin(), v.end(), m_at);
  }
  /// The pacts as pact_ids() writes them.
  void ids(const alliance_network& net, std::span<const pact_id> pacts) {
    separate();
    bool first = true;
    for (const pact_id p : pacts) {
      if (!first) *m_at++ = ' ';
      first = false;
      const pact& x = net[p];
      if (x.atop_id) {
        m_at = std::to_chars(m_at, m_at + 24, *x.atop_id).ptr;
      } else {
        reserve(x.key.size());
        m_at = std::copy(x.key.begin(), x.key.end(), m_at);
      }
      reserve(0);
    }
  }
  void end_row() {
    *m_at++ = '\n';
    start_row();
  }

 private:
  static constexpr std::size_t row_room = 512;  ///< enough for every field but text, which reserves its own
  void start_row() {
    m_first = true;
    reserve(0);
  }
  /// Room for `extra` bytes more than a row's numbers need.
  void reserve(std::size_t extra) {
    const std::size_t used = m_at ? static_cast<std::size_t>(m_at - m_out.data()) : m_out.size();
    if (used + extra + row_room > m_out.size()) m_out.resize(std::max(2 * m_out.size(), used + extra + row_room));
    m_at = m_out.data() + used;
  }
  void separate() {
    if (!m_first) *m_at++ = ',';
    m_first = false;
  }
  std::string& m_out;
  char* m_at = nullptr;
  bool m_first = true;
};

/// Collects one row's cells for a report table.
class cell_sink {
 public:
  void integer(std::int64_t v) { m_row.emplace_back(v); }
  void flag(bool v) { m_row.emplace_back(std::int64_t{v ? 1 : 0}); }
  void missing() { m_row.emplace_back(std::monostate{}); }
  void text(std::string_view v) { m_row.emplace_back(std::string(v)); }
  void ids(const alliance_network& net, std::span<const pact_id> pacts) { m_row.emplace_back(pact_ids(net, pacts)); }
  void end_row() {}
  std::vector<cell> take() { return std::move(m_row); }

 private:
  std::vector<cell> m_row;
};

/// `Y1:Y2` for a panel, refusing spans no source of pacts reaches (usage_error naming them).
[[nodiscard]] year_span panel_years(const alliance_network& net, std::string_view text);

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
    out.reserve(64 * (count + 1));  // reserved, not filled: the sink touches only what it writes
    {
      csv_sink sink(out);
      for (const auto& c : columns) sink.text(c);
      sink.end_row();
      for (std::size_t i = 0; i < count; ++i) {
        fill(i, sink);
        sink.end_row();
      }
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
