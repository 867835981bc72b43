// Degree centrality by hand on small networks; networkx 2.8 gave the same numbers
// (nx.degree_centrality, in_degree_centrality, out_degree_centrality on the same edge lists).

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "five_state_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(algorithms_degree)

BOOST_AUTO_TEST_CASE(empty_one_actor_and_isolates) {
  alliance_network net;
  BOOST_TEST(degree(snapshot(net, day)).empty());
  add_state(net, "A");
  // networkx gives the one node of a one-node graph 1 (its 1/(n−1) would divide by 0); raw is its degree 0.
  BOOST_TEST(degree(snapshot(net, day)) == std::vector<double>({1.0}), tt::per_element());
  BOOST_TEST(degree(snapshot(net, day), {.normalization = normalization::raw}) == std::vector<double>({0.0}),
             tt::per_element());
  add_state(net, "B");
  BOOST_TEST(degree(snapshot(net, day)) == std::vector<double>({0.0, 0.0}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(parallel_pacts_count_once_on_a_disconnected_snapshot) {
  const auto net = fixture();
  const snapshot s(net, day);
  BOOST_TEST(s.edges()[0].multiplicity == 2u);  // A–B: the defence pact and the consultation pact
  // Distinct neighbours A 2, B 2, C 3, D 1, E 0 (not A 3: the two A–B pacts are one neighbour).
  BOOST_TEST(degree(s, {.normalization = normalization::raw}) == std::vector<double>({2, 2, 3, 1, 0}), tt::per_element());
  BOOST_TEST(degree(s, {.normalization = normalization::igraph}) == std::vector<double>({2, 2, 3, 1, 0}),
             tt::per_element());
  // networkx: deg/(n − 1) = deg/4.
  BOOST_TEST(degree(s) == std::vector<double>({0.5, 0.5, 0.75, 0.25, 0.0}), tt::per_element());
  // Undirected: in and out are the same degree.
  BOOST_TEST(degree(s, {.direction = degree_direction::in}) == degree(s), tt::per_element());
  BOOST_TEST(degree(s, {.direction = degree_direction::out}) == degree(s), tt::per_element());
}

BOOST_AUTO_TEST_CASE(directed_obligation_view) {
  const auto net = fixture();
  const obligation_view v(net, day);
  // Arcs A↔B, A↔C, B↔C (the triangle pledges defence both ways), D → C; the consultation pact adds none.
  BOOST_TEST(v.edge_count() == 7u);
  // in: A 2, B 2, C 3 (A, B, D), D 0, E 0; over n − 1 = 4.
  BOOST_TEST(degree(v, {.direction = degree_direction::in}) == std::vector<double>({0.5, 0.5, 0.75, 0.0, 0.0}),
             tt::per_element());
  // out: A 2, B 2, C 2, D 1, E 0.
  BOOST_TEST(degree(v, {.direction = degree_direction::out}) == std::vector<double>({0.5, 0.5, 0.5, 0.25, 0.0}),
             tt::per_element());
  // all = in + out: 4, 4, 5, 1, 0 over 4, as networkx's degree_centrality of a DiGraph.
  BOOST_TEST(degree(v) == std::vector<double>({1.0, 1.0, 1.25, 0.25, 0.0}), tt::per_element());
  BOOST_TEST(degree(v, {.normalization = normalization::raw, .direction = degree_direction::in}) ==
                 std::vector<double>({2, 2, 3, 0, 0}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(pacts_starting_or_ending_on_the_day) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  add_pact(net, "ab", {{a, "2000-01-01", "", tie_kind::defence}, {b, "2000-01-01", "", tie_kind::defence}});
  add_pact(net, "bc", {{b, "1990-01-01", "2000-01-01", tie_kind::defence}, {c, "1990-01-01", "2000-01-01", tie_kind::defence}});
  // On 2000-01-01 A–B has begun and B–C has ended ([begin, end)): degrees 1, 1, 0 over 2.
  BOOST_TEST(degree(snapshot(net, day)) == std::vector<double>({0.5, 0.5, 0.0}), tt::per_element());
  // The day before, only B–C.
  BOOST_TEST(degree(snapshot(net, day - 1)) == std::vector<double>({0.0, 0.5, 0.5}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(plain_boost_graph_with_parallel_edges_and_a_loop) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(4);
  add_edge(0, 1, g);
  add_edge(1, 0, g);  // parallel: one neighbour
  add_edge(1, 2, g);
  add_edge(2, 2, g);  // dropped, as docs/algorithms.md says (networkx would add 2; snapshots never have loops)
  // Raw: 1, 2, 1, 0; networkx over n − 1 = 3.
  BOOST_TEST(degree(g, {.normalization = normalization::raw}) == std::vector<double>({1, 2, 1, 0}), tt::per_element());
  BOOST_TEST(degree(g) == std::vector<double>({1.0 / 3, 2.0 / 3, 1.0 / 3, 0.0}), tt::per_element());
  // Weighted by multiplicity, the two parallel edges weigh 2: strengths 2, 3, 1, 0 (the loop still dropped).
  BOOST_TEST(degree(g, {.normalization = normalization::raw, .weight = edge_weight::multiplicity}) ==
                 std::vector<double>({2, 3, 1, 0}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(weighted_degree_sums_edge_weights) {
  const auto net = fixture();
  const snapshot s(net, day);
  // Edges A–B (two ties), A–C, B–C, C–D. By multiplicity: A 2 + 1, B 2 + 1, C 1 + 1 + 1, D 1, E 0.
  BOOST_TEST(degree(s, {.normalization = normalization::raw, .weight = edge_weight::multiplicity}) ==
                 std::vector<double>({3, 3, 3, 1, 0}),
             tt::per_element());
  BOOST_TEST(degree(s, {.weight = edge_weight::multiplicity}) == std::vector<double>({0.75, 0.75, 0.75, 0.25, 0.0}),
             tt::per_element());
  // A caller's weights: A 0.5 + 2, B 0.5 + 1, C 2 + 1 + 4, D 4.
  const std::vector<double> w{0.5, 2.0, 1.0, 4.0};
  BOOST_TEST(degree(s, {.normalization = normalization::raw, .weights = w}) == std::vector<double>({2.5, 1.5, 7, 4, 0}),
             tt::per_element());
  // One rule for weights: finite and non-negative, one per edge.
  const std::vector<double> negative{-1.0, 2.0, 1.0, 4.0}, short_list{1.0, 2.0};
  BOOST_CHECK_EXCEPTION((void)degree(s, {.weights = negative}), usage_error, [](const usage_error& e) {
    return std::string(e.what()) == "edge weights must be finite and non-negative, not -1 (edge 0 -- 1)";
  });
  BOOST_CHECK_EXCEPTION((void)degree(s, {.weights = short_list}), usage_error,
                        [](const usage_error& e) { return std::string(e.what()) == "weights has 2 values for 4 edges"; });
}

BOOST_AUTO_TEST_SUITE_END()
