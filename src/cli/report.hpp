#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "pactgraph/query/table.hpp"

namespace pactgraph::cli {

/// One value of a result: empty (JSON null), text, an integer or a real number.
using cell = std::variant<std::monostate, std::string, std::int64_t, double>;

/// A named table of results; column names double as JSON keys and CSV headers.
struct table {
  std::string name{};
  std::vector<std::string> columns{};
  /// Row after row, one cell per column: one allocation for a table, not one per row.
  std::vector<cell> cells{};
  /// Kept apart from the cells, since a table may have rows and no columns.
  std::size_t rows = 0;

  [[nodiscard]] std::span<const cell> row(std::size_t r) const {
    return std::span<const cell>(cells).subspan(r * columns.size(), columns.size());
  }
};

/// What a subcommand computed, independent of the output format.
///
/// `fields` are scalars about the whole result (the date); in CSV they become leading columns of
/// every row, so a series stays one tidy table. `series` holds one report per date.
struct report {
  std::vector<std::pair<std::string, cell>> fields{};
  std::vector<table> tables{};
  std::vector<report> series{};
  /// Remarks for a reader (coverage, dropped actors): printed after a table, under "notes" in JSON,
  /// on stderr with CSV so the CSV stays clean.
  std::vector<std::string> notes{};
  /// For CSV, which table is written (one CSV holds one table); empty: the first.
  std::string csv_table{};
};

/// Row `row` of a query column as a cell (a missing integer or text is empty).
[[nodiscard]] cell cell_at(const query::column& c, std::size_t row);

/// A query table as a report table, without its leading scalar columns (the report's fields).
[[nodiscard]] table report_table(const query::table& t);

/// The report of one answer's query tables: `fields` (what only the command knows, such as where
/// the data came from), then the first table's scalars, become the report's fields; each table
/// drops its scalar columns; the notes of all tables are gathered once, in order.
[[nodiscard]] report report_of(const std::vector<const query::table*>& tables,
                               std::vector<std::pair<std::string, cell>> fields = {});
[[nodiscard]] report report_of(const query::table& t, std::vector<std::pair<std::string, cell>> fields = {});

/// The report of a table over dates, whose leading column `date` runs over `dates` in order: one
/// series entry per date with the field date and that date's rows (none when it has none), and the
/// table's notes.
[[nodiscard]] report series_report(const query::table& t, const std::vector<std::string>& dates);

enum class output_format : std::uint8_t { table, csv, json };

/// The report as text in the given format. With CSV, `table_name` picks the table (empty: the
/// report's own choice); throws usage_error when no table has that name.
[[nodiscard]] std::string format_report(const report& r, output_format format, const std::string& table_name = {});

}  // namespace pactgraph::cli
