#pragma once

#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/detail/shortest_path_sweep.hpp"

namespace pactgraph {

/// Options of harmonic.
using harmonic_options = shortest_path_options;

namespace detail {

/// Harmonic centrality of every vertex from the sums of a sweep.
inline std::vector<double> harmonic_from(const sweep_sums& sums, std::size_t n, normalization norm) {
  std::vector<double> out = sums.inverse_distance;
  if (norm == normalization::igraph && n > 1)
    for (double& x : out) x /= static_cast<double>(n) - 1.0;
  return out;
}

inline std::vector<double> harmonic_of(const csr_adjacency& adj, const harmonic_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(adj, o.length, o.lengths, storage);
  return harmonic_from(sweep_all(adj.view(), lengths, {.distances = true}, o.threads), adj.view().n, o.normalization);
}

}  // namespace detail

/// Harmonic centrality: H(v) = Σ over u ≠ v of 1/d(u, v), unreachable pairs adding 0
/// (Marchiori and Latora, DOI 10.1016/S0378-4371(00)00311-3; Boldi and Vigna, DOI 10.1080/15427951.2013.865686).
///
/// networkx and raw: H; igraph: H/(n−1) (0 for one vertex). Distances run *to* v on directed
/// graphs, as networkx. O(V E) unweighted, O(V E + V² log V) with lengths.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> harmonic(const G& g, const harmonic_options& options = {}) {
  const detail::csr_adjacency adj(g);
  return detail::harmonic_of(adj, options);
}

/// Harmonic centrality of a Boost.Graph graph whose edge lengths a property map gives.
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] std::vector<double> harmonic(const G& g, const M& lengths, const harmonic_options& options = {}) {
  const detail::csr_adjacency adj(g, lengths);
  return detail::harmonic_of(adj, options);
}

}  // namespace pactgraph
