#pragma once

// The one rule for edge lengths (shortest-path centralities, paths) and the one for edge weights
// (modularity, Louvain, weighted degree): a named choice, a caller's values, or a copied graph's map.

#include <span>
#include <vector>

#include "pactgraph/algorithms/edge_length.hpp"
#include "pactgraph/algorithms/edge_weight.hpp"
#include "pactgraph/graph/simple_graph.hpp"

namespace pactgraph::detail {

/// Refuses lengths that are not positive and finite (a zero length would make two vertices one
/// place, and both Brandes' path counts and Yen's spur paths assume it never happens).
/// Throws usage_error naming the first bad edge.
void check_lengths(const simple_graph& g, std::span<const double> lengths);

/// The length of each edge for a measure: empty for hops, else one checked value per edge.
/// `given` (one per edge) overrides `rule`; a copied graph's own values are used when neither is set.
/// Throws usage_error on a wrong count or a bad length.
std::span<const double> resolve_lengths(const simple_graph& g, edge_length rule, std::span<const double> given,
                                        std::vector<double>& storage);

/// The weight of each edge: empty for unit weights, else one value per edge, finite and non-negative.
/// `given` overrides `rule`; a copied graph's own values are used when neither is set.
/// Throws usage_error on a wrong count or a bad weight, naming the edge.
std::span<const double> resolve_weights(const simple_graph& g, edge_weight rule, std::span<const double> given,
                                        std::vector<double>& storage);

}  // namespace pactgraph::detail
