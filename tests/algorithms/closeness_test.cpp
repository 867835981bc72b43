// Closeness centrality by hand on small networks; networkx 2.8 gave the same numbers
// (nx.closeness_centrality with and without wf_improved on the same edge lists).

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "five_state_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(algorithms_closeness)

BOOST_AUTO_TEST_CASE(empty_one_actor_and_isolates) {
  alliance_network net;
  BOOST_TEST(closeness(snapshot(net, day)).empty());
  add_state(net, "A");
  // One vertex: networkx 0.0, igraph NaN.
  BOOST_TEST(closeness(snapshot(net, day)) == std::vector<double>({0.0}), tt::per_element());
  BOOST_TEST(std::isnan(closeness(snapshot(net, day), {.normalization = normalization::igraph})[0]));
  add_state(net, "B");
  // Nothing reaches either: networkx 0, raw 0, igraph NaN.
  BOOST_TEST(closeness(snapshot(net, day)) == std::vector<double>({0.0, 0.0}), tt::per_element());
  BOOST_TEST(closeness(snapshot(net, day), {.normalization = normalization::raw}) == std::vector<double>({0.0, 0.0}),
             tt::per_element());
  const auto igraph_two = closeness(snapshot(net, day), {.normalization = normalization::igraph});
  BOOST_TEST_REQUIRE(igraph_two.size() == 2u);
  BOOST_TEST(std::isnan(igraph_two[0]));
  BOOST_TEST(std::isnan(igraph_two[1]));
}

BOOST_AUTO_TEST_CASE(disconnected_snapshot_with_parallel_pacts) {
  const auto net = fixture();
  const snapshot s(net, day);
  // Edges A-B (two pacts), A-C, B-C, C-D; E alone. Distances: A to B 1, C 1, D 2 (r = 3, S = 4);
  // B the same; C to A, B, D 1 (r = 3, S = 3); D to C 1, A 2, B 2 (r = 3, S = 5).
  // Raw r/S: 3/4, 3/4, 1, 3/5, 0. networkx (r/S)·(r/(n − 1)) with n = 5: 9/16, 9/16, 3/4, 9/20, 0.
  BOOST_TEST(closeness(s, {.normalization = normalization::raw}) == std::vector<double>({0.75, 0.75, 1.0, 0.6, 0.0}),
             tt::tolerance(1e-15) << tt::per_element());
  BOOST_TEST(closeness(s) == std::vector<double>({0.5625, 0.5625, 0.75, 0.45, 0.0}), tt::tolerance(1e-15) << tt::per_element());
  // igraph (normalized=True: 1 / mean distance to the vertices reached) is r/S, NaN for E.
  const auto ig = closeness(s, {.normalization = normalization::igraph});
  BOOST_TEST(std::vector<double>(ig.begin(), ig.begin() + 4) == std::vector<double>({0.75, 0.75, 1.0, 0.6}),
             tt::tolerance(1e-15) << tt::per_element());
  BOOST_TEST(std::isnan(ig[4]));
  // The doubled A–B tie as length 2 (multiplicity): A to B now 2 (direct or via C), S(A) = 2 + 1 + 2 = 5.
  // Raw: A 3/5, B 3/5, C 1, D 3/5 (1 + 2 + 2 = 5).
  BOOST_TEST(closeness(s, {.normalization = normalization::raw, .length = edge_length::multiplicity}) ==
                 std::vector<double>({0.6, 0.6, 1.0, 0.6, 0.0}),
             tt::tolerance(1e-15) << tt::per_element());
}

BOOST_AUTO_TEST_CASE(directed_obligation_view_counts_distances_towards_a_vertex) {
  const auto net = fixture();
  const obligation_view v(net, day);
  // Arcs A↔B, A↔C, B↔C, D → C. Towards A: from B 1, C 1, D 2 (D → C → A): r = 3, S = 4; B the same;
  // towards C: A, B, D at 1; nothing reaches D (it only pledges) or E.
  // networkx: 9/16, 9/16, 3/4, 0, 0; raw 3/4, 3/4, 1, 0, 0.
  BOOST_TEST(closeness(v) == std::vector<double>({0.5625, 0.5625, 0.75, 0.0, 0.0}), tt::tolerance(1e-15) << tt::per_element());
  BOOST_TEST(closeness(v, {.normalization = normalization::raw}) == std::vector<double>({0.75, 0.75, 1.0, 0.0, 0.0}),
             tt::tolerance(1e-15) << tt::per_element());
}

BOOST_AUTO_TEST_CASE(plain_boost_graph_path_and_parallel_edges) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(4);
  add_edge(0, 1, g);
  add_edge(0, 1, g);
  add_edge(1, 2, g);
  add_edge(2, 3, g);
  // Path 0-1-2-3: S = 6, 4, 4, 6 with r = 3 = n − 1, so networkx and raw agree: 1/2, 3/4, 3/4, 1/2.
  BOOST_TEST(closeness(g) == std::vector<double>({0.5, 0.75, 0.75, 0.5}), tt::tolerance(1e-15) << tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
