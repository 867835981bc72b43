#pragma once

// The linear step the spectral centralities share, and their stopping rule.

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <span>
#include <string>

#include "pactgraph/graph/simple_graph.hpp"
#include "pactgraph/error.hpp"

namespace pactgraph::detail {

/// next[v] = Σ over arcs u → v of weight[u] · x[u]: one multiplication by the transposed adjacency,
/// pulled along in-arcs so each vertex is written once. O(V + E).
inline void pull_step(const simple_graph& g, std::span<const double> x, std::span<const double> weight,
                      std::span<double> next) {
  const auto rows = g.in_offsets();
  const auto cols = g.in_sources();
  for (std::size_t v = 0; v < g.vertex_count(); ++v) {
    double sum = 0.0;
    if (weight.empty()) {
      for (std::size_t k = rows[v]; k < rows[v + 1]; ++k) sum += x[cols[k]];
    } else {
      for (std::size_t k = rows[v]; k < rows[v + 1]; ++k) sum += weight[cols[k]] * x[cols[k]];
    }
    next[v] = sum;
  }
}

/// Shortest text that reads back as the same double (1e-06, 0.5, nan), for messages.
inline std::string number_text(double x) {
  std::array<char, 32> buffer{};
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x).ptr;
  return std::string(buffer.data(), end);
}

/// Σ |a − b|, the change networkx measures between iterations.
inline double l1_change(std::span<const double> a, std::span<const double> b) {
  double s = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) s += std::abs(a[i] - b[i]);
  return s;
}

/// Refuses a limit no iteration could meet: a tolerance that is not a positive number (the
/// stopping test compares against n · tol, so 0 or NaN never stops) or no iteration at all.
inline void check_iteration_limits(const char* measure, std::size_t max_iterations, double tol) {
  if (!(tol > 0.0) || std::isinf(tol))
    throw usage_error(std::string(measure) + ": tolerance must be a positive finite number, not " + number_text(tol));
  if (max_iterations == 0) throw usage_error(std::string(measure) + ": max_iterations must be at least 1");
}

/// The error thrown when an iteration does not settle, as networkx raises PowerIterationFailedConvergence.
inline convergence_error no_convergence(const char* measure, std::size_t iterations, double tol) {
  return convergence_error(std::string(measure) + " did not converge in " + std::to_string(iterations) +
                           " iterations at tolerance " + number_text(tol));
}

}  // namespace pactgraph::detail
