#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/model/actor.hpp"
#include "pactgraph/model/ids.hpp"
#include "pactgraph/model/tie_kind.hpp"

namespace pactgraph {

/// One spell of a member in a pact, with what the member pledges during it.
///
/// Pledges are per member and so may be asymmetric: a guarantor pledges defence, the
/// guaranteed state nothing; an embargo's sender pledges `sanction`, its target nothing.
struct member_spell {
  spell when{};
  tie_kind pledges = tie_kind::none;
  std::uint16_t phase = 0;  ///< ATOP phase; 0 when the source has none
  /// ATOP OBVARY: the member's pledges differ from partner to partner and the source does not say
  /// to whom, so `pledges` is what it pledges to at least one partner (an upper bound for each).
  bool pledges_vary = false;

  friend bool operator==(const member_spell&, const member_spell&) = default;
};

/// A member of a pact; several spells record exit and re-entry.
struct pact_member {
  actor_id actor{};
  std::vector<member_spell> spells{};

  friend bool operator==(const pact_member&, const pact_member&) = default;
};

/// A treaty, agreement or hostile measure between actors, as a dated object.
struct pact {
  std::string key{};  ///< unique within a network, e.g. `atop-4220`
  std::string name{};
  std::optional<date> signed_on{};
  std::optional<int> atop_id{};  ///< ATOP `atopid`
  bool asymmetric = false;       ///< ATOP ASYMM: obligations or their conditions differ among members
  source_id source{};
  std::vector<pact_member> members{};
  std::string note{};

  /// Every kind any member pledges in any spell.
  [[nodiscard]] tie_kind kinds() const {
    tie_kind k = tie_kind::none;
    for (const auto& m : members)
      for (const auto& s : m.spells) k |= s.pledges;
    return k;
  }

  friend bool operator==(const pact&, const pact&) = default;
};

}  // namespace pactgraph
