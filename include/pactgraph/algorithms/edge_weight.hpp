#pragma once

#include <cstdint>

namespace pactgraph {

/// How much an edge weighs, for the measures that add edges up: modularity, Louvain communities and
/// weighted degree. The opposite reading of edge_length: a heavier edge is a stronger link.
///
/// Another weight is one value per edge (`weights` in the options), or a weight property map for a
/// plain Boost.Graph graph. Every weight must be finite and non-negative (usage_error naming the edge).
enum class edge_weight : std::uint8_t {
  unit,          ///< every edge weighs 1 (unweighted; the default)
  multiplicity,  ///< the number of ties (or parallel edges) the edge collapses
};

}  // namespace pactgraph
