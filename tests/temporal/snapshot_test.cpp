#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/test/unit_test.hpp>
#include <string>

#include "pactgraph/temporal/snapshot.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(temporal_snapshot)

BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<snapshot_graph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<snapshot_graph>));
BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<snapshot_graph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<snapshot_graph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<snapshot_graph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<multigraph>));

namespace {
const day_number article = day_of(2007, 5, 30);

std::uint32_t vertex(const snapshot& s, const char* key) { return *s.vertex_of(seed_actor(key)); }
}  // namespace

BOOST_AUTO_TEST_CASE(empty_network_and_one_actor) {
  alliance_network net;
  const snapshot empty(net, article);
  BOOST_TEST(empty.vertex_count() == 0u);
  BOOST_TEST(empty.edge_count() == 0u);
  BOOST_TEST(boost::num_vertices(empty.graph()) == 0u);
  add_state(net, "A");
  const snapshot one(net, article);
  BOOST_TEST(one.vertex_count() == 1u);
  BOOST_TEST(one.edge_count() == 0u);
  BOOST_TEST(one.row_starts().size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_vertex_past_the_end_is_a_lookup_error) {
  const snapshot s(seed(), article);  // 10 states: vertices 0..9
  BOOST_TEST((s.actor_at(9) == s.nodes()[9]));
  BOOST_CHECK_THROW((void)s.actor_at(10), lookup_error);
  alliance_network net;
  const snapshot empty(net, article);
  BOOST_CHECK_EXCEPTION((void)empty.actor_at(0), error, [](const error& e) {
    return std::string(e.what()) == "vertex 0 out of range (0 in the snapshot)";
  });
}

BOOST_AUTO_TEST_CASE(standard_snapshot_of_the_seed) {
  const snapshot s(seed(), article);
  // States only (10, with no system spells all count); alliance ties: the 7 CST members pairwise = 21 pairs,
  // and the 2005 Russia-Uzbekistan treaty runs parallel to their CST tie.
  BOOST_TEST(s.vertex_count() == 10u);
  BOOST_TEST(s.edge_count() == 21u);
  const auto rus_uzb = s.edge_between(vertex(s, "RUS"), vertex(s, "UZB"));
  BOOST_REQUIRE(rus_uzb);
  BOOST_TEST(s.edges()[*rus_uzb].multiplicity == 2u);
  BOOST_TEST(s.ties_of(s.edges()[*rus_uzb]).size() == 2u);
  BOOST_TEST(!s.edge_between(vertex(s, "UZB"), vertex(s, "USA")));  // basing is not an alliance tie
  BOOST_TEST(!s.edge_between(vertex(s, "GRG"), vertex(s, "RUS")));  // Georgia left in 1999
  BOOST_TEST(boost::num_edges(s.graph()) == 42u);                   // both directions of 21 edges
  BOOST_TEST(s.diagnostics().covered);
  BOOST_TEST(s.diagnostics().ties_with_absent_end == 0u);
}

BOOST_AUTO_TEST_CASE(full_picture_with_organisations_and_hostile_ties) {
  const snapshot s(seed(), article, {.kinds = tie_kind::all, .actors = actor_kind::any});
  // 21 CST pairs + 7 CSTO memberships + USA-NATO + EU-UZB embargo; the cooperative RUS-UZB pacts
  // (information exchange, arms, intelligence) are parallel to the alliance edge.
  BOOST_TEST(s.vertex_count() == 13u);
  BOOST_TEST(s.edge_count() == 30u);
  const auto rus_uzb = *s.edge_between(vertex(s, "RUS"), vertex(s, "UZB"));
  BOOST_TEST(s.edges()[rus_uzb].multiplicity == 5u);
  const auto eu_uzb = *s.edge_between(vertex(s, "EU"), vertex(s, "UZB"));
  BOOST_TEST(s.edges()[eu_uzb].sign() == -1);
  BOOST_TEST((s.edges()[eu_uzb].kinds == tie_kind::sanction));

  const snapshot hostile(seed(), article, {.kinds = tie_kind::all, .actors = actor_kind::any, .signs = sign_filter::negative});
  BOOST_TEST(hostile.edge_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_tie_starting_or_ending_on_the_day) {
  const snapshot_options all{.kinds = tie_kind::all};
  auto has_tie = [&](const char* x, const char* y, day_number day) {
    const snapshot s(seed(), day, all);
    return s.edge_between(*s.vertex_of(seed_actor(x)), *s.vertex_of(seed_actor(y))).has_value();
  };
  // The intelligence tie begins on the article's date; the alliance tie is elsewhere, so look at kinds.
  const snapshot on(seed(), article, {.kinds = tie_kind::intelligence_sharing});
  const snapshot before(seed(), article - 1, {.kinds = tie_kind::intelligence_sharing});
  BOOST_TEST(on.edge_count() == 1u);
  BOOST_TEST(before.edge_count() == 0u);
  // Karshi-Khanabad ends "2005-11": the last day of November is the first day without it.
  BOOST_TEST(has_tie("UZB", "USA", day_of(2005, 11, 29)));
  BOOST_TEST(!has_tie("UZB", "USA", day_of(2005, 11, 30)));
  BOOST_TEST(has_tie("UZB", "USA", day_of(2005, 6, 1)));
  BOOST_TEST(!has_tie("UZB", "USA", day_of(2006, 1, 1)));
}

BOOST_AUTO_TEST_CASE(absent_states_are_dropped_and_counted) {
  alliance_network net;
  const auto src = net.add_source({.key = "s", .citation = {}, .first = date(1900, 1, 1), .last = date(2000, 12, 31)});
  const auto a = net.add_actor({.kind = actor_kind::state, .abbreviation = "A", .spells = {{spell::between(date(1900, 1, 1)), src}}});
  const auto b = net.add_actor({.kind = actor_kind::state, .abbreviation = "B", .spells = {{spell::between(date(1950, 1, 1)), src}}});
  const auto c = add_state(net, "C");  // not in the state system at all
  add_pact(net, "p", {{a, "1940", "", tie_kind::defence}, {b, "1940", "", tie_kind::defence}, {c, "1940", "", tie_kind::defence}});
  const snapshot s(net, day_of(1945, 1, 1));
  BOOST_TEST(s.vertex_count() == 1u);  // only A
  BOOST_TEST(s.edge_count() == 0u);
  BOOST_TEST(s.diagnostics().ties_with_absent_end == 3u);
  BOOST_TEST(s.diagnostics().absent_actors.size() == 2u);
  const snapshot later(net, day_of(1960, 1, 1));
  BOOST_TEST(later.vertex_count() == 2u);
  BOOST_TEST(later.edge_count() == 1u);
  BOOST_TEST(later.diagnostics().ties_with_absent_end == 2u);
  BOOST_TEST(!snapshot(net, day_of(2001, 1, 1)).diagnostics().covered);  // after the data end
  const snapshot everyone(net, day_of(1945, 1, 1), {.present_only = false});
  BOOST_TEST(everyone.edge_count() == 3u);
}

BOOST_AUTO_TEST_CASE(filters_by_source) {
  const auto seed_source = *seed().find_source("seed");
  BOOST_TEST(snapshot(seed(), article, {.source = seed_source}).edge_count() == 21u);
  BOOST_TEST(snapshot(seed(), article, {.source = source_id{7}}).edge_count() == 0u);
}

BOOST_AUTO_TEST_CASE(boost_graph_algorithms_run_on_it) {
  // Hops from the United States on the full 2007 picture: USA-NATO 1; nothing else reaches NATO.
  // From the EU: EU-UZB 1, UZB to the CST members and the CSTO 2.
  const snapshot s(seed(), article, {.kinds = tie_kind::all, .actors = actor_kind::any});
  std::vector<int> hops(s.vertex_count(), -1);
  const auto eu = vertex(s, "EU");
  hops[eu] = 0;
  boost::breadth_first_search(
      s.graph(), eu,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(hops.begin(), boost::get(boost::vertex_index, s.graph())), boost::on_tree_edge()))));
  BOOST_TEST(hops[vertex(s, "UZB")] == 1);
  BOOST_TEST(hops[vertex(s, "RUS")] == 2);
  BOOST_TEST(hops[vertex(s, "CSTO")] == 2);
  BOOST_TEST(hops[vertex(s, "USA")] == -1);  // basing ended in 2005
  BOOST_TEST(hops[vertex(s, "GRG")] == -1);
}

BOOST_AUTO_TEST_SUITE_END()
