#pragma once

// A network big enough that threads overlap on it, built the same way every time.

#include <random>
#include <string>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::testing {

inline constexpr unsigned thread_count = 8;

/// 120 states with system spells, 300 pacts of 2 to 8 members with dated spells and pledges,
/// 20 hostile ties and 3 organisations with memberships; fixed seed.
inline alliance_network synthetic_network() {
  std::mt19937 random(20070530);
  auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  alliance_network net;
  const source_id src = net.add_source({.key = "synthetic", .first = date(1900, 1, 1), .last = date(2015, 12, 31)});
  std::vector<actor_id> states;
  for (int i = 0; i < 120; ++i) {
    actor a{.kind = actor_kind::state, .abbreviation = "S" + std::to_string(i), .name = "State " + std::to_string(i),
            .cow_code = 1000 + i};
    a.spells.push_back({.when = spell::between(date(pick(1900, 1990), 1, 1), std::nullopt), .source = src});
    states.push_back(net.add_actor(std::move(a)));
  }
  const tie_kind kinds[] = {tie_kind::defence, tie_kind::consultation, tie_kind::defence | tie_kind::non_aggression,
                            tie_kind::neutrality, tie_kind::offence | tie_kind::defence};
  for (int p = 0; p < 320; ++p) {
    pact x{.key = "p" + std::to_string(p), .name = "pact " + std::to_string(p), .source = src};
    const bool hostile = p >= 300;
    const int size = hostile ? 2 : pick(2, 8);
    const int begin = pick(1920, 2005);
    for (int m = 0; m < size; ++m) {
      const actor_id who = states[static_cast<std::size_t>(pick(0, 119))];
      bool twice = false;
      for (const auto& existing : x.members) twice = twice || existing.actor == who;
      if (twice) continue;
      const std::optional<date> end = pick(0, 2) == 0 ? std::optional<date>(date(pick(begin + 1, 2015), 1, 1)) : std::nullopt;
      const tie_kind pledges = hostile ? tie_kind::sanction : kinds[pick(0, 4)];
      x.members.push_back({.actor = who, .spells = {{.when = spell::between(date(begin, 1, 1), end), .pledges = pledges}}});
    }
    net.add_pact(std::move(x));
  }
  for (int o = 0; o < 3; ++o) {
    const actor_id org = net.add_actor({.kind = actor_kind::organisation, .abbreviation = "O" + std::to_string(o)});
    for (int m = 0; m < 15; ++m)
      net.add_membership({.member = states[static_cast<std::size_t>(o * 15 + m)],
                          .organisation = org,
                          .spells = {{.when = spell::between(date(1950 + m, 1, 1), std::nullopt), .source = src}}});
  }
  return net;
}

}  // namespace pactgraph::testing
