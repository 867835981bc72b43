#include "pactgraph/temporal/members.hpp"

#include <algorithm>

namespace pactgraph {

std::vector<member_on_day> members_on(const alliance_network& net, actor_id organisation, day_number day) {
  std::vector<member_on_day> out;
  for (const auto& m : net.memberships()) {
    if (m.organisation != organisation) continue;
    for (const auto& s : m.spells)
      if (s.when.contains(day)) out.push_back({m.member, s.status, tie_kind::membership});
  }
  std::sort(out.begin(), out.end(), [](const member_on_day& a, const member_on_day& b) { return a.member < b.member; });
  return out;
}

std::vector<member_on_day> members_on(const alliance_network& net, pact_id p, day_number day) {
  std::vector<member_on_day> out;
  for (const auto& m : net[p].members)
    for (const auto& s : m.spells)
      if (s.when.contains(day)) out.push_back({m.actor, membership_status::full, s.pledges});
  return out;
}

}  // namespace pactgraph
