#pragma once

// Helpers the importer tests share: fixtures, inline files and error positions.

#include <boost/test/unit_test.hpp>

#include <functional>
#include <string>

#include "pactgraph/io/csv_reader.hpp"
#include "support.hpp"

namespace pactgraph::testing {

/// A fixture file of tests/io/data.
inline io::text_file fixture(const std::string& name) {
  return io::read_text_file(source_dir() / "tests" / "io" / "data" / name);
}

/// Runs `body`, which must throw `Error` at `file`:`line`:`column` with `needle` in its message.
template <class Error>
void expect_error_at(const std::function<void()>& body, const std::string& file, std::size_t line,
                     std::size_t column, const std::string& needle) {
  try {
    body();
  } catch (const Error& e) {
    BOOST_TEST(e.where().file == file);
    BOOST_TEST(e.where().line == line);
    BOOST_TEST(e.where().column == column);
    BOOST_TEST(e.message().find(needle) != std::string::npos, "message: " << e.what());
    return;
  } catch (const std::exception& e) {
    BOOST_FAIL("wrong exception: " << e.what());
  }
  BOOST_FAIL("expected an error containing '" << needle << "'");
}

/// The real data folder; fails the test (never skips it) when the data are missing.
inline std::filesystem::path require_data_dir() {
  const auto dir = data_dir();
  BOOST_REQUIRE_MESSAGE(std::filesystem::is_regular_file(dir / "atop_v5.1" / "atop5_1m.csv"),
                        "the real datasets are missing from '" << dir.string()
                                                               << "': set PACTGRAPH_DATA_DIR to a folder laid out as "
                                                                  "docs/data.md describes");
  return dir;
}

}  // namespace pactgraph::testing
