#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "pactgraph/algorithms/carriers.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/temporal/obligation_view.hpp"

namespace pactgraph {

/// Which obligations draw a state in, and how far the closure runs.
struct cascade_options {
  tie_kind obligations = tie_kind::defence;  ///< e.g. defence | offence | consultation
  actor_kind actors = actor_kind::state;     ///< who can be drawn in
  std::uint32_t max_hops = std::numeric_limits<std::uint32_t>::max();  ///< 1: the direct defenders only
};

/// One obligation a state is drawn in through: it pledges `pledged` to `to`, an actor already in.
struct obligation_arc {
  actor_id to{};
  tie_kind pledged = tie_kind::none;  ///< the selected obligations it pledges to `to`
  carriers by{};                        ///< the ties and pacts that carry the pledge
};

/// A state drawn into the war, with the hop at which it joins (1 = obliged to defend the target).
struct drawn_in {
  actor_id actor{};
  std::uint32_t hop = 0;
  std::vector<obligation_arc> through{};  ///< its pledges to actors drawn in one hop earlier, by actor id
};

/// Who is obliged to fight if `target` is attacked on `day`, in hop order then actor-id order.
struct cascade {
  actor_id target{};
  day_number day = 0;
  std::vector<drawn_in> drawn{};

  /// The actors obliged to defend the target directly (hop 1).
  [[nodiscard]] std::vector<actor_id> direct() const {
    std::vector<actor_id> out{};
    for (const auto& d : drawn)
      if (d.hop == 1) out.push_back(d.actor);
    return out;
  }
  /// The hop at which `a` is drawn in, if it is.
  [[nodiscard]] std::optional<std::uint32_t> hop_of(actor_id a) const {
    for (const auto& d : drawn)
      if (d.actor == a) return d.hop;
    return std::nullopt;
  }
};

/// The hop at which each vertex is drawn in when vertex `target` is attacked, following arcs
/// i → j ("i is obliged to j") backwards: breadth-first search on the reversed graph, O(n + m).
/// The target has hop 0; vertices never drawn in have `std::numeric_limits<std::uint32_t>::max()`.
template <bgl_graph Graph>
std::vector<std::uint32_t> cascade_hops(const Graph& g, std::uint32_t target) {
  static_assert(boost::is_directed_graph<Graph>::value, "an obligation cascade needs a directed graph");
  const auto& adj = detail::simple_graph_of(g);
  if (target >= adj.vertex_count()) throw usage_error("vertex " + std::to_string(target) + " is not in the graph");
  std::vector<std::uint32_t> hop(adj.vertex_count(), std::numeric_limits<std::uint32_t>::max());
  hop[target] = 0;
  std::vector<std::uint32_t> queue{target};
  for (std::size_t head = 0; head < queue.size(); ++head)
    for (const std::uint32_t i : adj.in(queue[head]))
      if (hop[i] == std::numeric_limits<std::uint32_t>::max()) {
        hop[i] = hop[queue[head]] + 1;
        queue.push_back(i);
      }
  return hop;
}

/// The obligation cascade (chain-ganging) for `target` attacked on `day`, on the obligation view of
/// `options.obligations` among `options.actors`: the actors with an arc to the target are drawn in at
/// hop 1; in the worst case each of them is treated as attacked too, so whoever is obliged to one of
/// them joins at the next hop, and so on up to `options.max_hops`. Breadth-first search over the
/// reversed arcs, O(n + m). Throws usage_error when the view lacks the target.
cascade obligation_cascade(const alliance_network& net, actor_id target, day_number day,
                           const cascade_options& options = {});

}  // namespace pactgraph
