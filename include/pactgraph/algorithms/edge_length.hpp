#pragma once

#include <cstdint>

namespace pactgraph {

/// How long an edge is, for everything measured along shortest paths: betweenness, closeness,
/// harmonic centrality and the path functions.
///
/// An edge of a snapshot stands for all ties between a pair; its multiplicity (the number of ties, or
/// of parallel edges a copied Boost.Graph graph had) is the tie strength. Lengths are distances, as
/// networkx's `weight=` argument reads them in shortest paths: a longer edge is a weaker link. Another
/// length is one value per edge (`lengths` in the options), or a length property map for a plain
/// Boost.Graph graph. Every length must be positive and finite (usage_error naming the edge).
enum class edge_length : std::uint8_t {
  hops,                  ///< every edge has length 1 (unweighted; the default)
  multiplicity,          ///< the number of ties as length (networkx with weight = tie count)
  inverse_multiplicity,  ///< 1 / number of ties: the more ties, the closer the pair
};

}  // namespace pactgraph
