// A column's missing values: NaN for reals, a mask for integers and text that starts with the first
// missing value and then covers every row.

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "pactgraph/query/table.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(query_column)

BOOST_AUTO_TEST_CASE(the_mask_appears_with_the_first_missing_value) {
  query::column c = query::integer_column("code");
  c.push(std::int64_t{365});
  c.push(std::int64_t{704});
  BOOST_TEST(c.missing.empty());
  c.push_missing();
  c.push(std::int64_t{2});
  BOOST_TEST(c.size() == 4u);
  BOOST_TEST(c.missing == (std::vector<std::uint8_t>{0, 0, 1, 0}), boost::test_tools::per_element());
  BOOST_TEST((!c.is_missing(0) && c.is_missing(2) && !c.is_missing(3)));
}

BOOST_AUTO_TEST_CASE(a_missing_real_is_nan_without_a_mask) {
  query::column c = query::real_column("katz");
  c.push(0.5);
  c.push_missing();
  BOOST_TEST(c.missing.empty());
  BOOST_TEST(std::isnan(c.reals[1]));
  BOOST_TEST((c.is_missing(1) && !c.is_missing(0)));
}

BOOST_AUTO_TEST_CASE(a_value_of_another_kind_is_refused) {
  query::column c = query::text_column("name");
  BOOST_CHECK_THROW(c.push(std::int64_t{1}), std::logic_error);
  BOOST_TEST(c.size() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
