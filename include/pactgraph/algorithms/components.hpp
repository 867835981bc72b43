#pragma once

#include <cstdint>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// A partition of the vertices into connected components.
struct components {
  std::vector<std::uint32_t> component_of;           ///< per vertex: its component's index
  std::vector<std::vector<std::uint32_t>> members;  ///< each ascending; components ordered by their smallest vertex

  [[nodiscard]] std::size_t count() const { return members.size(); }
  /// The index of the largest component (the first of equal size), or 0 on the empty graph.
  [[nodiscard]] std::size_t largest() const {
    std::size_t best = 0;
    for (std::size_t c = 1; c < members.size(); ++c)
      if (members[c].size() > members[best].size()) best = c;
    return best;
  }
};

namespace detail {

components connected_components(const simple_graph& g);

}  // namespace detail

/// The connected components (weak components of a directed graph or obligation view); parallel
/// ties and self-loops change nothing. Depth-first search, O(n + m); the partition equals networkx's
/// `connected_components` (`weakly_connected_components` for directed graphs).
template <algorithm_graph Graph>
components connected_components(const Graph& g) {
  return detail::connected_components(detail::simple_graph_of(g));
}

/// The actors of each component of a snapshot, in the order of `c.members`.
std::vector<std::vector<actor_id>> component_actors(const snapshot& s, const components& c);

}  // namespace pactgraph
