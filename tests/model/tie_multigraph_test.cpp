#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/test/unit_test.hpp>
#include <string>
#include <utility>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(model_tie_multigraph)

BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<multigraph>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyGraphConcept<multigraph, multigraph::vertex_descriptor, boost::vertex_index_t>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyGraphConcept<multigraph, multigraph::edge_descriptor, boost::edge_index_t>));

namespace {

/// A–B twice (two pacts), B–C, C–D with D leaving and re-entering (two ties), E alone:
/// ties 0 A–B, 1 A–B, 2 B–C, 3 C–D, 4 C–D.
alliance_network small_network() {
  alliance_network net;
  const auto a = add_state(net, "A");
  const auto b = add_state(net, "B");
  const auto c = add_state(net, "C");
  const auto d = add_state(net, "D");
  add_state(net, "E");
  add_pact(net, "p1", {{a, "1990", "", tie_kind::defence}, {b, "1990", "", tie_kind::defence}});
  add_pact(net, "p2", {{a, "1991", "", tie_kind::consultation}, {b, "1991", "", tie_kind::consultation}});
  add_pact(net, "p3", {{b, "1992", "", tie_kind::defence}, {c, "1992", "", tie_kind::defence}});
  add_pact(net, "p4", {{c, "1993", "", tie_kind::defence},
                       {d, "1993", "1995", tie_kind::defence},
                       {d, "1997", "", tie_kind::defence}});
  return net;
}

template <class Range>
std::vector<std::size_t> ends_and_ids(const multigraph& g, Range r) {
  std::vector<std::size_t> out;
  for (auto it = r.first; it != r.second; ++it) {
    out.push_back(boost::source(*it, g));
    out.push_back(boost::target(*it, g));
    out.push_back(g[*it].id.value());
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(vertices_are_actors_and_edges_are_ties) {
  const auto net = small_network();
  const auto& g = net.graph();
  BOOST_TEST(boost::num_vertices(g) == 5u);
  BOOST_TEST(boost::num_edges(g) == 5u);
  // Every tie once, from its a end to its b end, in id order.
  const std::vector<std::size_t> all{0, 1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 2, 3, 4};
  BOOST_TEST(ends_and_ids(g, boost::edges(g)) == all, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(out_edges_leave_and_in_edges_arrive_at_the_vertex) {
  const auto net = small_network();
  const auto& g = net.graph();
  const std::vector<std::size_t> out_of_b{1, 0, 0, 1, 0, 1, 1, 2, 2};
  BOOST_TEST(ends_and_ids(g, boost::out_edges(1, g)) == out_of_b, boost::test_tools::per_element());
  const std::vector<std::size_t> into_b{0, 1, 0, 0, 1, 1, 2, 1, 2};
  BOOST_TEST(ends_and_ids(g, boost::in_edges(1, g)) == into_b, boost::test_tools::per_element());
  BOOST_TEST(boost::out_degree(1, g) == 3u);
  BOOST_TEST(boost::in_degree(1, g) == 3u);
  BOOST_TEST(boost::degree(4, g) == 0u);
  // Parallel ties are parallel edges: A's neighbours are B and B.
  std::vector<std::size_t> next_to_a;
  for (auto [it, end] = boost::adjacent_vertices(0, g); it != end; ++it) next_to_a.push_back(*it);
  BOOST_TEST(next_to_a == (std::vector<std::size_t>{1, 1}), boost::test_tools::per_element());
  // One tie is one edge from either end.
  BOOST_TEST((*boost::out_edges(0, g).first == *boost::out_edges(1, g).first));
  BOOST_TEST(net.ties_of(actor_id{2}) == (std::vector<tie_id>{tie_id{2}, tie_id{3}, tie_id{4}}));
}

BOOST_AUTO_TEST_CASE(boost_graph_algorithms_run_on_it) {
  const auto net = small_network();
  const auto& g = net.graph();
  // Hops from A by hand: B 1, C 2, D 3; E unreached.
  std::vector<std::size_t> hops(boost::num_vertices(g), 99);
  hops[0] = 0;
  boost::breadth_first_search(
      g, 0,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(hops.begin(), get(boost::vertex_index, g)), boost::on_tree_edge()))));
  BOOST_TEST(hops == (std::vector<std::size_t>{0, 1, 2, 3, 99}), boost::test_tools::per_element());
  std::vector<int> component(boost::num_vertices(g));
  BOOST_TEST(boost::connected_components(g, component.data()) == 2);  // {A, B, C, D} and {E}
  BOOST_TEST(component[3] == component[0]);
  BOOST_TEST(component[4] != component[0]);
}

BOOST_AUTO_TEST_CASE(unknown_ids_are_refused) {
  // Five actors, four pacts, five ties, no memberships or sources: each first id past the end is refused.
  const auto net = small_network();
  BOOST_CHECK_THROW((void)net[tie_id{5}], lookup_error);
  BOOST_CHECK_THROW((void)net.ties_of(actor_id{5}), lookup_error);
  BOOST_CHECK_THROW((void)net[actor_id{5}], lookup_error);
  BOOST_CHECK_THROW((void)net[pact_id{4}], lookup_error);
  BOOST_CHECK_THROW((void)net[membership_id{0}], lookup_error);
  BOOST_CHECK_THROW((void)net[source_id{0}], lookup_error);
  BOOST_CHECK_THROW((void)net.present(actor_id{5}, 0), lookup_error);
  BOOST_TEST(net[actor_id{4}].abbreviation == "E");  // the last id is still found
  try {
    (void)net[tie_id{7}];
    BOOST_FAIL("tie 7 was found");
  } catch (const error& e) {  // under the one root, with the id and the size in the message
    BOOST_TEST(std::string(e.what()) == "id 7 out of range (5 held)");
  }
}

BOOST_AUTO_TEST_SUITE_END()
