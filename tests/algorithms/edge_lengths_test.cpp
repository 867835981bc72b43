// One rule for edge lengths: the shortest-path centralities and the path functions refuse the same
// bad lengths (zero, negative, NaN, infinite) with the same message, on a snapshot and on a plain
// Boost.Graph graph alike.

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "five_state_fixture.hpp"
#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/harmonic.hpp"
#include "pactgraph/algorithms/paths.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(algorithms_edge_lengths)

namespace {

using weighted_bgl = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                           boost::property<boost::edge_weight_t, double>>;

const std::vector<double> bad_lengths{0.0, -1.0, std::numeric_limits<double>::quiet_NaN(),
                                      std::numeric_limits<double>::infinity()};

/// The message every front gives for length `x` on edge A–C (vertices 0 and 2), written out by hand.
std::string message_for(double x) {
  const std::string text = x == 0.0 ? "0" : x < 0.0 ? "-1" : x != x ? "nan" : "inf";
  return "edge lengths must be positive and finite, not " + text + " (edge 0 -- 2)";
}

/// The usage_error message `f` throws, or "" when it throws none.
std::string refusal(const std::function<void()>& f) {
  try {
    f();
  } catch (const usage_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(snapshot_fronts_refuse_alike) {
  const auto net = fixture();
  const snapshot s(net, day);
  // Edges in snapshot order: A–B (two ties), A–C, B–C, C–D.
  BOOST_TEST_REQUIRE(s.edge_count() == 4u);
  BOOST_TEST_REQUIRE((s.edges()[1].u == 0 && s.edges()[1].v == 2));
  const actor_id a = s.nodes()[0], d = s.nodes()[3];
  for (const double x : bad_lengths) {
    const std::vector<double> lengths{1.0, x, 1.0, 1.0};
    const shortest_path_options o{.lengths = lengths};
    const path_options p{.lengths = lengths};
    const std::string want = message_for(x);
    BOOST_TEST_CONTEXT("length " << x) {
      BOOST_TEST(refusal([&] { (void)betweenness(s, o); }) == want);
      BOOST_TEST(refusal([&] { (void)edge_betweenness(s, o); }) == want);
      BOOST_TEST(refusal([&] { (void)closeness(s, o); }) == want);
      BOOST_TEST(refusal([&] { (void)harmonic(s, o); }) == want);
      BOOST_TEST(refusal([&] { (void)distance_centralities(s, o); }) == want);
      BOOST_TEST(refusal([&] { (void)shortest_path(net, s, a, d, p); }) == want);
      BOOST_TEST(refusal([&] { (void)all_shortest_paths(net, s, a, d, p); }) == want);
      BOOST_TEST(refusal([&] { (void)k_shortest_paths(net, s, a, d, 2, p); }) == want);
    }
  }
}

BOOST_AUTO_TEST_CASE(boost_graph_fronts_refuse_alike) {
  for (const double x : bad_lengths) {
    weighted_bgl g(4);
    boost::add_edge(0, 1, 1.0, g);
    boost::add_edge(0, 2, x, g);
    boost::add_edge(1, 2, 1.0, g);
    boost::add_edge(2, 3, 1.0, g);
    const auto w = get(boost::edge_weight, g);
    const std::string want = message_for(x);
    BOOST_TEST_CONTEXT("length " << x) {
      BOOST_TEST(refusal([&] { (void)betweenness(g, w); }) == want);
      BOOST_TEST(refusal([&] { (void)edge_betweenness(g, w); }) == want);
      BOOST_TEST(refusal([&] { (void)closeness(g, w); }) == want);
      BOOST_TEST(refusal([&] { (void)harmonic(g, w); }) == want);
      BOOST_TEST(refusal([&] { (void)weighted_shortest_path(g, 0, 3, w); }) == want);
      BOOST_TEST(refusal([&] { (void)all_shortest_paths(g, 0, 3, w); }) == want);
      BOOST_TEST(refusal([&] { (void)k_shortest_paths(g, 0, 3, 2, w); }) == want);
    }
  }
}

// A good length passes everywhere: the sanity check that the refusals above are about the value.
BOOST_AUTO_TEST_CASE(positive_lengths_pass) {
  weighted_bgl g(4);
  boost::add_edge(0, 1, 1.0, g);
  boost::add_edge(0, 2, 0.5, g);
  boost::add_edge(1, 2, 1.0, g);
  boost::add_edge(2, 3, 1.0, g);
  const auto w = get(boost::edge_weight, g);
  BOOST_TEST(weighted_shortest_path(g, 0, 3, w)->length == 1.5);
  // D is 1 from C, 1.5 from A (through the short edge), 2 from B.
  BOOST_TEST(harmonic(g, w, {.normalization = normalization::raw})[3] == 1.0 + 1.0 / 1.5 + 1.0 / 2.0,
             boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()
