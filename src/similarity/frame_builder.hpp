#pragma once

// What similarity_on and similarity_by_year share: the system N and one frame from obligations.

#include <span>
#include <vector>

#include "pactgraph/similarity/similarity_frame.hpp"

namespace pactgraph::detail {

/// States with a COW code in the system on some day of [first, last], ordered by code.
[[nodiscard]] std::vector<actor_id> system_states(const alliance_network& net, day_number first, day_number last);

/// The frame of N = `states` with the given directed obligations: portfolios, weights, every pair.
[[nodiscard]] similarity_frame frame_of(const alliance_network& net, int year, day_number day, bool covered,
                                        std::vector<actor_id> states,
                                        std::span<const directed_obligation> obligations,
                                        const similarity_options& options);

}  // namespace pactgraph::detail
