#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/detail/csr_adjacency.hpp"
#include "pactgraph/detail/power_iteration.hpp"

namespace pactgraph {

/// Options of eigenvector.
struct eigenvector_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  std::size_t max_iter = 100;  ///< at least 1; networkx's default
  double tol = 1.0e-6;  ///< positive; stop when Σ|x − x_prev| < n · tol, as networkx
};

/// Eigenvector centrality (Bonacich, DOI 10.1080/0022250X.1972.9989806) by power iteration on
/// A + I from the uniform vector, rescaled to unit Euclidean norm each step, as
/// networkx.eigenvector_centrality; on directed graphs a vertex scores from the arcs towards it.
///
/// networkx and raw: unit Euclidean norm; igraph: largest value 1 (igraph's scale=True). The shift
/// by I makes the iteration converge on bipartite graphs; on disconnected graphs it finds the same
/// vector networkx finds (small components fade towards 0). The empty graph gives an empty vector
/// (networkx raises). O(max_iter · (V + E)). Throws usage_error on a tolerance that is not a
/// positive finite number or max_iter 0, convergence_error when it does not converge.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> eigenvector(const G& g, const eigenvector_options& options = {}) {
  detail::check_iteration_limits("eigenvector centrality", options.max_iter, options.tol);
  const detail::csr_adjacency adj(g);
  const auto& view = adj.view();
  const std::size_t n = view.n;
  if (n == 0) return {};
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), last(n);
  for (std::size_t it = 0; it < options.max_iter; ++it) {
    std::swap(x, last);
    detail::pull_step(view, last, {}, x);
    double norm = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      x[v] += last[v];
      norm += x[v] * x[v];
    }
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    for (double& value : x) value /= norm;
    if (detail::l1_change(x, last) < static_cast<double>(n) * options.tol) {
      if (options.normalization == normalization::igraph) {
        const double top = *std::max_element(x.begin(), x.end());
        if (top > 0.0)
          for (double& value : x) value /= top;
      }
      return x;
    }
  }
  throw detail::no_convergence("eigenvector centrality", options.max_iter, options.tol);
}

}  // namespace pactgraph
