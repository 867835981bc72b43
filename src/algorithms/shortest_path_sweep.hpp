#pragma once

// One shortest-path search per source serves betweenness (Brandes), closeness and harmonic
// centrality at once. Sources are cut into chunks that depend on the vertex count only, and chunk
// sums are added to the total in chunk order, so the result is bit-identical whatever the number
// of threads.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/graph/simple_graph.hpp"

namespace pactgraph::detail {

/// Which sums a sweep collects.
struct sweep_request {
  bool betweenness = false;
  bool edge_betweenness = false;
  bool distances = false;  ///< distance sums, reach counts and inverse-distance sums (closeness, harmonic)
  bool relabel_any_size = false;  ///< relabel hop-count searches even where it does not pay (for tests)
};

/// Sums over sources. Betweenness counts ordered pairs (s, t), so undirected pairs twice.
struct sweep_sums {
  std::vector<double> betweenness;
  std::vector<double> edge_betweenness;
  std::vector<double> distance_sum;      ///< Σ d(s, v) over sources s that reach v
  std::vector<double> inverse_distance;  ///< Σ 1 / d(s, v)
  std::vector<std::uint32_t> reached_by;  ///< sources s ≠ v that reach v

  void init(const sweep_request& r, std::size_t n, std::size_t m);
  void clear();
  void add(const sweep_sums& o);
};

/// Searches from every vertex; deterministic for any `threads` (0 = all hardware threads).
/// O(V (V + E)) unweighted, O(V (V + E) log V) weighted, plus O(V + E) per chunk of sources to merge.
sweep_sums sweep_all(const simple_graph& g, std::span<const double> lengths, const sweep_request& r, unsigned threads);

}  // namespace pactgraph::detail
