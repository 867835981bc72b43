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

/// The three shortest-path centralities from one search per source, which costs about what
/// betweenness alone costs. Same conventions as betweenness(), closeness() and harmonic().
template <algorithm_graph G>
[[nodiscard]] distance_centrality_values distance_centralities(const G& g, const shortest_path_options& o = {}) {
  const detail::csr_adjacency adj(g);
  std::vector<double> storage{};
  const auto lengths = detail::resolve_lengths(adj, o.length, o.lengths, storage);
  auto sums = detail::sweep_all(adj.view(), lengths, {.betweenness = true, .distances = true}, o.threads);
  const std::size_t n = adj.view().n;
  const double scale = detail::betweenness_scale(n, adj.view().directed, o.normalization, false);
  for (double& x : sums.betweenness) x *= scale;
  return {.betweenness = std::move(sums.betweenness),
          .closeness = detail::closeness_from(sums, n, o.normalization),
          .harmonic = detail::harmonic_from(sums, n, o.normalization)};
}

}  // namespace pactgraph
