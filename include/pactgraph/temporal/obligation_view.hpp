#pragma once

#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph {

/// A directed snapshot: arc i → j when i pledges one of `options().kinds` to j on the day
/// (default: defence). Parallel pledges collapse into one arc with their multiplicity.
///
/// Built from the per-member pledges of pacts, so asymmetric obligations (a guarantee, an
/// embargo) give one arc, mutual ones two.
class obligation_view : public snapshot {
 public:
  obligation_view() = default;
  obligation_view(const alliance_network& net, day_number day,
                  snapshot_options options = {.kinds = tie_kind::defence})
      : snapshot(day, options, true) {
    const selection rule(net, day, options);
    std::vector<kept_tie> arcs;
    collect(net, rule, nullptr, [&](const tie& t, tie_id id, std::uint32_t a, std::uint32_t b) {
      if (any_of(t.pledges_a, options.kinds))
        arcs.push_back({.u = a, .v = b, .id = id, .kinds = t.pledges_a, .sign = t.sign()});
      if (any_of(t.pledges_b, options.kinds))
        arcs.push_back({.u = b, .v = a, .id = id, .kinds = t.pledges_b, .sign = t.sign()});
    });
    build(std::move(arcs));
  }
};

}  // namespace pactgraph
