#include "edge_values.hpp"

#include <cmath>
#include <string>

#include "pactgraph/error.hpp"
#include "power_iteration.hpp"

namespace pactgraph::detail {

namespace {

std::string edge_text(const simple_graph& g, std::size_t e) {
  const auto& edge = g.edges()[e];
  return "edge " + std::to_string(edge.u) + (g.directed() ? " -> " : " -- ") + std::to_string(edge.v);
}

/// The caller's values, a rule's, or the copied graph's; `of_rule` gives a rule's value for an edge.
template <class OfRule>
std::span<const double> resolve(const simple_graph& g, const char* what, bool by_rule, std::span<const double> given,
                                std::vector<double>& storage, OfRule of_rule) {
  const std::size_t m = g.edge_count();
  if (!given.empty()) {
    if (given.size() != m)
      throw usage_error(std::string(what) + " has " + std::to_string(given.size()) + " values for " +
                        std::to_string(m) + " edges");
    return given;
  }
  if (!by_rule) return g.values();
  storage.resize(m);
  for (std::size_t e = 0; e < m; ++e) storage[e] = of_rule(static_cast<double>(g.edges()[e].multiplicity));
  return storage;
}

}  // namespace

void check_lengths(const simple_graph& g, std::span<const double> lengths) {
  for (std::size_t e = 0; e < lengths.size(); ++e)
    if (!(lengths[e] > 0.0) || !std::isfinite(lengths[e]))
      throw usage_error("edge lengths must be positive and finite, not " + number_text(lengths[e]) + " (" +
                        edge_text(g, e) + ")");
}

std::span<const double> resolve_lengths(const simple_graph& g, edge_length rule, std::span<const double> given,
                                        std::vector<double>& storage) {
  const auto out = resolve(g, "lengths", rule != edge_length::hops, given, storage,
                           [rule](double k) { return rule == edge_length::multiplicity ? k : 1.0 / k; });
  check_lengths(g, out);
  return out;
}

std::span<const double> resolve_weights(const simple_graph& g, edge_weight rule, std::span<const double> given,
                                        std::vector<double>& storage) {
  const auto out = resolve(g, "weights", rule != edge_weight::unit, given, storage, [](double k) { return k; });
  for (std::size_t e = 0; e < out.size(); ++e)
    if (!(out[e] >= 0.0) || !std::isfinite(out[e]))
      throw usage_error("edge weights must be finite and non-negative, not " + number_text(out[e]) + " (" +
                        edge_text(g, e) + ")");
  return out;
}

}  // namespace pactgraph::detail
