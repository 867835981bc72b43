#include <boost/test/unit_test.hpp>

#include "pactgraph/model/tie_kind.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(model_tie_kind)

BOOST_AUTO_TEST_CASE(kinds_combine_as_flags) {
  const auto k = tie_kind::defence | tie_kind::consultation;
  BOOST_TEST(any_of(k, tie_kind::defence));
  BOOST_TEST(!any_of(k, tie_kind::offence));
  BOOST_TEST(any_of(k, tie_kind::alliance));
  BOOST_TEST(!any_of(k, tie_kind::hostile));
  BOOST_TEST(to_string(k) == "defence+consultation");
  BOOST_TEST(to_string(tie_kind::none) == "none");
}

BOOST_AUTO_TEST_CASE(hostile_kinds_carry_negative_sign) {
  BOOST_TEST(sign_of(tie_kind::sanction) == -1);
  BOOST_TEST(sign_of(tie_kind::rivalry | tie_kind::consultation) == -1);
  BOOST_TEST(sign_of(tie_kind::basing) == 1);
  BOOST_TEST(sign_of(tie_kind::none) == 1);
}

BOOST_AUTO_TEST_CASE(names_round_trip) {
  for (const auto& [kind, name] : tie_kind_names) {
    const auto parsed = tie_kind_from_name(name);
    BOOST_REQUIRE(parsed);
    BOOST_TEST((*parsed == kind));
  }
  BOOST_TEST((tie_kind_from_name("hostile") == (tie_kind::sanction | tie_kind::rivalry)));
  BOOST_TEST(!tie_kind_from_name("defense").has_value());  // ATOP's spelling is not a kind name
  BOOST_TEST((~tie_kind::alliance & tie_kind::defence) == tie_kind::none);
}

BOOST_AUTO_TEST_SUITE_END()
