// The atlas's timeline: actors with their spells in the system and ties as dated intervals, clipped to
// the span, in the compact arrays the page reads (days since 1970-01-01, end days excluded).
#include <algorithm>
#include <map>
#include <string>

#include "atlas_parts.hpp"

namespace pactgraph::render::detail {

namespace {

/// The days of `when` inside [from, to], as [begin, end) with end excluded; empty when none.
spell clipped(const spell& when, const atlas_options& options) {
  return when.intersection(spell{.begin = options.from, .end = options.to + 1});
}

/// What a tie stands on, as the page names it: a pact's name (or key: ATOP's pacts are unnamed) with the
/// day it was signed, or the organisation it is a membership of.
std::string origin_label(const alliance_network& net, const tie& t) {
  if (t.from_membership) return "membership of " + net[net[t.membership()].organisation].abbreviation;
  const pact& p = net[t.pact()];
  std::string label = p.name.empty() ? p.key : p.name;
  if (p.signed_on) label += " (signed " + p.signed_on->to_string() + ")";
  return label;
}

}  // namespace

atlas_timeline build_atlas_timeline(const alliance_network& net, const atlas_options& options) {
  atlas_timeline out;
  out.index.assign(net.actor_count(), atlas_timeline::absent);
  auto actors = nlohmann::json::array();
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    const actor_id id{i};
    const actor& a = net[id];
    if (!includes(options.actors, a.kind)) continue;
    nlohmann::json spells;  // null: present on every day (no recorded spells)
    if (a.spells.empty()) {
      if (!net.present(id, options.from)) continue;
    } else {
      spells = nlohmann::json::array();
      for (const auto& s : a.spells)
        if (const spell c = clipped(s.when, options); c.end > c.begin) spells.push_back({c.begin, c.end});
      if (spells.empty()) continue;
    }
    nlohmann::json entry{{"a", a.abbreviation}, {"n", a.name}, {"s", spells}};
    if (a.cow_code && a.kind == actor_kind::state) entry["c"] = *a.cow_code;
    if (a.kind == actor_kind::organisation) entry["o"] = 1;
    out.index[i] = static_cast<std::uint32_t>(out.actors.size());
    out.actors.push_back(id);
    actors.push_back(std::move(entry));
  }

  auto ties = nlohmann::json::array();
  auto origins = nlohmann::json::array();
  std::map<std::string, std::size_t> origin_index;
  const auto all = net.ties();
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    const tie& t = all[i];
    if (!any_of(t.kinds(), options.kinds)) continue;
    const std::uint32_t a = out.index[t.a.value()];
    const std::uint32_t b = out.index[t.b.value()];
    if (a == atlas_timeline::absent || b == atlas_timeline::absent) continue;
    const spell c = clipped(t.when, options);
    if (c.end <= c.begin) continue;
    const auto [it, added] = origin_index.try_emplace(origin_label(net, t), origin_index.size());
    if (added) origins.push_back(it->first);
    ties.push_back({a, b, c.begin, c.end, static_cast<unsigned>(t.pledges_a), static_cast<unsigned>(t.pledges_b),
                    it->second});
    out.ties.push_back(tie_id{i});
  }
  out.json = {{"actors", std::move(actors)}, {"ties", std::move(ties)}, {"origins", std::move(origins)}};
  return out;
}

}  // namespace pactgraph::render::detail
