#pragma once

// The one rule for edge lengths, shared by the shortest-path centralities and the path functions.

#include <span>
#include <vector>

#include "pactgraph/algorithms/shortest_path_options.hpp"
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

}  // namespace pactgraph::detail
