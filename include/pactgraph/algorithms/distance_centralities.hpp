#pragma once

#include <vector>

#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/algorithms/harmonic.hpp"

namespace pactgraph {

/// Betweenness, closeness and harmonic centrality of one graph, each as its own function returns it.
struct distance_centrality_values {
  std::vector<double> betweenness{};
  std::vector<double> closeness{};
  std::vector<double> harmonic{};
};

namespace detail {

/// The three centralities of a simple graph; distance_centralities() builds it.
distance_centrality_values distance_centralities_of(const simple_graph& g, const shortest_path_options& o);

}  // namespace detail

/// The three shortest-path centralities from one search per source, which costs about what
/// betweenness alone costs. Same conventions as betweenness(), closeness() and harmonic().
template <algorithm_graph G>
[[nodiscard]] distance_centrality_values distance_centralities(const G& g, const shortest_path_options& options = {}) {
  return detail::distance_centralities_of(detail::simple_graph_of(g), options);
}

}  // namespace pactgraph
