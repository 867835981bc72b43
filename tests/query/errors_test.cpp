// What a caller hears when a question cannot be answered: a name_error naming the closest names, a
// usage_error naming the expected form, and a lookup_error for a column a table does not have.

#include <boost/test/unit_test.hpp>

#include <string>

#include "pactgraph/error.hpp"
#include "pactgraph/query/diff.hpp"
#include "pactgraph/query/members.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/ties.hpp"
#include "temporal/seed_fixture.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(query_errors)

namespace {

/// The message of the exception of class `Error` that `f` throws (fails the test when it throws nothing).
template <class Error, class F>
std::string message_of(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  BOOST_FAIL("no exception of the expected class");
  return {};
}

template <class F>
std::string usage_message(F f) {
  return message_of<usage_error>(f);
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_misspelt_group_gets_suggestions) {
  // One swap from the organisation, two edits from the treaty's key `cst`, which a four-letter name allows.
  const std::string m = message_of<name_error>([] { (void)query::members(testing::seed(), "CTSO", query::default_day()); });
  BOOST_TEST(m == "no organisation or pact named 'CTSO'; did you mean 'CSTO' or 'cst'?");
}

BOOST_AUTO_TEST_CASE(a_state_is_no_group) {
  const std::string m = usage_message([] { (void)query::members(testing::seed(), "UZB", query::default_day()); });
  BOOST_TEST(m == "'UZB' is a state, not an organisation or pact");
}

BOOST_AUTO_TEST_CASE(a_misspelt_actor_gets_suggestions) {
  const std::string m = message_of<name_error>([] { (void)query::ties(testing::seed(), "Uzbekistn", query::default_day()); });
  BOOST_TEST(m == "no actor named 'Uzbekistn'; did you mean 'Uzbekistan'?");
  // A name_error is a lookup_error, as a missing key is, and not a usage_error.
  BOOST_CHECK_EXCEPTION((void)query::ties(testing::seed(), "Atlantis", query::default_day()), lookup_error,
                        [](const lookup_error& e) { return dynamic_cast<const usage_error*>(&e) == nullptr; });
}

BOOST_AUTO_TEST_CASE(bad_spans_and_dates) {
  BOOST_TEST(usage_message([] { (void)query::parse_years("2007:2005"); }) == "--years: 2005 is before 2007");
  BOOST_TEST(usage_message([] { (void)query::parse_years("1990-2000"); }) ==
             "--years: bad range '1990-2000' (expected Y1:Y2, e.g. 1816:2018)");
  BOOST_TEST(usage_message([] { (void)query::parse_day("2007-13", "--from"); }) ==
             "--from: bad date '2007-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  const auto [first, last] = query::parse_years("1816:2018");
  BOOST_TEST((first == 1816 && last == 2018));
  BOOST_TEST(query::day_text(query::parse_day("2004-02")) == "2004-02-29");
  BOOST_TEST(usage_message([] {
               (void)query::diff(testing::seed(), query::parse_day("2007"), query::parse_day("2006"));
             }) == "--to 2006-12-31 is before --from 2007-12-31");
}

BOOST_AUTO_TEST_CASE(an_absent_column_is_a_lookup_error) {
  const query::table t = query::members(testing::seed(), "CSTO", query::default_day());
  try {
    (void)t["ccode"];
    BOOST_FAIL("no lookup_error");
  } catch (const lookup_error& e) {
    BOOST_TEST(std::string(e.what()) ==
               "table 'members' has no column 'ccode' (columns: date, group, code, abbrev, name, status, pledges)");
  }
}

BOOST_AUTO_TEST_SUITE_END()
