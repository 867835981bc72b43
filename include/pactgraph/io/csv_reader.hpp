#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/error.hpp"

namespace pactgraph::io {

/// Bounds a CSV reader enforces, so hostile input fails with an error instead of exhausting memory.
struct csv_limits {
  std::size_t max_field_size = std::size_t{1} << 20;  ///< bytes in one field, after unescaping
  std::size_t max_columns = 4096;                      ///< fields in the header and in any record
};

/// A named text in memory: what the readers parse, and the name their errors start with.
struct text_file {
  std::string name{};  ///< printed as the file part of error locations, e.g. `atop5_1m.csv`
  std::string text{};
};

/// Reads a whole file; throws data_error (located at the file) when it cannot be read.
/// The name is the file name without its folder, as errors print it.
text_file read_text_file(const std::filesystem::path& path);

/// A strict RFC 4180 reader over text in memory: a header record, then records of the same width.
///
/// Accepts quoted fields with `""` escapes and line breaks, CRLF or LF record ends, a missing final
/// line break and empty fields; skips a UTF-8 byte order mark. Refuses, with a parse_error at
/// file:line:column, a quote inside an unquoted field, text after a closing quote, an unterminated
/// quote, a bare CR, an embedded NUL, and fields or records over the limits. Lines and columns are
/// 1-based; columns count bytes. Fields are views into the text (or into the record's own buffer
/// when they had escapes), valid until the next call of next(). O(n) in the bytes read.
class csv_reader {
 public:
  /// Reads the header of `file`; the reader refers to `file.text`, which must outlive it.
  explicit csv_reader(const text_file& file, csv_limits limits = {});

  /// Column names in file order.
  [[nodiscard]] const std::vector<std::string>& header() const { return m_header; }
  /// The index of a column, if the header has it.
  [[nodiscard]] std::optional<std::size_t> find_column(std::string_view name) const;
  /// The index of a column; throws parse_error located at the header when it is missing.
  [[nodiscard]] std::size_t column(std::string_view name) const;

  /// Moves to the next record; false at the end of the text. Throws parse_error on malformed text,
  /// after which the reader is at its end. A record of the wrong width is read, not refused:
  /// check_width() refuses it, so a lenient caller can skip it and go on.
  bool next();

  /// Throws parse_error when the current record has not as many fields as the header.
  void check_width() const;
  /// Fields in the current record.
  [[nodiscard]] std::size_t width() const { return m_fields.size(); }
  /// The unescaped text of a field of the current record.
  [[nodiscard]] std::string_view field(std::size_t column) const;
  /// Line of the current record's first byte.
  [[nodiscard]] std::size_t line() const { return m_record_line; }
  /// Where a field of the current record starts (its opening quote when quoted).
  [[nodiscard]] source_location location(std::size_t column) const;
  /// Where the current record starts.
  [[nodiscard]] source_location record_location() const;

  /// A field as an integer; throws parse_error `column 'x': expected an integer, found '...'`.
  [[nodiscard]] long long integer(std::size_t column) const;
  /// Like integer(), but an empty field gives nothing.
  [[nodiscard]] std::optional<long long> optional_integer(std::size_t column) const;
  /// A parse_error at a field, its message prefixed with the column name.
  [[nodiscard]] parse_error error_at(std::size_t column, const std::string& message) const;

  [[nodiscard]] const std::string& file_name() const { return m_name; }

 private:
  struct field_span {
    std::size_t offset = 0;  ///< into the text, or into m_unescaped when `escaped`
    std::size_t size = 0;
    std::size_t line = 0;
    std::size_t column = 0;
    bool escaped = false;
  };

  bool read_record();
  [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& message);

  std::string m_name;
  std::string_view m_text;
  csv_limits m_limits;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
  std::size_t m_line_start = 0;
  std::size_t m_record_line = 0;
  std::size_t m_record_end_line = 0;
  std::size_t m_record_end_column = 0;
  std::vector<field_span> m_fields;
  std::string m_unescaped;
  std::vector<std::string> m_header;
};

}  // namespace pactgraph::io
