#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <random>

#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "shortest_path_sweep.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(algorithms_betweenness)

BOOST_AUTO_TEST_CASE(a_doubled_pact_counts_once) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  add_pact(net, "ab", {{a, "1990-01-01", "", tie_kind::defence}, {b, "1990-01-01", "", tie_kind::defence}});
  add_pact(net, "bc", {{b, "1990-01-01", "", tie_kind::defence}, {c, "1990-01-01", "", tie_kind::defence}});
  const day_number day = day_of(2000, 1, 1);
  const auto once = betweenness(snapshot(net, day));
  // Path A-B-C: B lies on the one path between A and C; networkx 2·1/((3−1)(3−2)) = 1.
  BOOST_TEST(once == std::vector<double>({0.0, 1.0, 0.0}), boost::test_tools::per_element());
  add_pact(net, "ab again", {{a, "1995-01-01", "", tie_kind::consultation}, {b, "1995-01-01", "", tie_kind::consultation}});
  const snapshot twice(net, day);
  BOOST_TEST(twice.edges()[0].multiplicity == 2u);
  BOOST_TEST(betweenness(twice) == once, boost::test_tools::per_element());
  const auto edges = edge_betweenness(twice);
  // Each edge carries A–C and its own pair: 2 of the 3 pairs; networkx 2·2/(3·2) = 2/3.
  BOOST_TEST(edges.values == std::vector<double>({2.0 / 3.0, 2.0 / 3.0}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pacts_starting_or_ending_on_the_day) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C"), d = add_state(net, "D");
  add_pact(net, "ab", {{a, "1990-01-01", "", tie_kind::defence}, {b, "1990-01-01", "", tie_kind::defence}});
  add_pact(net, "bc", {{b, "2000-01-01", "", tie_kind::defence}, {c, "2000-01-01", "", tie_kind::defence}});
  add_pact(net, "cd", {{c, "1990-01-01", "2000-01-01", tie_kind::defence}, {d, "1990-01-01", "2000-01-01", tie_kind::defence}});
  // On 2000-01-01 B–C has begun and C–D has ended (spells are [begin, end)): ties A-B, B-C, D alone.
  // B carries A–C: networkx 2·1/((4−1)(4−2)) = 1/3.
  BOOST_TEST(betweenness(snapshot(net, day_of(2000, 1, 1))) == std::vector<double>({0.0, 1.0 / 3.0, 0.0, 0.0}),
             boost::test_tools::per_element());
  // The day before: A-B and C-D, no vertex between two others.
  BOOST_TEST(betweenness(snapshot(net, day_of(1999, 12, 31))) == std::vector<double>(4, 0.0),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(tie_strength_as_length) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  add_pact(net, "ab", {{a, "1990-01-01", "", tie_kind::defence}, {b, "1990-01-01", "", tie_kind::defence}});
  add_pact(net, "ab2", {{a, "1990-01-01", "", tie_kind::offence}, {b, "1990-01-01", "", tie_kind::offence}});
  add_pact(net, "ac", {{a, "1990-01-01", "", tie_kind::defence}, {c, "1990-01-01", "", tie_kind::defence}});
  add_pact(net, "bc", {{b, "1990-01-01", "", tie_kind::defence}, {c, "1990-01-01", "", tie_kind::defence}});
  const snapshot s(net, day_of(2000, 1, 1));
  const auto raw = normalization::raw;
  // Hops: a triangle, nobody in between.
  BOOST_TEST(betweenness(s, {.normalization = raw}) == std::vector<double>(3, 0.0), boost::test_tools::per_element());
  // Multiplicity as length: A–B has length 2, as long as A–C–B, so C is on one of the two A–B paths: 1/2.
  BOOST_TEST(betweenness(s, {.normalization = raw, .length = edge_length::multiplicity}) ==
                 std::vector<double>({0.0, 0.0, 0.5}),
             boost::test_tools::per_element());
  // Inverse multiplicity: A–B is 1/2, shorter than A–C–B.
  BOOST_TEST(betweenness(s, {.normalization = raw, .length = edge_length::inverse_multiplicity}) ==
                 std::vector<double>(3, 0.0),
             boost::test_tools::per_element());
  // Caller lengths, one per edge in s.edges() order (A-B, A-C, B-C): A–C–B at 1 + 1 beats A–B at 3.
  const std::vector<double> lengths{3.0, 1.0, 1.0};
  BOOST_TEST(betweenness(s, {.normalization = raw, .lengths = lengths}) == std::vector<double>({0.0, 0.0, 1.0}),
             boost::test_tools::per_element());
  const std::vector<double> too_few{1.0};
  BOOST_CHECK_THROW((void)betweenness(s, {.lengths = too_few}), usage_error);
  const std::vector<double> zero{1.0, 0.0, 1.0};
  BOOST_CHECK_THROW((void)betweenness(s, {.lengths = zero}), usage_error);
}

BOOST_AUTO_TEST_CASE(same_bits_for_any_thread_count) {
  using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                      boost::property<boost::edge_weight_t, double>>;
  std::mt19937_64 rng(42);
  std::bernoulli_distribution edge(0.02);
  std::uniform_int_distribution<int> length(1, 4);
  graph g(400);
  for (std::size_t u = 0; u < 400; ++u)
    for (std::size_t v = u + 1; v < 400; ++v)
      if (edge(rng)) add_edge(u, v, length(rng), g);
  const auto lengths = get(boost::edge_weight, g);
  const auto one = betweenness(g, {.threads = 1});
  const auto weighted = betweenness(g, lengths, {.threads = 1});
  const auto edges = edge_betweenness(g, {.threads = 1});
  const auto all = distance_centralities(g, {.threads = 1});
  BOOST_TEST(all.betweenness == one, boost::test_tools::per_element());
  for (const unsigned threads : {2u, 3u, 4u, 0u}) {
    BOOST_TEST_CONTEXT("threads " << threads) {
      BOOST_TEST(betweenness(g, {.threads = threads}) == one, boost::test_tools::per_element());
      BOOST_TEST(betweenness(g, lengths, {.threads = threads}) == weighted, boost::test_tools::per_element());
      BOOST_TEST(edge_betweenness(g, {.threads = threads}).values == edges.values, boost::test_tools::per_element());
      const auto par = distance_centralities(g, {.threads = threads});
      BOOST_TEST(par.closeness == all.closeness, boost::test_tools::per_element());
      BOOST_TEST(par.harmonic == all.harmonic, boost::test_tools::per_element());
    }
  }
}

// Large graphs are searched on relabelled arcs (src/algorithms/locality_labels.hpp); forced here on small ones.
BOOST_AUTO_TEST_CASE(relabelled_searches_give_the_same_sums) {
  using undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  using directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  std::mt19937_64 rng(7);
  std::bernoulli_distribution edge(0.03);
  undirected u(300);
  directed d(300);
  for (std::size_t a = 0; a < 300; ++a)
    for (std::size_t b = 0; b < 300; ++b) {
      // A few hubs, as in the scale-free graphs where relabelling pays, a sparse rest, and ten twins
      // (290..299, each tied to 0 and 1 alone) so that searches standing for a twin class are relabelled too.
      const bool twin = a >= 290 || b >= 290;
      const bool hub = a < 5 && b % 3 == 0;
      if (a != b && (twin ? std::min(a, b) < 2 : hub || edge(rng))) {
        if (a < b) add_edge(a, b, u);
        add_edge(a, b, d);
      }
    }
  auto check = [](const simple_graph& adj, bool edges) {
    const detail::sweep_request plain{.betweenness = true, .edge_betweenness = edges, .distances = true};
    auto relabelled = plain;
    relabelled.relabel_any_size = true;
    const auto want = detail::sweep_all(adj, {}, plain, 1);
    const auto got = detail::sweep_all(adj, {}, relabelled, 1);
    // Integer sums do not change; betweenness may in the last bits, from a different order of additions.
    BOOST_TEST(got.distance_sum == want.distance_sum, boost::test_tools::per_element());
    BOOST_TEST(got.reached_by == want.reached_by, boost::test_tools::per_element());
    BOOST_TEST(got.inverse_distance == want.inverse_distance, boost::test_tools::per_element());
    for (std::size_t v = 0; v < want.betweenness.size(); ++v)
      BOOST_TEST(got.betweenness[v] == want.betweenness[v], boost::test_tools::tolerance(1e-12));
    for (std::size_t e = 0; e < want.edge_betweenness.size(); ++e)
      BOOST_TEST(got.edge_betweenness[e] == want.edge_betweenness[e], boost::test_tools::tolerance(1e-12));
    for (const unsigned threads : {2u, 3u}) {
      const auto par = detail::sweep_all(adj, {}, relabelled, threads);
      BOOST_TEST(par.betweenness == got.betweenness, boost::test_tools::per_element());
      BOOST_TEST(par.edge_betweenness == got.edge_betweenness, boost::test_tools::per_element());
      BOOST_TEST(par.inverse_distance == got.inverse_distance, boost::test_tools::per_element());
    }
  };
  for (const bool edges : {false, true}) {
    BOOST_TEST_CONTEXT("edge betweenness " << edges) {
      check(to_simple_graph(u), edges);
      check(to_simple_graph(d), edges);
    }
  }
}

BOOST_AUTO_TEST_CASE(empty_and_one_actor) {
  alliance_network net;
  BOOST_TEST(betweenness(snapshot(net, 0)).empty());
  BOOST_TEST(edge_betweenness(snapshot(net, 0)).values.empty());
  add_state(net, "A");
  BOOST_TEST(betweenness(snapshot(net, 0)) == std::vector<double>({0.0}), boost::test_tools::per_element());
  const auto all = distance_centralities(snapshot(net, 0), {.threads = 4});
  // networkx: closeness 0.0 and harmonic 0 for a lone node; igraph closeness NaN.
  BOOST_TEST(all.closeness == std::vector<double>({0.0}), boost::test_tools::per_element());
  BOOST_TEST(all.harmonic == std::vector<double>({0.0}), boost::test_tools::per_element());
  BOOST_TEST(std::isnan(closeness(snapshot(net, 0), {.normalization = normalization::igraph})[0]));
}

BOOST_AUTO_TEST_SUITE_END()
