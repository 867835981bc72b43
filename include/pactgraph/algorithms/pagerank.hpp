#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/detail/csr_adjacency.hpp"
#include "pactgraph/detail/power_iteration.hpp"
#include "pactgraph/error.hpp"

namespace pactgraph {

/// Options of pagerank.
struct pagerank_options {
  double damping = 0.85;
  std::span<const double> personalization = {};  ///< one non-negative weight per vertex; empty: uniform
  std::size_t max_iter = 100;  ///< at least 1; networkx's default
  double tol = 1.0e-6;  ///< positive; stop when Σ|x − x_prev| < n · tol, as networkx
};

/// PageRank (Brin and Page, DOI 10.1016/S0169-7552(98)00110-X), iterated as networkx.pagerank:
/// x ← d (x P + (Σ dangling x) p) + (1 − d) p from the uniform vector, P the row-stochastic
/// adjacency (an undirected edge is an arc each way), p the personalization (uniform by default);
/// a dangling vertex's mass follows p. The result sums to 1. All three normalizations agree, so
/// there is no option for it. O(max_iter · (V + E)). Throws usage_error on a bad personalization,
/// a tolerance that is not a positive finite number or max_iter 0; convergence_error when it does
/// not converge.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> pagerank(const G& g, const pagerank_options& options = {}) {
  detail::check_iteration_limits("pagerank", options.max_iter, options.tol);
  const detail::csr_adjacency adj(g);
  const auto& view = adj.view();
  const std::size_t n = view.n;
  if (n == 0) return {};
  std::vector<double> p(n, 1.0 / static_cast<double>(n));
  if (!options.personalization.empty()) {
    if (options.personalization.size() != n)
      throw usage_error("personalization has " + std::to_string(options.personalization.size()) + " values for " +
                        std::to_string(n) + " vertices");
    double total = 0.0;
    for (const double w : options.personalization) {
      if (!(w >= 0.0)) throw usage_error("personalization weights must be non-negative");
      total += w;
    }
    if (!(total > 0.0)) throw usage_error("personalization weights sum to 0");
    for (std::size_t v = 0; v < n; ++v) p[v] = options.personalization[v] / total;
  }
  std::vector<double> share(n, 0.0);  // 1 / out-degree, 0 for a dangling vertex
  for (std::size_t v = 0; v < n; ++v)
    if (const auto d = view.out_degree(v); d > 0) share[v] = 1.0 / static_cast<double>(d);
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), last(n);
  const double d = options.damping;
  for (std::size_t it = 0; it < options.max_iter; ++it) {
    std::swap(x, last);
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v)
      if (share[v] == 0.0) dangling += last[v];
    detail::pull_step(view, last, share, x);
    for (std::size_t v = 0; v < n; ++v) x[v] = d * (x[v] + dangling * p[v]) + (1.0 - d) * p[v];
    if (detail::l1_change(x, last) < static_cast<double>(n) * options.tol) return x;
  }
  throw detail::no_convergence("pagerank", options.max_iter, options.tol);
}

}  // namespace pactgraph
