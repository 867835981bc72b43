// Writing large results (yearly panels, similarity): CSV straight into one buffer (a system frame
// has two million rows), table and JSON through the ordinary report of the query table.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "context.hpp"
#include "pactgraph/query/panel_rows.hpp"

namespace pactgraph::cli {

/// Appends CSV records to a text buffer, writing through a raw pointer (the buffer grows a row at
/// a time), since a system frame is two million rows. A sink of the query layer's rows.
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
  /// Shortest round-trip digits, as the report's CSV writes them; nothing for NaN or an infinity.
  void real(double v) {
    separate();
    if (std::isfinite(v)) m_at = std::to_chars(m_at, m_at + 32, v).ptr;
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
  /// The pacts as query::pact_ids() writes them.
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

/// Writes the rows of a query (query::state_rows, dyad_rows, spell_rows, similarity_rows): CSV goes
/// out as one buffer, its notes on stderr; table and JSON as the report of query::table_of.
template <class Rows>
void emit_rows(const context& ctx, const Rows& rows) {
  if (ctx.format() != output_format::csv) {
    ctx.emit(report_of(query::table_of(rows)));
    return;
  }
  if (!ctx.options.table.empty() && ctx.options.table != rows.name())
    throw usage_error("no table '" + ctx.options.table + "' in this result (tables: " + rows.name() + ")");
  std::string out;
  out.reserve(64 * (rows.size() + 1));  // reserved, not filled: the sink touches only what it writes
  {
    csv_sink sink(out);
    for (const auto& c : rows.columns()) sink.text(c.name);
    sink.end_row();
    rows.put_rows(sink);
  }
  for (const auto& n : rows.notes()) ctx.warn(n);
  ctx.emit_text(out);
}

}  // namespace pactgraph::cli
