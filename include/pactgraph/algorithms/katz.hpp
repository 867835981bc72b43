#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/detail/csr_adjacency.hpp"
#include "pactgraph/detail/power_iteration.hpp"

namespace pactgraph {

/// Options of katz.
struct katz_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  double alpha = 0.1;  ///< attenuation; must be below 1/λ_max for the series to converge
  double beta = 1.0;
  std::size_t max_iter = 1000;  ///< at least 1; networkx's default
  double tol = 1.0e-6;  ///< positive; stop when Σ|x − x_prev| < n · tol, as networkx
};

/// Katz centrality (Katz, DOI 10.1007/BF02289026): x = α Aᵀ x + β, iterated from 0 as
/// networkx.katz_centrality; on directed graphs a vertex scores from the arcs towards it.
///
/// networkx: unit Euclidean norm; raw and igraph (which has no Katz): the unscaled fixed point.
/// O(max_iter · (V + E)). Throws usage_error on a tolerance that is not a positive finite number
/// or max_iter 0; convergence_error when it does not converge, which happens whenever
/// α ≥ 1/λ_max (a clique of 11 or more at α = 0.1), as networkx raises.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> katz(const G& g, const katz_options& options = {}) {
  detail::check_iteration_limits("katz centrality", options.max_iter, options.tol);
  const detail::csr_adjacency adj(g);
  const auto& view = adj.view();
  const std::size_t n = view.n;
  if (n == 0) return {};
  std::vector<double> x(n, 0.0), last(n);
  for (std::size_t it = 0; it < options.max_iter; ++it) {
    std::swap(x, last);
    detail::pull_step(view, last, {}, x);
    for (double& value : x) value = options.alpha * value + options.beta;
    if (detail::l1_change(x, last) < static_cast<double>(n) * options.tol) {
      if (options.normalization == normalization::networkx) {
        double norm = 0.0;
        for (const double value : x) norm += value * value;
        if (norm > 0.0)
          for (double& value : x) value /= std::sqrt(norm);
      }
      return x;
    }
  }
  throw detail::no_convergence("katz centrality", options.max_iter, options.tol);
}

}  // namespace pactgraph
