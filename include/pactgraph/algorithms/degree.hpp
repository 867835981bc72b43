#pragma once

#include <cstdint>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/detail/csr_adjacency.hpp"

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
};

/// Degree centrality: the number of distinct neighbours (parallel ties count once).
///
/// networkx: deg/(n−1), and 1 for the one vertex of a one-vertex graph (as networkx's
/// degree_centrality, in_degree_centrality, out_degree_centrality); igraph and raw: deg. O(V + E).
template <algorithm_graph G>
[[nodiscard]] std::vector<double> degree(const G& g, const degree_options& options = {}) {
  const detail::csr_adjacency adj(g);
  const auto& v = adj.view();
  std::vector<double> out(v.n, 0.0);
  const bool networkx = options.normalization == normalization::networkx;
  const double scale = networkx && v.n > 1 ? 1.0 / (static_cast<double>(v.n) - 1.0) : 1.0;
  for (std::size_t i = 0; i < v.n; ++i) {
    std::size_t d = v.out_degree(i);
    if (v.directed && options.direction != degree_direction::out)
      d = options.direction == degree_direction::in ? v.in_degree(i) : d + v.in_degree(i);
    out[i] = networkx && v.n == 1 ? 1.0 : static_cast<double>(d) * scale;
  }
  return out;
}

}  // namespace pactgraph
