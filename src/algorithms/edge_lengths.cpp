#include "edge_lengths.hpp"

#include <cmath>
#include <string>

#include "pactgraph/error.hpp"
#include "power_iteration.hpp"

namespace pactgraph::detail {

void check_lengths(const simple_graph& g, std::span<const double> lengths) {
  for (std::size_t e = 0; e < lengths.size(); ++e)
    if (!(lengths[e] > 0.0) || !std::isfinite(lengths[e])) {
      const auto& edge = g.edges()[e];
      throw usage_error("edge lengths must be positive and finite, not " + number_text(lengths[e]) + " (edge " +
                        std::to_string(edge.u) + (g.directed() ? " -> " : " -- ") + std::to_string(edge.v) + ")");
    }
}

std::span<const double> resolve_lengths(const simple_graph& g, edge_length rule, std::span<const double> given,
                                        std::vector<double>& storage) {
  const std::size_t m = g.edge_count();
  std::span<const double> out;
  if (!given.empty()) {
    if (given.size() != m)
      throw usage_error("lengths has " + std::to_string(given.size()) + " values for " + std::to_string(m) + " edges");
    out = given;
  } else if (rule != edge_length::hops) {
    storage.resize(m);
    for (std::size_t e = 0; e < m; ++e) {
      const double k = g.edges()[e].multiplicity;
      storage[e] = rule == edge_length::multiplicity ? k : 1.0 / k;
    }
    out = storage;
  } else {
    out = g.values();
  }
  check_lengths(g, out);
  return out;
}

}  // namespace pactgraph::detail
