// The answer to a question, as the command's columns: named typed columns of equal length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::query {

/// A column of one type, indexed by row. Missing values: NaN for reals; for integers and text a
/// mask (`missing` empty = nothing missing).
struct column {
  enum class type : std::uint8_t { integer, real, text };
  std::string name;
  type kind = type::text;
  std::vector<std::int64_t> integers;  ///< kind == integer (0/1 flags are integers, as in the CSV)
  std::vector<double> reals;           ///< kind == real
  std::vector<std::string> texts;      ///< kind == text
  std::vector<std::uint8_t> missing;   ///< empty, or one per row: 1 where the value is missing

  [[nodiscard]] std::size_t size() const;
  [[nodiscard]] bool is_missing(std::size_t row) const;

  /// Appends a value (the column's kind must match) or a missing one.
  void push(std::int64_t value);
  void push(double value);
  void push(std::string value);
  void push_missing();
  /// Appends row `row` of `other`, a column of the same kind.
  void push_from(const column& other, std::size_t row);
};

/// An empty column of a kind.
[[nodiscard]] column integer_column(std::string name);
[[nodiscard]] column real_column(std::string name);
[[nodiscard]] column text_column(std::string name);

/// A result: named typed columns of equal length, plus notes for a reader (coverage, failures).
///
/// `scalars` are the values the answer has once (the date asked about, a group's name): each is a
/// column of one row, and each is repeated as a leading column of `columns`, so the table is tidy.
/// They are kept apart as well so that a table with no rows still says what it answered (the
/// command prints them above its rows).
struct table {
  std::string name;  ///< "members", "nodes", "ties", "dyads", ...
  std::vector<column> columns;
  std::vector<std::string> notes;
  std::vector<column> scalars;

  /// The length of the columns (0 without columns).
  [[nodiscard]] std::size_t rows() const;
  /// The column of that name; lookup_error when absent.
  [[nodiscard]] const column& operator[](std::string_view name) const;
  [[nodiscard]] column& operator[](std::string_view name);
};

}  // namespace pactgraph::query
