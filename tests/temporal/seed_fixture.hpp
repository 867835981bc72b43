#pragma once

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::testing {

/// The seed network, read once per test binary.
inline const alliance_network& seed() {
  static const alliance_network net = io::seed_scenario();
  return net;
}

inline actor_id seed_actor(const char* key) { return seed().actor_named(key); }

}  // namespace pactgraph::testing
