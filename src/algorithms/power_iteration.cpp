// Eigenvector, Katz and PageRank centrality: power iterations on the transposed adjacency.

#include <algorithm>
#include <cmath>
#include <string>

#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/error.hpp"
#include "power_iteration.hpp"

namespace pactgraph::detail {

std::vector<double> eigenvector_of(const simple_graph& g, const eigenvector_options& options) {
  check_iteration_limits("eigenvector centrality", options.iteration.max_iterations, options.iteration.tolerance);
  const std::size_t n = g.vertex_count();
  if (n == 0) return {};
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), last(n);
  for (std::size_t it = 0; it < options.iteration.max_iterations; ++it) {
    std::swap(x, last);
    pull_step(g, last, {}, x);
    double norm = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      x[v] += last[v];
      norm += x[v] * x[v];
    }
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    for (double& value : x) value /= norm;
    if (l1_change(x, last) < static_cast<double>(n) * options.iteration.tolerance) {
      if (options.normalization == normalization::igraph) {
        const double top = *std::max_element(x.begin(), x.end());
        if (top > 0.0)
          for (double& value : x) value /= top;
      }
      return x;
    }
  }
  throw no_convergence("eigenvector centrality", options.iteration.max_iterations, options.iteration.tolerance);
}

std::vector<double> katz_of(const simple_graph& g, const katz_options& options) {
  check_iteration_limits("katz centrality", options.iteration.max_iterations, options.iteration.tolerance);
  const std::size_t n = g.vertex_count();
  if (n == 0) return {};
  std::vector<double> x(n, 0.0), last(n);
  for (std::size_t it = 0; it < options.iteration.max_iterations; ++it) {
    std::swap(x, last);
    pull_step(g, last, {}, x);
    for (double& value : x) value = options.alpha * value + options.beta;
    if (l1_change(x, last) < static_cast<double>(n) * options.iteration.tolerance) {
      if (options.normalization == normalization::networkx) {
        double norm = 0.0;
        for (const double value : x) norm += value * value;
        if (norm > 0.0)
          for (double& value : x) value /= std::sqrt(norm);
      }
      return x;
    }
  }
  throw no_convergence("katz centrality", options.iteration.max_iterations, options.iteration.tolerance);
}

std::vector<double> pagerank_of(const simple_graph& g, const pagerank_options& options) {
  check_iteration_limits("pagerank", options.iteration.max_iterations, options.iteration.tolerance);
  const std::size_t n = g.vertex_count();
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
    if (const auto d = g.out(static_cast<std::uint32_t>(v)).size(); d > 0) share[v] = 1.0 / static_cast<double>(d);
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), last(n);
  const double d = options.damping;
  for (std::size_t it = 0; it < options.iteration.max_iterations; ++it) {
    std::swap(x, last);
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v)
      if (share[v] == 0.0) dangling += last[v];
    pull_step(g, last, share, x);
    for (std::size_t v = 0; v < n; ++v) x[v] = d * (x[v] + dangling * p[v]) + (1.0 - d) * p[v];
    if (l1_change(x, last) < static_cast<double>(n) * options.iteration.tolerance) return x;
  }
  throw no_convergence("pagerank", options.iteration.max_iterations, options.iteration.tolerance);
}

}  // namespace pactgraph::detail
