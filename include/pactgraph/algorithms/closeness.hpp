#pragma once

#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Options of closeness.
using closeness_options = shortest_path_options;

namespace detail {

/// Closeness of every vertex of a simple graph; closeness() builds it.
std::vector<double> closeness_of(const simple_graph& g, const closeness_options& o);

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
  return detail::closeness_of(detail::simple_graph_of(g), options);
}

/// Closeness of a Boost.Graph graph whose edge lengths a property map gives (parallel edges: the least).
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] std::vector<double> closeness(const G& g, const M& lengths, const closeness_options& options = {}) {
  return detail::closeness_of(to_simple_graph(g, lengths), options);
}

}  // namespace pactgraph
