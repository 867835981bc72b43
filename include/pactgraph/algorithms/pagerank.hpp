#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/iteration_options.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Options of pagerank.
struct pagerank_options {
  double damping = 0.85;
  std::span<const double> personalization = {};  ///< one non-negative weight per vertex; empty: uniform
  iteration_options iteration = {};  ///< networkx's defaults: 100 iterations, tolerance 1e-6
};

namespace detail {

/// PageRank of a simple graph; pagerank() builds it.
std::vector<double> pagerank_of(const simple_graph& g, const pagerank_options& o);

}  // namespace detail

/// PageRank (Brin and Page, DOI 10.1016/S0169-7552(98)00110-X), iterated as networkx.pagerank:
/// x ← d (x P + (Σ dangling x) p) + (1 − d) p from the uniform vector, P the row-stochastic
/// adjacency (an undirected edge is an arc each way), p the personalization (uniform by default);
/// a dangling vertex's mass follows p. The result sums to 1. All three normalizations agree, so
/// there is no option for it. O(max_iterations · (V + E)). Throws usage_error on a bad personalization,
/// a tolerance that is not a positive finite number or max_iterations 0; convergence_error when it does
/// not converge.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> pagerank(const G& g, const pagerank_options& options = {}) {
  return detail::pagerank_of(detail::simple_graph_of(g), options);
}

}  // namespace pactgraph
