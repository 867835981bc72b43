#pragma once

// Helpers the robustness tests share: exact error checks and inline files.

#include <boost/test/unit_test.hpp>

#include <functional>
#include <string>

#include "pactgraph/error.hpp"
#include "pactgraph/io/import_options.hpp"

namespace pactgraph::testing {

/// Runs `body`, which must throw exactly `Error` at `file`:`line`:`column` with exactly `message`.
template <class Error>
void expect_exact(const std::function<void()>& body, const std::string& file, std::size_t line, std::size_t column,
                  const std::string& message) {
  try {
    body();
  } catch (const Error& e) {
    BOOST_TEST(e.where().file == file);
    BOOST_TEST(e.where().line == line);
    BOOST_TEST(e.where().column == column);
    BOOST_TEST(e.message() == message);
    return;
  } catch (const std::exception& e) {
    BOOST_FAIL("wrong exception: " << e.what());
  }
  BOOST_FAIL("no exception; expected '" << message << "'");
}

/// Runs `body`, which must throw exactly `Error` whose location is `file` and the JSON pointer `pointer`.
template <class Error>
void expect_at_pointer(const std::function<void()>& body, const std::string& file, const std::string& pointer,
                       const std::string& message) {
  try {
    body();
  } catch (const Error& e) {
    BOOST_TEST(e.where().file == file);
    BOOST_TEST(e.where().pointer == pointer);
    BOOST_TEST(e.where().line == 0u);
    BOOST_TEST(e.message() == message);
    return;
  } catch (const std::exception& e) {
    BOOST_FAIL("wrong exception: " << e.what());
  }
  BOOST_FAIL("no exception; expected '" << message << "'");
}

/// The one diagnostic of a lenient report, compiler-style.
inline std::string only_diagnostic(const io::import_report& report) {
  BOOST_REQUIRE_EQUAL(report.diagnostics.size(), 1u);
  return report.diagnostics.front().to_string();
}

inline constexpr const char* states_header =
    "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n";
inline constexpr const char* member_header =
    "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul\n";
inline constexpr const char* alliance_header = "atopid,begyr,begmo,begday,bilat\n";

}  // namespace pactgraph::testing
