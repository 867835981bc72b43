#pragma once

#include <cstdint>
#include <vector>

#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// The whole-network figures of one graph, computed together.
///
/// Apart from density, each is taken on the underlying undirected simple graph (parallel ties once,
/// no self-loops), which is also where networkx's undirected functions would read an obligation view.
struct network_statistics {
  std::size_t vertices = 0;
  std::size_t edges = 0;           ///< undirected edges, or arcs of a directed graph
  double density = 0;              ///< m / (n (n − 1)), times 2 when undirected; 0 when n < 2
  double transitivity = 0;         ///< 3 × triangles / connected triples; 0 when there is no triple
  double average_clustering = 0;   ///< mean local clustering over all vertices; NaN on the empty graph
  std::size_t largest_component = 0;  ///< its vertex count (the first of equal size, by smallest vertex)
  std::uint32_t diameter = 0;      ///< of the largest component; 0 on the empty graph
  std::uint32_t radius = 0;        ///< of the largest component; 0 on the empty graph
  double assortativity = 0;        ///< degree assortativity; NaN without edges or when every end has one degree
};

namespace detail {

network_statistics statistics(const simple_graph& g);

}  // namespace detail

/// Density, transitivity, average clustering, diameter and radius of the largest component and degree
/// assortativity in one pass over the graph; O(n m) for the eccentricities, O(m d_max) for triangles.
/// Each matches networkx (`density`, `transitivity`, `average_clustering`, `diameter` and `radius` of
/// the largest component, `degree_assortativity_coefficient`) on the undirected graph, except where
/// networkx raises: the empty graph gets average clustering NaN and diameter and radius 0.
/// Assortativity: M. E. J. Newman, doi:10.1103/PhysRevLett.89.208701; clustering: Watts and Strogatz,
/// doi:10.1038/30918.
template <algorithm_graph Graph>
network_statistics statistics(const Graph& g) {
  return detail::statistics(detail::simple_graph_of(g));
}

/// The density: m / (n (n − 1)) for a directed graph, 2m / (n (n − 1)) undirected; 0 when n < 2. O(m).
template <algorithm_graph Graph>
double density(const Graph& g) {
  const auto& a = detail::simple_graph_of(g);
  const std::size_t n = a.vertex_count();
  if (n < 2) return 0;
  return static_cast<double>(a.edge_count()) * (a.directed() ? 1.0 : 2.0) /
         (static_cast<double>(n) * static_cast<double>(n - 1));
}

}  // namespace pactgraph
