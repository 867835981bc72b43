// The bitset search of small dense graphs (src/algorithms/bitset_bfs.hpp): a hand computation, when it is
// chosen, and the same sums as the arc kernel (bfs_sweep.hpp) on graphs of one to four words per row.

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "bitset_bfs.hpp"
#include "pactgraph/graph/to_simple_graph.hpp"
#include "shortest_path_sweep.hpp"

namespace detail = pactgraph::detail;

BOOST_AUTO_TEST_SUITE(bitset_bfs)

namespace {

using edge_list = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

/// The compact arcs sweep_all searches for an undirected graph: sorted rows, no parallel arcs.
detail::compact_out_arcs symmetric_arcs(std::uint32_t n, const edge_list& edges) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(n);
  for (const auto& [u, v] : edges) add_edge(u, v, g);
  return {pactgraph::to_simple_graph(g), false};
}

const detail::sweep_request everything{.betweenness = true, .distances = true};

/// Sums of a search from every vertex, source s standing for weight[s] sources, by the bitset kernel
/// when `bits` is given, else by the arc kernel.
detail::sweep_sums sweep(const detail::compact_out_arcs& g, const detail::bitset_rows* bits,
                         const std::vector<std::uint32_t>& weight, detail::bfs_workspace& ws) {
  const std::uint32_t n = static_cast<std::uint32_t>(g.rows.size() - 1);
  detail::sweep_sums sums;
  sums.init(everything, n, 0);
  ws.fit(n);
  for (std::uint32_t s = 0; s < n; ++s) {
    if (bits != nullptr)
      detail::bitset_sweep_source(*bits, s, weight[s], true, true, ws, sums);
    else
      detail::bfs_sweep_source(g, s, weight[s], true, false, true, ws, sums);
  }
  return sums;
}

}  // namespace

// K4 without the edge 0–3. By hand: the only pairs not adjacent are (0, 3) and (3, 0), each with two
// shortest paths, through 1 and through 2, so 1 and 2 get 1/2 per ordered pair: betweenness 1 each.
// Distances from 0: 1, 1, 2 (sum 4, inverse sum 2.5); from 1: 1, 1, 1 (3, 3); the graph is symmetric
// under 0 ↔ 3 and 1 ↔ 2.
BOOST_AUTO_TEST_CASE(diamond_by_hand) {
  const auto g = symmetric_arcs(4, {{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}});
  const auto bits = detail::bitset_rows::when_cheaper(g);
  BOOST_TEST_REQUIRE(bits.has_value());
  detail::bfs_workspace ws;
  const std::vector<std::uint32_t> once(4, 1);
  for (const auto* kernel : {&*bits, static_cast<const detail::bitset_rows*>(nullptr)}) {
    BOOST_TEST_CONTEXT("bitset kernel " << (kernel != nullptr)) {
      const auto sums = sweep(g, kernel, once, ws);
      BOOST_TEST(sums.betweenness == std::vector<double>({0.0, 1.0, 1.0, 0.0}), boost::test_tools::per_element());
      BOOST_TEST(sums.distance_sum == std::vector<double>({4.0, 3.0, 3.0, 4.0}), boost::test_tools::per_element());
      BOOST_TEST(sums.inverse_distance == std::vector<double>({2.5, 3.0, 3.0, 2.5}), boost::test_tools::per_element());
      BOOST_TEST(sums.reached_by == std::vector<std::uint32_t>({3, 3, 3, 3}), boost::test_tools::per_element());
    }
  }
}

// A path of 200 vertices takes the arc kernel (see below), here through sweep_all's dispatch. By hand:
// vertex i lies between the i vertices on one side and the 199 − i on the other, 2·i·(199 − i) ordered
// pairs; its distances sum to 1 + … + i plus 1 + … + (199 − i).
BOOST_AUTO_TEST_CASE(long_path_by_hand) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> path(200);
  for (std::uint32_t v = 0; v + 1 < 200; ++v) add_edge(v, v + 1, path);
  const auto sums = detail::sweep_all(pactgraph::to_simple_graph(path), {}, everything, 1);
  for (std::size_t i = 0; i < 200; ++i) {
    const double left = static_cast<double>(i), right = static_cast<double>(199 - i);
    BOOST_TEST(sums.betweenness[i] == 2.0 * left * right);
    BOOST_TEST(sums.distance_sum[i] == left * (left + 1) / 2 + right * (right + 1) / 2);
    BOOST_TEST(sums.reached_by[i] == 199u);
  }
}

BOOST_AUTO_TEST_CASE(chosen_only_for_dense_simple_symmetric_arcs) {
  const edge_list diamond{{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}};
  BOOST_TEST(detail::bitset_rows::when_cheaper(symmetric_arcs(4, diamond)).has_value());

  auto directed = symmetric_arcs(4, diamond);
  directed.symmetric = false;
  BOOST_TEST(!detail::bitset_rows::when_cheaper(directed).has_value());

  auto with_edges = symmetric_arcs(4, diamond);
  with_edges.arc_edge.assign(with_edges.cols.size(), 0);  // edge sums asked for
  BOOST_TEST(!detail::bitset_rows::when_cheaper(with_edges).has_value());

  auto parallel = symmetric_arcs(4, diamond);
  parallel.cols.push_back(parallel.cols.back());  // vertex 3's last neighbour twice
  ++parallel.rows.back();
  BOOST_TEST(!detail::bitset_rows::when_cheaper(parallel).has_value());

  // A path of 200 vertices: 398 arcs against 200 rows of 4 words read about three times.
  edge_list path;
  for (std::uint32_t v = 0; v + 1 < 200; ++v) path.emplace_back(v, v + 1);
  BOOST_TEST(!detail::bitset_rows::when_cheaper(symmetric_arcs(200, path)).has_value());
}

// Pact cliques over random ties, isolates and a separate component; weights stand for twin classes.
// With sorted rows both kernels add the same terms in the same order, so the sums agree bit for bit,
// also with the two kernels taking turns on one workspace (each leaves it as it found it).
BOOST_AUTO_TEST_CASE(same_sums_as_the_arc_kernel) {
  std::mt19937_64 rng(11);
  for (const std::uint32_t n : {10u, 63u, 64u, 65u, 130u, 230u}) {
    BOOST_TEST_CONTEXT("n = " << n) {
      edge_list edges;
      std::bernoulli_distribution tie(0.15);
      std::uniform_int_distribution<std::uint32_t> any(0, n - 1);
      const std::uint32_t isolated = n / 10;  // the last ones
      const std::uint32_t apart = n / 2;      // [apart, n − isolated) only among themselves
      for (std::uint32_t a = 0; a + isolated < n; ++a)
        for (std::uint32_t b = a + 1; b + isolated < n; ++b)
          if ((a < apart) == (b < apart) && tie(rng)) edges.emplace_back(a, b);
      for (int clique = 0; clique < 4; ++clique) {
        std::vector<std::uint32_t> members;
        for (int k = 0; k < 6; ++k)
          if (const auto v = any(rng) % apart; std::find(members.begin(), members.end(), v) == members.end())
            members.push_back(v);
        for (const auto a : members)
          for (const auto b : members)
            if (a < b) edges.emplace_back(a, b);  // to_simple_graph keeps one edge of a pair
      }
      const auto g = symmetric_arcs(n, edges);
      const auto bits = detail::bitset_rows::when_cheaper(g);
      BOOST_TEST_REQUIRE(bits.has_value());
      std::vector<std::uint32_t> weight(n);
      for (std::uint32_t v = 0; v < n; ++v) weight[v] = 1 + v % 3;
      detail::bfs_workspace ws;
      const auto want = sweep(g, nullptr, weight, ws);
      const auto got = sweep(g, &*bits, weight, ws);
      const auto again = sweep(g, nullptr, weight, ws);
      BOOST_TEST(got.betweenness == want.betweenness, boost::test_tools::per_element());
      BOOST_TEST(got.distance_sum == want.distance_sum, boost::test_tools::per_element());
      BOOST_TEST(got.inverse_distance == want.inverse_distance, boost::test_tools::per_element());
      BOOST_TEST(got.reached_by == want.reached_by, boost::test_tools::per_element());
      BOOST_TEST(again.betweenness == want.betweenness, boost::test_tools::per_element());
      BOOST_TEST(again.distance_sum == want.distance_sum, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
