#pragma once

#include <cstdint>
#include <span>

#include "pactgraph/algorithms/normalization.hpp"

namespace pactgraph {

/// How long an edge is for the distance-based measures (betweenness, closeness, harmonic).
///
/// A snapshot edge stands for all ties between a pair; its multiplicity is the tie strength.
/// Lengths are distances, as networkx's `weight=` argument reads them: a longer edge is a weaker
/// link. A caller who wants another length passes one value per edge (`lengths` in the options,
/// or a length property map for a plain Boost.Graph graph); lengths must be positive.
enum class edge_length : std::uint8_t {
  hops,                  ///< every edge has length 1 (unweighted; the default)
  multiplicity,          ///< the number of ties as length (networkx with weight = tie count)
  inverse_multiplicity,  ///< 1 / number of ties: the more ties, the closer the pair
};

/// Options shared by the measures built on shortest paths (betweenness, closeness, harmonic).
struct shortest_path_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  edge_length length = edge_length::hops;
  std::span<const double> lengths = {};  ///< one positive length per edge (snapshot::edges() order); overrides `length`
  unsigned threads = 1;                  ///< 0: every hardware thread; any count gives the same bits
};

}  // namespace pactgraph
