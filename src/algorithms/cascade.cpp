// The obligation cascade: who is drawn in, hop by hop, when a target is attacked.

#include "pactgraph/algorithms/cascade.hpp"

#include <algorithm>

#include "pactgraph/algorithms/detail/vertex_in.hpp"

namespace pactgraph {

namespace {

cascade cascade_on(const alliance_network& net, const obligation_view& view, actor_id target, tie_kind obligations,
                   std::uint32_t max_hops) {
  const simple_graph& g = view.graph();
  const std::uint32_t x = detail::vertex_in(net, view, target);
  constexpr auto never = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> hop(g.vertex_count(), never);
  hop[x] = 0;
  std::vector<std::uint32_t> frontier{x};
  cascade out{.target = target, .day = view.day()};
  for (std::uint32_t h = 1; h <= max_hops && !frontier.empty(); ++h) {
    std::vector<std::uint32_t> next;
    for (const std::uint32_t j : frontier)
      for (const std::uint32_t i : g.in(j))
        if (hop[i] == never) {
          hop[i] = h;
          next.push_back(i);
        }
    std::sort(next.begin(), next.end());  // vertex order is actor-id order
    for (const std::uint32_t i : next) {
      drawn_in d{.actor = view.actor_at(i), .hop = h};
      // Every pledge towards an actor of the previous hop is a reason to join.
      for (const std::uint32_t j : g.out(i)) {
        if (hop[j] != h - 1) continue;
        const std::uint32_t edge = *g.edge_between(i, j);
        d.through.push_back({.to = view.actor_at(j),
                             .pledged = view.edges()[edge].kinds & obligations,
                             .by = carriers_of(net, view, edge)});
      }
      out.drawn.push_back(std::move(d));
    }
    frontier = std::move(next);
  }
  return out;
}

}  // namespace

cascade obligation_cascade(const alliance_network& net, actor_id target, day_number day,
                           const cascade_options& options) {
  const obligation_view view(net, day, {.kinds = options.obligations, .actors = options.actors});
  return cascade_on(net, view, target, options.obligations, options.max_hops);
}

}  // namespace pactgraph
