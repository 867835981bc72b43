#pragma once

#include <cstddef>
#include <string>

#include "pactgraph/error.hpp"

namespace pactgraph::io {

/// Bounds on the pacts a file may describe. A pact whose members hold R spells in all makes up to
/// R(R-1)/2 ties, so a small hand-made file could otherwise ask for more ties than memory holds.
/// Exceeding either is a parse_error, in lenient mode too, and leaves the caller's network unchanged.
struct pact_limits {
  /// Member spells in one pact: JSON `spells` over all its members, ATOP member rows of one atopid.
  /// Real data needs far fewer: ATOP 5.1's largest alliance (atopid 4953) has 105 member rows, and
  /// the most members in one (atopid 3740) is 59. 1000 spells make at most 499 500 ties.
  std::size_t max_member_spells = 1000;
  /// Ties the pacts of one read or import make in all. ATOP 5.1 with the COW state system and IGO
  /// memberships makes 11 523.
  std::size_t max_ties = 1'000'000;
};

/// Throws parse_error at `where` when the pacts read so far made more than `limits.max_ties` ties;
/// `what` names the pact. Every reader that makes pacts (ATOP, JSON datasets, DOT import) calls it
/// after each pact, so memory overshoots by one pact at most, which max_member_spells bounds.
inline void check_tie_count(std::size_t ties, const pact_limits& limits, const source_location& where,
                            const std::string& what) {
  if (ties > limits.max_ties)
    throw parse_error(where, what + ": expected at most " + std::to_string(limits.max_ties) + " ties in all, found " +
                                 std::to_string(ties) + " with it");
}

}  // namespace pactgraph::io
