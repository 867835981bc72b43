#pragma once

// Internal helpers the CSV importers share: the strict/lenient row loop and partial dates.

#include <optional>
#include <string>
#include <string_view>

#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/detail/utf8.hpp"
#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/model/date.hpp"

namespace pactgraph::io::detail {

/// Throws in strict mode; in lenient mode records the error as a diagnostic of the report.
/// A template so the error keeps its own type (parse_error or data_error) when thrown.
template <class Error>
void reject(const Error& e, const import_options& options, import_report& report) {
  if (options.mode == import_mode::strict) throw e;
  report.diagnostics.push_back({.where = e.where(), .message = e.message()});
}

/// Calls `on_row()` for every record of `reader`; a row that throws a located_error is rejected.
/// Malformed CSV (an unterminated quote...) always throws: no later row could be trusted.
template <class OnRow>
void for_each_row(csv_reader& reader, const import_options& options, import_report& report, OnRow on_row) {
  while (reader.next()) {
    ++report.rows_read;
    try {
      reader.check_width();
      on_row();
    } catch (const parse_error& e) {
      reject(e, options, report);
    } catch (const data_error& e) {
      reject(e, options, report);
    }
  }
}

/// A text field that must be UTF-8, since every name ends up in JSON and DOT; throws parse_error
/// `column 'x': invalid UTF-8 at byte N` at the field otherwise.
inline std::string_view utf8_field(const csv_reader& reader, std::size_t col) {
  const std::string_view text = reader.field(col);
  if (const std::size_t at = pactgraph::detail::invalid_utf8_at(text))
    throw reader.error_at(col, "invalid UTF-8 at byte " + std::to_string(at));
  return text;
}

/// A date from year, month and day columns, where a blank or 0 day (or month) means the source
/// knows the date only to the month (or year). Throws data_error at the year column on an
/// impossible date such as 1992-02-30.
inline date partial_date(const csv_reader& reader, std::size_t year_col, std::size_t month_col, std::size_t day_col) {
  const long long y = reader.integer(year_col);
  const long long m = reader.optional_integer(month_col).value_or(0);
  const long long d = reader.optional_integer(day_col).value_or(0);
  const date_precision p = m == 0 ? date_precision::year : d == 0 ? date_precision::month : date_precision::day;
  std::optional<date> out;
  if (y >= 1 && y <= 9999 && m >= 0 && m <= 12 && d >= 0 && d <= 31)
    out = date::make(static_cast<int>(y), static_cast<unsigned>(m), static_cast<unsigned>(d), p);
  if (!out) {
    const source_location at = reader.location(year_col);
    throw data_error(at, "column '" + reader.header()[year_col] + "': impossible date " + std::to_string(y) + "-" +
                             std::to_string(m) + "-" + std::to_string(d));
  }
  return *out;
}

/// The state with this COW code, added without system spells (abbreviation: the code) when the
/// network does not have it; the standard snapshot then drops it and counts it in its diagnostics.
inline actor_id state_by_code(alliance_network& net, int code, const source_location& where) {
  if (auto id = net.find_state(code)) return *id;
  return net.add_actor({.kind = actor_kind::state,
                        .abbreviation = std::to_string(code),
                        .name = "COW code " + std::to_string(code) + " (not in the state-system data)",
                        .cow_code = code},
                       where);
}

}  // namespace pactgraph::io::detail
