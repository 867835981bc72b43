#pragma once

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
std::vector<member_on_day> members_on(const alliance_network& net, actor_id organisation, day_number day);

/// The members of a pact on `day`, with their pledges, in the pact's member order.
std::vector<member_on_day> members_on(const alliance_network& net, pact_id p, day_number day);

}  // namespace pactgraph
