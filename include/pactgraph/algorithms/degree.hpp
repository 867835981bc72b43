#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/edge_weight.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Which arcs a degree counts on a directed graph (all three agree on undirected graphs).
enum class degree_direction : std::uint8_t {
  all,  ///< in + out
  in,   ///< arcs towards the vertex: on the obligation view, the states pledged to defend it
  out,  ///< arcs from the vertex: the states it pledges to defend
};

/// Options of degree.
struct degree_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  degree_direction direction = degree_direction::all;
  edge_weight weight = edge_weight::unit;  ///< other than unit: the weighted degree (strength)
  std::span<const double> weights = {};    ///< one weight per edge (snapshot::edges() order); overrides `weight`
};

namespace detail {

/// Degree centrality of a simple graph; degree() builds it.
std::vector<double> degree_of(const simple_graph& g, const degree_options& o);

}  // namespace detail

/// Degree centrality: the number of distinct neighbours (parallel ties count once).
///
/// networkx: deg/(n−1), and 1 for the one vertex of a one-vertex graph (as networkx's
/// degree_centrality, in_degree_centrality, out_degree_centrality); igraph and raw: deg. O(V + E).
/// With weights (`edge_weight::multiplicity` or `weights`), deg is the sum of the weights of the
/// vertex's edges instead (networkx `G.degree(weight=...)`, igraph `strength`), scaled the same way.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> degree(const G& g, const degree_options& options = {}) {
  return detail::degree_of(detail::simple_graph_of(g), options);
}

}  // namespace pactgraph
