#pragma once

#include <vector>

#include "pactgraph/algorithms/centrality_result.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Options of betweenness and edge_betweenness.
using betweenness_options = shortest_path_options;

namespace detail {

/// Betweenness of every vertex of a simple graph; betweenness() builds it.
std::vector<double> vertex_betweenness_of(const simple_graph& g, const betweenness_options& o);

/// Edge betweenness of a simple graph; edge_betweenness() builds it.
edge_centrality edge_betweenness_of(const simple_graph& g, const betweenness_options& o);

}  // namespace detail

/// Betweenness centrality of every vertex: the share of shortest paths between other pairs that
/// pass through it, by Brandes' algorithm (DOI 10.1080/0022250X.2001.9990249).
///
/// With B(v) = Σ over pairs s ≠ v ≠ t of σ_st(v)/σ_st (unordered pairs when undirected):
/// networkx 2B/((n−1)(n−2)) undirected, B/((n−1)(n−2)) directed (no scaling when n ≤ 2);
/// igraph and raw: B. A snapshot's parallel ties are one edge, as in networkx.
/// O(V E) unweighted, O(V E + V² log V) with lengths; O(V + E) memory per thread.
/// Throws usage_error on bad lengths.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> betweenness(const G& g, const betweenness_options& options = {}) {
  return detail::vertex_betweenness_of(detail::simple_graph_of(g), options);
}

/// Betweenness of a Boost.Graph graph whose edge lengths a property map gives (parallel edges: the least).
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] std::vector<double> betweenness(const G& g, const M& lengths, const betweenness_options& options = {}) {
  return detail::vertex_betweenness_of(to_simple_graph(g, lengths), options);
}

/// Edge betweenness: for each edge, the share of shortest paths between all pairs that use it
/// (Brandes, DOI 10.1016/j.socnet.2007.11.001).
///
/// With B(e) summed over unordered pairs when undirected: networkx 2B/(n(n−1)) undirected,
/// B/(n(n−1)) directed (no scaling when n ≤ 1); igraph and raw: B. Cost as betweenness.
template <algorithm_graph G>
[[nodiscard]] edge_centrality edge_betweenness(const G& g, const betweenness_options& options = {}) {
  return detail::edge_betweenness_of(detail::simple_graph_of(g), options);
}

/// Edge betweenness of a Boost.Graph graph whose edge lengths a property map gives.
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] edge_centrality edge_betweenness(const G& g, const M& lengths, const betweenness_options& options = {}) {
  return detail::edge_betweenness_of(to_simple_graph(g, lengths), options);
}

}  // namespace pactgraph
