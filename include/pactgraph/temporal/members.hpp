#pragma once

#include <algorithm>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// A member on a day, with its standing and what it pledges.
struct member_on_day {
  actor_id member{};
  membership_status status = membership_status::full;  ///< organisations; `full` for pact members
  tie_kind pledges = tie_kind::none;                   ///< pacts; `membership` for organisations
};

/// The members of an organisation on `day`, from its membership records, in actor-id order.
/// O(M) for M memberships in the network.
inline std::vector<member_on_day> members_on(const alliance_network& net, actor_id organisation, day_number day) {
  std::vector<member_on_day> out;
  for (const auto& m : net.memberships()) {
    if (m.organisation != organisation) continue;
    for (const auto& s : m.spells)
      if (s.when.contains(day)) out.push_back({m.member, s.status, tie_kind::membership});
  }
  std::sort(out.begin(), out.end(), [](const member_on_day& a, const member_on_day& b) { return a.member < b.member; });
  return out;
}

/// The members of a pact on `day`, with their pledges, in the pact's member order.
inline std::vector<member_on_day> members_on(const alliance_network& net, pact_id p, day_number day) {
  std::vector<member_on_day> out;
  for (const auto& m : net[p].members)
    for (const auto& s : m.spells)
      if (s.when.contains(day)) out.push_back({m.actor, membership_status::full, s.pledges});
  return out;
}

}  // namespace pactgraph
