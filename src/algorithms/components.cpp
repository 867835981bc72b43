// Connected components (weak for directed graphs) and their actors.

#include "pactgraph/algorithms/components.hpp"

#include <algorithm>
#include <limits>

namespace pactgraph {

namespace detail {

components connected_components(const simple_graph& g) {
  constexpr auto none = std::numeric_limits<std::uint32_t>::max();
  components out{};
  out.component_of.assign(g.vertex_count(), none);
  std::vector<std::uint32_t> stack;
  for (std::uint32_t s = 0; s < g.vertex_count(); ++s) {
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

std::vector<std::vector<actor_id>> component_actors(const snapshot& s, const components& c) {
  std::vector<std::vector<actor_id>> out{};
  for (const auto& m : c.members) {
    auto& actors = out.emplace_back();
    for (const std::uint32_t v : m) actors.push_back(s.actor_at(v));
  }
  return out;
}

}  // namespace pactgraph
