#pragma once

#include <span>

#include "pactgraph/algorithms/edge_length.hpp"
#include "pactgraph/algorithms/normalization.hpp"

namespace pactgraph {

/// Options shared by the measures built on shortest paths (betweenness, closeness, harmonic).
struct shortest_path_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  edge_length length = edge_length::hops;
  std::span<const double> lengths = {};  ///< one positive length per edge (snapshot::edges() order); overrides `length`
  unsigned threads = 0;                  ///< 0: every hardware thread; any count gives the same bits
};

}  // namespace pactgraph
