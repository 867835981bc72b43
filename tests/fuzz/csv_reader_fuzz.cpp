// libFuzzer target: the RFC 4180 reader on any bytes, header and records, with small limits.

#include "fuzz_support.hpp"

using namespace pactgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const io::text_file file{.name = "fuzz.csv", .text = std::string(fuzz::as_text(data, size))};
  try {
    io::csv_reader reader(file, fuzz::small_limits);
    fuzz::require(!reader.header().empty(), "a header has at least one column");
    fuzz::require(reader.header().size() <= fuzz::small_limits.max_columns, "the column limit holds in the header");
    while (reader.next()) {
      fuzz::require(reader.width() >= 1 && reader.width() <= fuzz::small_limits.max_columns,
                    "the column limit holds in records");
      try {
        reader.check_width();
      } catch (const parse_error& e) {
        fuzz::require(e.where().line >= reader.line(), "a width error is at or after the record's first line");
      }
      for (std::size_t i = 0; i < reader.width(); ++i) {
        const std::string_view f = reader.field(i);
        fuzz::require(f.size() <= fuzz::small_limits.max_field_size, "the field limit holds");
        fuzz::require(f.find('\0') == std::string_view::npos, "no field holds a NUL byte");
        const source_location at = reader.location(i);
        fuzz::require(at.line >= reader.line() && at.column >= 1, "fields have a position");
        try {
          (void)reader.optional_integer(i);
        } catch (const parse_error& e) {
          fuzz::require(e.where().line == at.line && e.where().column == at.column, "a number error is at its field");
        }
      }
    }
  } catch (const parse_error& e) {
    fuzz::require(e.where().file == "fuzz.csv" && e.where().line >= 1 && e.where().column >= 1,
                  "a CSV error has a line and a column");
  }
  return 0;
}
