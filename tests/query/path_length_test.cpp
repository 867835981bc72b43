// The length of a path under each edge_length: hops, ties (multiplicity) or 1 / ties, on a network
// small enough to add up by hand.

#include <boost/test/unit_test.hpp>

#include <string>

#include "pactgraph/error.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/path.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(query_path_length)

namespace {

/// A and B share three defence pacts; the detour A > C > B has one pact a step.
alliance_network triangle() {
  alliance_network net;
  const actor_id a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  for (const char* key : {"ab1", "ab2", "ab3"})
    add_pact(net, key, {{a, "2000", "", tie_kind::defence}, {b, "2000", "", tie_kind::defence}});
  add_pact(net, "ac", {{a, "2000", "", tie_kind::defence}, {c, "2000", "", tie_kind::defence}});
  add_pact(net, "cb", {{c, "2000", "", tie_kind::defence}, {b, "2000", "", tie_kind::defence}});
  return net;
}

/// The actors and length of the one shortest path from A to B in 2005 under `length`.
std::pair<std::string, double> shortest(edge_length length) {
  const auto t = query::path(triangle(), "A", "B", query::parse_day("2005"), {.length = length});
  BOOST_TEST_REQUIRE(t.paths.rows() == 1U);
  return {t.paths["actors"].texts[0], t.paths["length"].reals[0]};
}

}  // namespace

BOOST_AUTO_TEST_CASE(each_length_adds_up_its_steps) {
  // Hops: the direct step, 1. Multiplicity: direct 3 ties against 1 + 1 on the detour.
  // Inverse multiplicity: direct 1/3 against 1 + 1.
  BOOST_TEST((shortest(edge_length::hops) == std::pair<std::string, double>{"A > B", 1.0}));
  BOOST_TEST((shortest(edge_length::multiplicity) == std::pair<std::string, double>{"A > C > B", 2.0}));
  const auto [actors, length] = shortest(edge_length::inverse_multiplicity);
  BOOST_TEST(actors == "A > B");
  BOOST_TEST(length == 1.0 / 3.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(lengths_by_name) {
  BOOST_TEST((query::parse_edge_length("hops") == edge_length::hops));
  BOOST_TEST((query::parse_edge_length("multiplicity") == edge_length::multiplicity));
  BOOST_TEST((query::parse_edge_length("inverse_multiplicity") == edge_length::inverse_multiplicity));
  try {
    (void)query::parse_edge_length("weight", "length");
    BOOST_FAIL("no usage_error");
  } catch (const usage_error& e) {
    BOOST_TEST(std::string(e.what()) == "length: expected hops, multiplicity or inverse_multiplicity, not 'weight'");
  }
}

BOOST_AUTO_TEST_SUITE_END()
