#pragma once

// Internal: the check the readers that make pacts (ATOP, JSON datasets, DOT import) share after each pact.

#include <cstddef>
#include <string>

#include "pactgraph/error.hpp"
#include "pactgraph/io/pact_limits.hpp"

namespace pactgraph::io::detail {

/// Throws parse_error at `where` when the pacts read so far made more than `limits.max_ties` ties.
/// Checked after each pact, so memory overshoots by one pact at most, which max_member_spells bounds.
inline void check_tie_count(std::size_t ties, const pact_limits& limits, const source_location& where,
                            const std::string& what) {
  if (ties > limits.max_ties)
    throw parse_error(where, what + ": expected at most " + std::to_string(limits.max_ties) + " ties in all, found " +
                                 std::to_string(ties) + " with it");
}

}  // namespace pactgraph::io::detail
