// Twin classes found by hand on a small graph: overlapping cliques (closed twins), a complete
// bipartite part (open twins), isolates (never grouped) and a lone edge.

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <utility>
#include <vector>

#include "twin_classes.hpp"

using pactgraph::detail::find_twin_classes;

BOOST_AUTO_TEST_SUITE(algorithms_twin_classes)

namespace {

/// Sorted CSR rows of an undirected graph.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> csr(
    std::uint32_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
  std::vector<std::vector<std::uint32_t>> adj(n);
  for (const auto& [u, v] : edges) {
    adj[u].push_back(v);
    adj[v].push_back(u);
  }
  std::vector<std::uint32_t> rows{0}, cols;
  for (const auto& a : adj) {
    cols.insert(cols.end(), a.begin(), a.end());
    rows.push_back(static_cast<std::uint32_t>(cols.size()));
  }
  return {rows, cols};
}

}  // namespace

BOOST_AUTO_TEST_CASE(closed_and_open_twins) {
  // Pact A = {0, 1, 2, 3}, pact B = {2, 3, 4, 5}; 5 is also tied to 9; 6, 7, 8 are each tied to 9 and 10;
  // 11 and 12 are isolated; 13 - 14 is a lone edge.
  const auto [rows, cols] = csr(15, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {2, 4}, {2, 5}, {3, 4}, {3, 5},
                                     {4, 5}, {5, 9}, {6, 9}, {6, 10}, {7, 9}, {7, 10}, {8, 9}, {8, 10}, {13, 14}});
  const auto twins = find_twin_classes(rows, cols);

  // N[0] = N[1] = {0,1,2,3}; N[2] = N[3] = {0..5}; N(6) = N(7) = N(8) = {9,10}; N[13] = N[14] = {13,14}.
  // 4 and 5 differ (5 is tied to 9); N(9) = {5,6,7,8} ≠ N(10) = {6,7,8}.
  BOOST_TEST_REQUIRE(twins.classes.size() == 4u);
  const std::vector<std::uint32_t> representatives{0, 2, 6, 13};
  const std::vector<std::vector<std::uint32_t>> others{{1}, {3}, {7, 8}, {14}};
  const std::vector<double> distances{1.0, 1.0, 2.0, 1.0};
  for (std::size_t i = 0; i < 4; ++i) {
    BOOST_TEST(twins.classes[i].representative == representatives[i]);
    BOOST_TEST(twins.classes[i].others == others[i], boost::test_tools::per_element());
    BOOST_TEST(twins.classes[i].distance == distances[i]);
  }
  const std::vector<std::uint32_t> weights{2, 0, 2, 0, 1, 1, 3, 0, 0, 1, 1, 1, 1, 2, 0};
  BOOST_TEST(twins.source_weight == weights, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_twins_in_a_path) {
  const auto [rows, cols] = csr(4, {{0, 1}, {1, 2}, {2, 3}});
  const auto twins = find_twin_classes(rows, cols);
  BOOST_TEST(twins.classes.empty());
  BOOST_TEST(twins.source_weight == std::vector<std::uint32_t>(4, 1), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
