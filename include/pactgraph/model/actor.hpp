#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/model/source.hpp"
#include "pactgraph/model/spell.hpp"

namespace pactgraph {

/// What an actor is; a bit mask so a query can ask for both.
enum class actor_kind : std::uint8_t {
  state = 1,
  organisation = 2,
  any = state | organisation,
};

constexpr bool includes(actor_kind mask, actor_kind kind) {
  return (static_cast<std::uint8_t>(mask) & static_cast<std::uint8_t>(kind)) != 0;
}

/// A spell with the source that reports it.
struct sourced_spell {
  spell when{};
  source_id source{};

  friend bool operator==(const sourced_spell&, const sourced_spell&) = default;
};

/// A state or an international organisation.
struct actor {
  actor_kind kind = actor_kind::state;
  std::string abbreviation{};  ///< unique key: COW `stateabb` (RUS) for states, short name (CSTO) for organisations
  std::string name{};
  std::optional<int> cow_code{};  ///< COW ccode of a state, COW IGO ionum of an organisation
  /// States: spells of COW state-system membership. Organisations: spells of existence.
  /// Empty means "not recorded", which the standard snapshot treats as always present.
  std::vector<sourced_spell> spells{};
  std::string note{};

  friend bool operator==(const actor&, const actor&) = default;
};

}  // namespace pactgraph
