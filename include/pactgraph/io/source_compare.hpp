#pragma once

#include <optional>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::io {

/// A year in which one source has an actor in an organisation and another has it outside the pact
/// that founds it, or the reverse (COW IGO's CSTO against ATOP's Collective Security Treaty).
struct membership_disagreement {
  actor_id actor{};
  int year = 0;
  bool in_organisation = false;  ///< a membership spell (any status) of the organisation touches the year
  bool in_pact = false;          ///< a member spell of the pact touches the year

  friend bool operator==(const membership_disagreement&, const membership_disagreement&) = default;
};

/// Which memberships and years compare_memberships looks at.
struct compare_options {
  /// Only membership spells from this source; every source when empty.
  std::optional<source_id> organisation_source{};
  int first_year = 1;
  int last_year = 9999;
};

/// Where an organisation's memberships and a pact's members disagree, per actor and year, in
/// actor-id then year order.
///
/// Sources answer in different units (IGO: whole years; ATOP: days), so both are reduced to "a
/// member at some time in the year". A year is compared only when the organisation exists in it
/// (its spells; every year when it has none) and it lies wholly within the coverage of the pact's
/// source and of every source the compared membership spells come from: outside them a missing
/// member means "not in the data", not "not a member". O(Y * (M + P)) for Y years, M membership
/// spells and P member spells.
std::vector<membership_disagreement> compare_memberships(const alliance_network& net, actor_id organisation,
                                                         pact_id pact, const compare_options& options = {});

}  // namespace pactgraph::io
