#pragma once

#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Options of harmonic.
using harmonic_options = shortest_path_options;

namespace detail {

/// Harmonic of every vertex of a simple graph; harmonic() builds it.
std::vector<double> harmonic_of(const simple_graph& g, const harmonic_options& o);

}  // namespace detail

/// Harmonic centrality: H(v) = Σ over u ≠ v of 1/d(u, v), unreachable pairs adding 0
/// (Marchiori and Latora, DOI 10.1016/S0378-4371(00)00311-3; Boldi and Vigna, DOI 10.1080/15427951.2013.865686).
///
/// networkx and raw: H; igraph: H/(n−1) (0 for one vertex). Distances run *to* v on directed
/// graphs, as networkx. O(V E) unweighted, O(V E + V² log V) with lengths.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> harmonic(const G& g, const harmonic_options& options = {}) {
  return detail::harmonic_of(detail::simple_graph_of(g), options);
}

/// Harmonic centrality of a Boost.Graph graph whose edge lengths a property map gives.
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] std::vector<double> harmonic(const G& g, const M& lengths, const harmonic_options& options = {}) {
  return detail::harmonic_of(to_simple_graph(g, lengths), options);
}

}  // namespace pactgraph
