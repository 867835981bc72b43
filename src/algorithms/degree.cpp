// Degree centrality.

#include "pactgraph/algorithms/degree.hpp"

#include "edge_values.hpp"

namespace pactgraph::detail {

namespace {

/// The degree of v along one row kind: its arc count, or the sum of its arcs' edge weights.
double row_degree(std::span<const std::uint32_t> offsets, std::span<const std::uint32_t> edges,
                  std::span<const double> weights, std::uint32_t v) {
  if (weights.empty()) return static_cast<double>(offsets[v + 1] - offsets[v]);
  double sum = 0.0;
  for (std::uint32_t k = offsets[v]; k < offsets[v + 1]; ++k) sum += weights[edges[k]];
  return sum;
}

}  // namespace

std::vector<double> degree_of(const simple_graph& g, const degree_options& options) {
  std::vector<double> storage;
  const auto weights = resolve_weights(g, options.weight, options.weights, storage);
  const std::size_t n = g.vertex_count();
  std::vector<double> out(n, 0.0);
  const bool networkx = options.normalization == normalization::networkx;
  const double scale = networkx && n > 1 ? 1.0 / (static_cast<double>(n) - 1.0) : 1.0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const double out_degree = row_degree(g.out_offsets(), g.out_edges(), weights, i);
    double d = out_degree;
    if (g.directed() && options.direction != degree_direction::out) {
      const double in_degree = row_degree(g.in_offsets(), g.in_edges(), weights, i);
      d = options.direction == degree_direction::in ? in_degree : out_degree + in_degree;
    }
    out[i] = networkx && n == 1 ? 1.0 : d * scale;
  }
  return out;
}

}  // namespace pactgraph::detail
