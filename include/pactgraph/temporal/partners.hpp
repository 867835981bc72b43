#pragma once

#include <algorithm>
#include <tuple>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// One active tie seen from one of its ends.
struct partner_tie {
  actor_id partner{};
  tie_id tie{};
  tie_kind pledged = tie_kind::none;   ///< what the actor pledges to the partner
  tie_kind received = tie_kind::none;  ///< what the partner pledges to the actor
  int sign = 1;

  [[nodiscard]] tie_kind kinds() const { return pledged | received; }
};

/// Every tie of `who` active on `day` with one of `kinds`, by partner then tie, whatever the
/// actor kinds and system membership (use a snapshot for the standard filters).
inline std::vector<partner_tie> partners_on(const alliance_network& net, actor_id who, day_number day,
                                            tie_kind kinds = tie_kind::all) {
  std::vector<partner_tie> out;
  for (const tie_id id : net.ties_of(who)) {
    const tie& t = net[id];
    if (!t.when.contains(day) || !any_of(t.kinds(), kinds)) continue;
    const actor_id other = t.other(who);
    out.push_back({other, id, t.pledged_by(who), t.pledged_by(other), t.sign()});
  }
  std::sort(out.begin(), out.end(), [](const partner_tie& a, const partner_tie& b) {
    return std::tie(a.partner, a.tie) < std::tie(b.partner, b.tie);
  });
  return out;
}

}  // namespace pactgraph
