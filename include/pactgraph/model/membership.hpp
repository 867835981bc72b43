#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "pactgraph/model/actor.hpp"
#include "pactgraph/model/ids.hpp"

namespace pactgraph {

/// A member's standing in an organisation (COW IGO codes 1 full, 2 associate, 3 observer).
enum class membership_status : std::uint8_t { full, associate, observer, suspended };

inline constexpr std::array<std::string_view, 4> membership_status_names{"full", "associate", "observer", "suspended"};

inline std::string_view to_string(membership_status s) { return membership_status_names[static_cast<std::size_t>(s)]; }

inline std::optional<membership_status> membership_status_from_name(std::string_view name) {
  for (std::size_t i = 0; i < membership_status_names.size(); ++i)
    if (membership_status_names[i] == name) return static_cast<membership_status>(i);
  return std::nullopt;
}

/// A spell of membership with its status and the source that reports it.
struct membership_spell {
  spell when{};
  membership_status status = membership_status::full;
  source_id source{};

  friend bool operator==(const membership_spell&, const membership_spell&) = default;
};

/// A state's membership of an organisation over time.
struct membership {
  actor_id member{};
  actor_id organisation{};
  std::vector<membership_spell> spells{};

  friend bool operator==(const membership&, const membership&) = default;
};

}  // namespace pactgraph
