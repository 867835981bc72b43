#pragma once

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/graph/to_simple_graph.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::detail {

/// The simple graph an algorithm reads: a snapshot's own (borrowed), a simple graph itself, or a copy
/// of any other Boost.Graph graph. Bind the result to `const auto&`: a copy then lives as long.
template <algorithm_graph G>
decltype(auto) simple_graph_of(const G& g) {
  if constexpr (std::is_same_v<G, simple_graph>)
    return (g);
  else if constexpr (snapshot_graph_like<G>)
    return (g.graph());
  else
    return to_simple_graph(g);
}

}  // namespace pactgraph::detail
