#include <boost/test/unit_test.hpp>

#include "pactgraph/model/date.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(model_date)

BOOST_AUTO_TEST_CASE(parses_each_precision) {
  const auto y = date::parse("2005");
  BOOST_REQUIRE(y);
  BOOST_TEST((y->precision() == date_precision::year));
  BOOST_TEST(y->to_string() == "2005");
  const auto m = date::parse("2005-11");
  BOOST_REQUIRE(m);
  BOOST_TEST((m->precision() == date_precision::month));
  BOOST_TEST(m->to_string() == "2005-11");
  const auto d = date::parse("2005-11-14");
  BOOST_REQUIRE(d);
  BOOST_TEST((d->precision() == date_precision::day));
  BOOST_TEST(d->to_string() == "2005-11-14");
}

BOOST_AUTO_TEST_CASE(day_numbers_count_from_1970) {
  // 1970-01-01 is day 0 of std::chrono::sys_days; 2000-01-01 is 30 years of 365 days plus 7 leap days later.
  BOOST_TEST(day_of(1970, 1, 1) == 0);
  BOOST_TEST(day_of(2000, 1, 1) == 30 * 365 + 7);
  BOOST_TEST(day_of(1969, 12, 31) == -1);
  BOOST_TEST(date::from_days(day_of(2007, 5, 30)).to_string() == "2007-05-30");
}

BOOST_AUTO_TEST_CASE(partial_dates_widen_outwards) {
  const auto m = *date::parse("2005-11");
  BOOST_TEST(m.first_day() == day_of(2005, 11, 1));
  BOOST_TEST(m.last_day() == day_of(2005, 11, 30));
  const auto feb = *date::parse("2004-02");
  BOOST_TEST(feb.last_day() == day_of(2004, 2, 29));  // leap year
  const auto y = *date::parse("1999");
  BOOST_TEST(y.first_day() == day_of(1999, 1, 1));
  BOOST_TEST(y.last_day() == day_of(1999, 12, 31));
  const auto d = *date::parse("1999-04-20");
  BOOST_TEST(d.first_day() == d.last_day());
}

BOOST_AUTO_TEST_CASE(rejects_impossible_and_malformed_dates) {
  for (const char* text : {"2007-02-30", "2007-13-01", "2007-00-10", "0000", "0000-01-01", "1900-02-29", "99999",
                           "2007-5-30", "2007/05/30", "", "20070530", "2007-05-30T00", "abcd", "2007-05-3x", " 2007"})
    BOOST_TEST(!date::parse(text).has_value(), "accepted '" << text << "'");
  BOOST_TEST(date::parse("2000-02-29").has_value());
  BOOST_TEST(date::parse("9999-12-31").has_value());
  BOOST_TEST(date::parse("0001-01-01").has_value());
}

BOOST_AUTO_TEST_CASE(unknown_parts_do_not_affect_equality) {
  const date a(std::chrono::year{2005} / 11 / 14, date_precision::month);
  BOOST_TEST((a == *date::parse("2005-11")));
  BOOST_TEST(a.day() == 1u);
  BOOST_TEST((*date::parse("2005") < *date::parse("2005-01")));  // same first day, coarser first
}

BOOST_AUTO_TEST_SUITE_END()
