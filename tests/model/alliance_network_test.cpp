#include <boost/test/unit_test.hpp>

#include "pactgraph/model/alliance_network.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(model_alliance_network)

BOOST_AUTO_TEST_CASE(empty_network) {
  const alliance_network net;
  BOOST_TEST(net.actor_count() == 0u);
  BOOST_TEST(boost::num_vertices(net.graph()) == 0u);
  BOOST_TEST(!net.find_actor("RUS").has_value());
  BOOST_TEST(!net.covered(day_of(2000, 1, 1)));
}

BOOST_AUTO_TEST_CASE(a_pact_gives_one_tie_per_overlapping_pair_of_spells) {
  alliance_network net;
  const auto a = add_state(net, "A");
  const auto b = add_state(net, "B");
  const auto c = add_state(net, "C");
  // A and B all along; C leaves and re-enters: pairs (A,B), (A,C)x2, (B,C)x2 -> 5 ties.
  add_pact(net, "p", {{a, "1990-01-01", "", tie_kind::defence},
                      {b, "1990-01-01", "", tie_kind::none},
                      {c, "1990-01-01", "1995-01-01", tie_kind::consultation},
                      {c, "2000-01-01", "", tie_kind::consultation}});
  BOOST_TEST(net.tie_count() == 5u);
  BOOST_TEST(boost::num_edges(net.graph()) == 5u);
  BOOST_TEST(net.ties_of(c).size() == 4u);
  const tie& ab = net[tie_id{0}];
  BOOST_TEST((ab.pledged_by(a) == tie_kind::defence));
  BOOST_TEST((ab.pledged_by(b) == tie_kind::none));  // asymmetric: a guarantee
  BOOST_TEST((ab.kinds() == tie_kind::defence));
}

BOOST_AUTO_TEST_CASE(parallel_pacts_are_parallel_edges) {
  alliance_network net;
  const auto a = add_state(net, "A");
  const auto b = add_state(net, "B");
  add_pact(net, "p1", {{a, "1990", "", tie_kind::defence}, {b, "1990", "", tie_kind::defence}});
  add_pact(net, "p2", {{a, "1991", "", tie_kind::consultation}, {b, "1991", "", tie_kind::consultation}});
  BOOST_TEST(boost::num_edges(net.graph()) == 2u);
  BOOST_TEST(boost::out_degree(0, net.graph()) == 2u);
}

BOOST_AUTO_TEST_CASE(finds_actors_by_abbreviation_name_or_code_in_any_case) {
  alliance_network net;
  const auto rus = net.add_actor({.kind = actor_kind::state, .abbreviation = "RUS", .name = "Russia", .cow_code = 365});
  BOOST_TEST((net.find_actor("rus") == rus));
  BOOST_TEST((net.find_actor("RUSSIA") == rus));
  BOOST_TEST((net.find_actor("365") == rus));
  BOOST_TEST(!net.find_actor("366").has_value());
  BOOST_TEST(!net.find_actor("").has_value());
  BOOST_CHECK_THROW((void)net.actor_named("Ruritania"), name_error);
}

BOOST_AUTO_TEST_CASE(rejects_bad_facts_and_changes_nothing) {
  alliance_network net;
  const auto a = add_state(net, "A");
  const auto b = add_state(net, "B");
  add_pact(net, "p", {{a, "1990", "", tie_kind::defence}, {b, "1990", "", tie_kind::defence}});
  const alliance_network before = net;
  const auto before_ties = net.tie_count();

  BOOST_CHECK_THROW(add_state(net, "a"), data_error);  // duplicate, case-insensitive
  BOOST_CHECK_THROW(add_pact(net, "P", {{a, "1990", "", tie_kind::defence}}), data_error);
  BOOST_CHECK_THROW(add_pact(net, "q", {{a, "1990", "", tie_kind::defence}, {actor_id{7}, "1990", "", tie_kind::defence}}),
                    data_error);
  BOOST_CHECK_THROW(add_pact(net, "r", {{a, "1990", "1995", tie_kind::defence}, {a, "1994", "", tie_kind::defence}}),
                    data_error);  // overlapping spells of one member
  try {
    add_pact(net, "s", {{a, "1999-04-20", "1992-05-15", tie_kind::defence}});
    BOOST_FAIL("reversed spell accepted");
  } catch (const data_error& e) {
    BOOST_TEST(e.message() == "pact 's' member 'A': exit 1992-05-15 precedes entry 1999-04-20");
  }
  pact twice{.key = "t", .members = {{.actor = a, .spells = {}}, {.actor = a, .spells = {}}}};
  BOOST_CHECK_THROW(net.add_pact(twice), data_error);
  BOOST_CHECK_THROW(net.add_membership({.member = a, .organisation = b, .spells = {}}), data_error);  // b is a state

  BOOST_TEST((net == before));
  BOOST_TEST(net.tie_count() == before_ties);
  BOOST_TEST(boost::num_edges(net.graph()) == before_ties);
}

BOOST_AUTO_TEST_CASE(tells_no_tie_from_not_covered) {
  alliance_network net;
  const auto src = net.add_source({.key = "s", .citation = {}, .first = date(1990, 1, 1), .last = date(2000, 12, 31)});
  const auto a = net.add_actor({.kind = actor_kind::state, .abbreviation = "A",
                                .spells = {{spell::between(date(1990, 1, 1)), src}}});
  const auto b = net.add_actor({.kind = actor_kind::state, .abbreviation = "B",
                                .spells = {{spell::between(date(1995, 1, 1)), src}}});
  const auto c = net.add_actor({.kind = actor_kind::state, .abbreviation = "C",
                                .spells = {{spell::between(date(1990, 1, 1)), src}}});
  const auto d = add_state(net, "D");  // not listed by the state-system data
  pact p{.key = "p", .source = src,
         .members = {{a, {{spell::between(date(1996, 1, 1), date(1998, 1, 1)), tie_kind::defence}}},
                     {b, {{spell::between(date(1996, 1, 1), date(1998, 1, 1)), tie_kind::defence}}}}};
  net.add_pact(p);
  BOOST_TEST((net.status_between(a, b, day_of(1997, 1, 1)) == coverage_status::tied));
  BOOST_TEST((net.status_between(b, a, day_of(1997, 1, 1), tie_kind::defence) == coverage_status::tied));
  BOOST_TEST((net.status_between(a, b, day_of(1997, 1, 1), tie_kind::offence) == coverage_status::no_tie));
  BOOST_TEST((net.status_between(a, b, day_of(1999, 1, 1)) == coverage_status::no_tie));
  BOOST_TEST((net.status_between(a, b, day_of(1993, 1, 1)) == coverage_status::not_covered));  // B not yet a state
  BOOST_TEST((net.status_between(a, c, day_of(2005, 1, 1)) == coverage_status::not_covered));  // after the data end
  BOOST_TEST((net.status_between(a, c, day_of(1999, 1, 1)) == coverage_status::no_tie));
  BOOST_TEST((net.status_between(a, d, day_of(1999, 1, 1)) == coverage_status::not_covered));
  BOOST_TEST(!net.present(d, day_of(1999, 1, 1)));
}

BOOST_AUTO_TEST_SUITE_END()
