#pragma once

#include <cstdint>

#include "pactgraph/model/ids.hpp"
#include "pactgraph/model/membership.hpp"
#include "pactgraph/model/spell.hpp"
#include "pactgraph/model/tie_kind.hpp"

namespace pactgraph {

/// One dated dyadic tie: an edge of the multigraph, derived from a pact or a membership.
///
/// `pledges_a` is what `a` pledges to `b` and `pledges_b` what `b` pledges to `a`; for a
/// membership tie `a` is the state, `b` the organisation and both sides read `membership`.
struct tie {
  actor_id a{};
  actor_id b{};
  spell when{};
  tie_kind pledges_a = tie_kind::none;
  tie_kind pledges_b = tie_kind::none;
  std::uint32_t origin = 0;  ///< pact_id or membership_id value, by `from_membership`
  bool from_membership = false;
  membership_status status = membership_status::full;  ///< membership ties only

  [[nodiscard]] constexpr tie_kind kinds() const { return pledges_a | pledges_b; }
  [[nodiscard]] constexpr int sign() const { return sign_of(kinds()); }
  [[nodiscard]] constexpr pact_id pact() const { return from_membership ? pact_id{} : pact_id{origin}; }
  [[nodiscard]] constexpr membership_id membership() const {
    return from_membership ? membership_id{origin} : membership_id{};
  }
  /// What `from` pledges to the other end; `from` must be `a` or `b`.
  [[nodiscard]] constexpr tie_kind pledged_by(actor_id from) const { return from == a ? pledges_a : pledges_b; }
  [[nodiscard]] constexpr actor_id other(actor_id end) const { return end == a ? b : a; }
};

}  // namespace pactgraph
