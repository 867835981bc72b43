#include <boost/test/unit_test.hpp>
#include <set>
#include <string>

#include "pactgraph/temporal/obligation_view.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(temporal_obligation_view)

BOOST_AUTO_TEST_CASE(mutual_defence_gives_arcs_both_ways) {
  const obligation_view v(seed(), day_of(2007, 5, 30));
  BOOST_TEST(v.directed());
  BOOST_TEST(v.edge_count() == 42u);  // 7 CST members, each pledging defence to the 6 others
  const auto uzb = *v.vertex_of(seed_actor("UZB"));
  std::set<std::string> defenders;
  for (const auto& arc : v.edges())
    if (arc.v == uzb) defenders.insert(seed()[v.actor_at(arc.u)].abbreviation);
  BOOST_TEST((defenders == std::set<std::string>{"ARM", "BLR", "KYR", "KZK", "RUS", "TAJ"}));
  const auto rus = *v.vertex_of(seed_actor("RUS"));
  BOOST_TEST(v.edges()[*v.edge_between(rus, uzb)].multiplicity == 2u);  // CST and the 2005 treaty
  BOOST_TEST(boost::in_degree(std::size_t{uzb}, v.graph()) == 6u);
  BOOST_TEST(boost::out_degree(std::size_t{uzb}, v.graph()) == 6u);
}

BOOST_AUTO_TEST_CASE(asymmetric_pledges_give_one_arc) {
  // Basing in mid-2005: Uzbekistan grants the United States access, not the other way round.
  const obligation_view basing(seed(), day_of(2005, 6, 1), {.kinds = tie_kind::basing});
  BOOST_REQUIRE(basing.edge_count() == 1u);
  const auto& arc = basing.edges()[0];
  BOOST_TEST(seed()[basing.actor_at(arc.u)].abbreviation == "UZB");
  BOOST_TEST(seed()[basing.actor_at(arc.v)].abbreviation == "USA");
  BOOST_TEST((arc.kinds == tie_kind::basing));

  const obligation_view embargo(seed(), day_of(2007, 5, 30), {.kinds = tie_kind::sanction, .actors = actor_kind::any});
  BOOST_REQUIRE(embargo.edge_count() == 1u);
  BOOST_TEST(seed()[embargo.actor_at(embargo.edges()[0].u)].abbreviation == "EU");
}

BOOST_AUTO_TEST_CASE(a_guarantee_is_one_way) {
  alliance_network net;
  const auto a = add_state(net, "A");
  const auto b = add_state(net, "B");
  add_pact(net, "guarantee", {{a, "1939-03-31", "", tie_kind::defence}, {b, "1939-03-31", "", tie_kind::none}});
  const obligation_view v(net, day_of(1939, 3, 31));
  BOOST_REQUIRE(v.edge_count() == 1u);
  BOOST_TEST(v.edges()[0].u == 0u);
  BOOST_TEST(v.edges()[0].v == 1u);
  BOOST_TEST(obligation_view(net, day_of(1939, 3, 30)).edge_count() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
