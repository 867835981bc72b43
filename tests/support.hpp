#pragma once

// Small builders shared by the tests, so each test states only the facts it is about.

#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::testing {

inline actor_id add_state(alliance_network& net, const std::string& abbreviation, const std::string& name = {}) {
  return net.add_actor({.kind = actor_kind::state, .abbreviation = abbreviation, .name = name.empty() ? abbreviation : name});
}

inline actor_id add_org(alliance_network& net, const std::string& abbreviation) {
  return net.add_actor({.kind = actor_kind::organisation, .abbreviation = abbreviation, .name = abbreviation});
}

/// One spell of one member, `end` empty for ongoing.
struct member_line {
  actor_id actor;
  std::string begin;
  std::string end;
  tie_kind pledges;
};

/// A pact from lines; lines of the same actor become spells of one member.
inline pact_id add_pact(alliance_network& net, const std::string& key, std::initializer_list<member_line> lines) {
  pact p{.key = key, .name = key};
  for (const auto& line : lines) {
    const auto begin = *date::parse(line.begin);
    const auto end = line.end.empty() ? std::nullopt : date::parse(line.end);
    const member_spell s{.when = spell::between(begin, end), .pledges = line.pledges};
    bool merged = false;
    for (auto& m : p.members)
      if (m.actor == line.actor) {
        m.spells.push_back(s);
        merged = true;
      }
    if (!merged) p.members.push_back({.actor = line.actor, .spells = {s}});
  }
  return net.add_pact(std::move(p));
}

/// The shared data folder, or an empty path when it is missing.
inline std::filesystem::path data_dir() {
  if (const char* env = std::getenv("PACTGRAPH_DATA_DIR"); env && *env) return env;
  return PACTGRAPH_DATA_DIR;
}

inline std::filesystem::path source_dir() { return PACTGRAPH_SOURCE_DIR; }

}  // namespace pactgraph::testing
