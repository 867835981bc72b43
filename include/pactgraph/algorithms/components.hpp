#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/adjacency.hpp"

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

inline components connected_components(const adjacency& g) {
  constexpr auto none = std::numeric_limits<std::uint32_t>::max();
  components out{};
  out.component_of.assign(g.size(), none);
  std::vector<std::uint32_t> stack;
  for (std::uint32_t s = 0; s < g.size(); ++s) {
    if (out.component_of[s] != none) continue;
    const auto c = static_cast<std::uint32_t>(out.members.size());
    auto& members = out.members.emplace_back();
    out.component_of[s] = c;
    stack.push_back(s);
    while (!stack.empty()) {
      const std::uint32_t v = stack.back();
      stack.pop_back();
      members.push_back(v);
      // Arcs in both directions, so a directed graph splits into its weak components.
      for (const auto row : {g.out(v), g.in(v)})
        for (const std::uint32_t w : row)
          if (out.component_of[w] == none) {
            out.component_of[w] = c;
            stack.push_back(w);
          }
    }
    std::sort(members.begin(), members.end());
  }
  return out;
}

}  // namespace detail

/// The connected components (weak components of a directed graph or obligation view); parallel
/// ties and self-loops change nothing. Depth-first search, O(n + m); the partition equals networkx's
/// `connected_components` (`weakly_connected_components` for directed graphs).
template <algorithm_graph Graph>
components connected_components(const Graph& g) {
  return detail::connected_components(detail::adjacency_of(g));
}

/// The actors of each component of a snapshot, in the order of `c.members`.
inline std::vector<std::vector<actor_id>> component_actors(const snapshot& s, const components& c) {
  std::vector<std::vector<actor_id>> out{};
  for (const auto& m : c.members) {
    auto& actors = out.emplace_back();
    for (const std::uint32_t v : m) actors.push_back(s.actor_at(v));
  }
  return out;
}

}  // namespace pactgraph
