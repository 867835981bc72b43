#pragma once

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
std::vector<partner_tie> partners_on(const alliance_network& net, actor_id who, day_number day,
                                     tie_kind kinds = tie_kind::all);

}  // namespace pactgraph
