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
                  snapshot_options options = {.kinds = tie_kind::defence}) {
    build_obligations(net, day, options);
  }
};

}  // namespace pactgraph
