#pragma once

#include <cstdint>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph {

/// The ties and pacts behind one step of a path or one arc of a cascade.
struct carriers {
  std::vector<tie_id> ties;    ///< the network's ties collapsed into the snapshot edge, in tie-id order
  std::vector<pact_id> pacts;  ///< the distinct pacts of those ties, sorted; membership ties add none

  friend bool operator==(const carriers&, const carriers&) = default;
};

/// The carriers of snapshot edge `edge`; `net` must be the network the snapshot was built from.
carriers carriers_of(const alliance_network& net, const snapshot& s, std::uint32_t edge);

}  // namespace pactgraph
