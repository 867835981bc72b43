#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// Whether something began or ended.
enum class change_kind : std::uint8_t { began, ended };

/// A tie that began or ended between two dates.
struct tie_change {
  change_kind change = change_kind::began;
  day_number day = 0;  ///< first day active (began) or first day no longer active (ended)
  tie_id tie{};
};

/// A spell of a pact member or organisation member that began or ended between two dates.
struct member_change {
  change_kind change = change_kind::began;
  day_number day = 0;
  actor_id member{};
  std::optional<pact_id> pact{};              ///< set for a pact member
  std::optional<membership_id> membership{};  ///< set for an organisation membership
  tie_kind pledges = tie_kind::none;        ///< what the member pledges (pacts) or `membership`
};

/// What filters a diff.
struct diff_options {
  tie_kind kinds = tie_kind::all;
  std::optional<actor_id> actor{};  ///< only changes that involve this actor
};

/// What changed in a network during `(from, to]`: ties and member spells that began after `from`
/// and by `to`, or ended after `from` and by `to`.
struct network_diff {
  day_number from = 0;
  day_number to = 0;
  std::vector<tie_change> ties{};        ///< by day, then began before ended, then tie id
  std::vector<member_change> members{};  ///< by day, then began before ended, then member

  /// The diff of `net` between `from` and `to` (`from <= to`). O(T + S) for T ties and S member spells.
  static network_diff between(const alliance_network& net, day_number from, day_number to, diff_options options = {});
};

}  // namespace pactgraph
