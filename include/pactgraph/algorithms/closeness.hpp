#pragma once

#include <limits>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/detail/shortest_path_sweep.hpp"

namespace pactgraph {

/// Options of closeness.
using closeness_options = shortest_path_options;

namespace detail {

/// Closeness of every vertex from the sums of a sweep.
inline std::vector<double> closeness_from(const sweep_sums& sums, std::size_t n, normalization norm) {
  std::vector<double> out(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    const double reached = sums.reached_by[v];
    const double total = sums.distance_sum[v];
    if (reached == 0.0) {
      // igraph leaves a vertex that nothing reaches undefined; networkx gives it 0.
      out[v] = norm == normalization::igraph ? std::numeric_limits<double>::quiet_NaN() : 0.0;
      continue;
    }
    out[v] = reached / total;
    if (norm == normalization::networkx) out[v] *= reached / (static_cast<double>(n) - 1.0);
  }
  return out;
}

inline std::vector<double> closeness_of(const csr_adjacency& adj, const closeness_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(adj, o.length, o.lengths, storage);
  return closeness_from(sweep_all(adj.view(), lengths, {.distances = true}, o.threads), adj.view().n, o.normalization);
}

}  // namespace detail

/// Closeness centrality: how near a vertex is to the vertices that reach it.
///
/// With r(v) the number of other vertices that reach v and S(v) the sum of their distances to v
/// (distances *to* v on directed graphs, as networkx): networkx (Wasserman–Faust, DOI
/// 10.1017/CBO9780511815478) (r/S)·(r/(n−1)); raw r/S (networkx with wf_improved=False);
/// igraph r/S too (igraph mode "in" on directed graphs). A vertex nothing reaches has 0, or NaN
/// under igraph, as igraph returns. O(V E) unweighted, O(V E + V² log V) with lengths.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> closeness(const G& g, const closeness_options& options = {}) {
  const detail::csr_adjacency adj(g);
  return detail::closeness_of(adj, options);
}

/// Closeness of a Boost.Graph graph whose edge lengths a property map gives (parallel edges: the least).
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] std::vector<double> closeness(const G& g, const M& lengths, const closeness_options& options = {}) {
  const detail::csr_adjacency adj(g, lengths);
  return detail::closeness_of(adj, options);
}

}  // namespace pactgraph
