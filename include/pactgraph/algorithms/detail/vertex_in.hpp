#pragma once

#include <cstdint>
#include <string>

#include "pactgraph/error.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::detail {

/// The vertex of an actor in a snapshot; throws usage_error naming the actor when the snapshot lacks it.
inline std::uint32_t vertex_in(const alliance_network& net, const snapshot& s, actor_id a) {
  if (const auto v = s.vertex_of(a)) return *v;
  const std::string name = a.valid() && a.value() < net.actor_count() ? net[a].abbreviation : "#" + std::to_string(a.value());
  throw usage_error("actor '" + name + "' is not in the snapshot");
}

}  // namespace pactgraph::detail
