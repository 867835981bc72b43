#pragma once

// The attributes an actor or a tie carries in every export (DOT and GraphML), and the text forms
// of the lists inside them. docs/diagrams.md describes them.

#include <string>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "text_codec.hpp"

namespace pactgraph::render::detail {

/// One exported attribute. A `text` value is free text, which DOT percent-encodes; the others are
/// numbers, dates, names of kinds or lists already encoded.
struct field {
  std::string name;
  std::string value;
  bool text = false;
};

inline std::string begin_text(const spell& s) { return s.begin_date().to_string(); }
inline std::string end_text(const spell& s) {
  const auto end = s.end_date();
  return end ? end->to_string() : std::string();
}
inline std::string source_text(const alliance_network& net, source_id id) {
  return id.valid() ? encode(net[id].key, true) : std::string();
}

/// `begin|end|source` per spell, `;` between spells; an open spell has an empty end.
inline std::string actor_spells_text(const alliance_network& net, const actor& a) {
  std::string out;
  for (const auto& s : a.spells) {
    if (!out.empty()) out += ';';
    out += begin_text(s.when) + '|' + end_text(s.when) + '|' + source_text(net, s.source);
  }
  return out;
}

/// `member|begin|end|pledges|phase` per member spell, `;` between them, a member's spells in a row;
/// a sixth field `obvary` marks a spell whose pledges vary by partner; a member without spells is
/// its abbreviation alone.
inline std::string members_text(const alliance_network& net, const pact& p) {
  std::string out;
  auto next = [&] {
    if (!out.empty()) out += ';';
  };
  for (const auto& m : p.members) {
    const std::string who = encode(net[m.actor].abbreviation, true);
    if (m.spells.empty()) {
      next();
      out += who;
    }
    for (const auto& s : m.spells) {
      next();
      out += who + '|' + begin_text(s.when) + '|' + end_text(s.when) + '|' + to_string(s.pledges) + '|' +
             std::to_string(s.phase);
      if (s.pledges_vary) out += "|obvary";
    }
  }
  return out;
}

/// `begin|end|status|source` per spell, `;` between spells.
inline std::string membership_spells_text(const alliance_network& net, const membership& m) {
  std::string out;
  for (const auto& s : m.spells) {
    if (!out.empty()) out += ';';
    out += begin_text(s.when) + '|' + end_text(s.when) + '|' + std::string(to_string(s.status)) + '|' +
           source_text(net, s.source);
  }
  return out;
}

/// What an actor carries: kind, name, cow, spells, note (empty ones left out).
inline std::vector<field> actor_fields(const alliance_network& net, const actor& a) {
  std::vector<field> out;
  out.push_back({"kind", a.kind == actor_kind::organisation ? "organisation" : "state"});
  if (!a.name.empty()) out.push_back({"name", a.name, true});
  if (a.cow_code) out.push_back({"cow", std::to_string(*a.cow_code)});
  if (!a.spells.empty()) out.push_back({"spells", actor_spells_text(net, a)});
  if (!a.note.empty()) out.push_back({"note", a.note, true});
  return out;
}

/// What a tie carries: its pact (key) or membership (index), spell, what each end pledges, kinds, sign.
inline std::vector<field> tie_fields(const alliance_network& net, const tie& t) {
  std::vector<field> out;
  if (t.from_membership) {
    out.push_back({"membership", std::to_string(t.origin)});
    out.push_back({"status", std::string(to_string(t.status))});
  } else {
    out.push_back({"pact", net[t.pact()].key, true});
  }
  out.push_back({"begin", begin_text(t.when)});
  if (!t.when.is_open()) out.push_back({"end", end_text(t.when)});
  out.push_back({"pledges_a", to_string(t.pledges_a)});
  out.push_back({"pledges_b", to_string(t.pledges_b)});
  out.push_back({"kinds", to_string(t.kinds())});
  out.push_back({"sign", std::to_string(t.sign())});
  return out;
}

}  // namespace pactgraph::render::detail
