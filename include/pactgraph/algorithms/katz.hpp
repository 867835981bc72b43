#pragma once

#include <cstddef>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/iteration_options.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Options of katz.
struct katz_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  double alpha = 0.1;  ///< attenuation; must be below 1/λ_max for the series to converge
  double beta = 1.0;
  iteration_options iteration = {.max_iterations = 1000};  ///< networkx's defaults: 1000 iterations, 1e-6
};

namespace detail {

/// Katz of a simple graph; katz() builds it.
std::vector<double> katz_of(const simple_graph& g, const katz_options& o);

}  // namespace detail

/// Katz centrality (Katz, DOI 10.1007/BF02289026): x = α Aᵀ x + β, iterated from 0 as
/// networkx.katz_centrality; on directed graphs a vertex scores from the arcs towards it.
///
/// networkx: unit Euclidean norm; raw and igraph (which has no Katz): the unscaled fixed point.
/// O(max_iterations · (V + E)). Throws usage_error on a tolerance that is not a positive finite number
/// or max_iterations 0; convergence_error when it does not converge, which happens whenever
/// α ≥ 1/λ_max (a clique of 11 or more at α = 0.1), as networkx raises.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> katz(const G& g, const katz_options& options = {}) {
  return detail::katz_of(detail::simple_graph_of(g), options);
}

}  // namespace pactgraph
