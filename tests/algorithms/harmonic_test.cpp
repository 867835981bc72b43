// Harmonic centrality by hand on small networks; networkx 2.8 gave the same numbers
// (nx.harmonic_centrality on the same edge lists).

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include "pactgraph/algorithms/harmonic.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "five_state_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(algorithms_harmonic)

BOOST_AUTO_TEST_CASE(empty_one_actor_and_isolates) {
  alliance_network net;
  BOOST_TEST(harmonic(snapshot(net, day)).empty());
  add_state(net, "A");
  BOOST_TEST(harmonic(snapshot(net, day)) == std::vector<double>({0.0}), tt::per_element());
  // igraph divides by n − 1, but not for one vertex.
  BOOST_TEST(harmonic(snapshot(net, day), {.normalization = normalization::igraph}) == std::vector<double>({0.0}),
             tt::per_element());
  add_state(net, "B");
  BOOST_TEST(harmonic(snapshot(net, day)) == std::vector<double>({0.0, 0.0}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(disconnected_snapshot_with_parallel_pacts) {
  const auto net = fixture();
  const snapshot s(net, day);
  // A: 1/1 (B) + 1/1 (C) + 1/2 (D) = 2.5; B the same; C: 1 + 1 + 1 = 3; D: 1 + 1/2 + 1/2 = 2; E: 0.
  const std::vector<double> h{2.5, 2.5, 3.0, 2.0, 0.0};
  BOOST_TEST(harmonic(s) == h, tt::per_element());
  BOOST_TEST(harmonic(s, {.normalization = normalization::raw}) == h, tt::per_element());
  // igraph (normalized=True): over n − 1 = 4.
  BOOST_TEST(harmonic(s, {.normalization = normalization::igraph}) == std::vector<double>({0.625, 0.625, 0.75, 0.5, 0.0}),
             tt::per_element());
  // The doubled A–B tie as length 2: A to B is 2 either way, so A: 1/2 + 1 + 1/2 = 2; B 2; C 3; D 1 + 1/2 + 1/2 = 2.
  BOOST_TEST(harmonic(s, {.length = edge_length::multiplicity}) == std::vector<double>({2.0, 2.0, 3.0, 2.0, 0.0}),
             tt::per_element());
  // As 1/multiplicity: A–B is 1/2, so A: 2 + 1 + 1/2 = 3.5; B 3.5; C 3; D: 1 + 1/2 + 1/2 = 2.
  BOOST_TEST(harmonic(s, {.length = edge_length::inverse_multiplicity}) == std::vector<double>({3.5, 3.5, 3.0, 2.0, 0.0}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(directed_obligation_view_counts_distances_towards_a_vertex) {
  const auto net = fixture();
  const obligation_view v(net, day);
  // Arcs A↔B, A↔C, B↔C, D → C. Towards A: B 1, C 1, D 2 → 2.5; B the same; towards C: A, B, D → 3;
  // nothing reaches D or E.
  BOOST_TEST(harmonic(v) == std::vector<double>({2.5, 2.5, 3.0, 0.0, 0.0}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(plain_boost_graph_with_lengths) {
  using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                      boost::property<boost::edge_weight_t, double>>;
  graph g(3);
  add_edge(0, 1, 1.0, g);
  add_edge(1, 2, 4.0, g);
  add_edge(1, 2, 2.0, g);  // parallel: the shorter counts
  // Lengths 0-1 = 1, 1-2 = 2: 0: 1/1 + 1/3 = 4/3; 1: 1 + 1/2 = 3/2; 2: 1/2 + 1/3 = 5/6.
  BOOST_TEST(harmonic(g, get(boost::edge_weight, g)) == std::vector<double>({4.0 / 3, 1.5, 5.0 / 6}),
             tt::tolerance(1e-15) << tt::per_element());
  // Hops: a path of three, 1.5, 2, 1.5.
  BOOST_TEST(harmonic(g) == std::vector<double>({1.5, 2.0, 1.5}), tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
