#include "pactgraph/temporal/partners.hpp"

#include <algorithm>
#include <tuple>

namespace pactgraph {

std::vector<partner_tie> partners_on(const alliance_network& net, actor_id who, day_number day,
                                     tie_kind kinds) {
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
