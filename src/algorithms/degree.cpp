// Degree centrality.

#include "pactgraph/algorithms/degree.hpp"

namespace pactgraph::detail {

std::vector<double> degree_of(const simple_graph& g, const degree_options& options) {
  const std::size_t n = g.vertex_count();
  std::vector<double> out(n, 0.0);
  const bool networkx = options.normalization == normalization::networkx;
  const double scale = networkx && n > 1 ? 1.0 / (static_cast<double>(n) - 1.0) : 1.0;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::size_t d = g.out(i).size();
    if (g.directed() && options.direction != degree_direction::out)
      d = options.direction == degree_direction::in ? g.in(i).size() : d + g.in(i).size();
    out[i] = networkx && n == 1 ? 1.0 : static_cast<double>(d) * scale;
  }
  return out;
}

}  // namespace pactgraph::detail
