#include <boost/test/unit_test.hpp>

#include "pactgraph/model/spell.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(model_spell)

BOOST_AUTO_TEST_CASE(is_half_open) {
  const auto s = spell::between(date(1992, 5, 15), date(1999, 4, 20));
  BOOST_TEST(!s.contains(day_of(1992, 5, 14)));
  BOOST_TEST(s.contains(day_of(1992, 5, 15)));  // starts on the query date
  BOOST_TEST(s.contains(day_of(1999, 4, 19)));
  BOOST_TEST(!s.contains(day_of(1999, 4, 20)));  // ends on the query date
}

BOOST_AUTO_TEST_CASE(open_end_is_ongoing) {
  const auto s = spell::between(date(2006, 8, 17));
  BOOST_TEST(s.is_open());
  BOOST_TEST(s.contains(day_of(9999, 12, 30)));
  BOOST_TEST(!s.end_date().has_value());
}

BOOST_AUTO_TEST_CASE(partial_exit_is_the_last_day_of_its_month) {
  const auto s = spell::between(*date::parse("2001-10"), *date::parse("2005-11"));
  BOOST_TEST(s.begin == day_of(2001, 10, 1));
  BOOST_TEST(s.end == day_of(2005, 11, 30));
  BOOST_TEST(s.contains(day_of(2005, 11, 29)));
  BOOST_TEST(!s.contains(day_of(2005, 11, 30)));
  BOOST_TEST(s.begin_date().to_string() == "2001-10");
  BOOST_TEST(s.end_date()->to_string() == "2005-11");
}

BOOST_AUTO_TEST_CASE(reversed_and_empty) {
  BOOST_TEST(spell::between(date(2000, 1, 2), date(2000, 1, 1)).is_reversed());
  const auto empty = spell::between(date(2000, 1, 1), date(2000, 1, 1));
  BOOST_TEST(!empty.is_reversed());
  BOOST_TEST(!empty.contains(day_of(2000, 1, 1)));
}

BOOST_AUTO_TEST_CASE(overlap_and_intersection) {
  const auto a = spell::between(date(1992, 5, 15), date(2002, 10, 7));
  const auto b = spell::between(date(2002, 10, 7));
  BOOST_TEST(!a.overlaps(b));  // adjacent phases do not overlap
  const auto c = spell::between(date(1994, 1, 3), date(1999, 4, 20));
  BOOST_TEST(a.overlaps(c));
  const auto i = a.intersection(c);
  BOOST_TEST(i.begin == day_of(1994, 1, 3));
  BOOST_TEST(i.end == day_of(1999, 4, 20));
  const auto j = a.intersection(b);
  BOOST_TEST(j.begin == j.end);
}

BOOST_AUTO_TEST_SUITE_END()
