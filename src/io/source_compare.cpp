#include "pactgraph/io/source_compare.hpp"

#include <algorithm>
#include <set>

namespace pactgraph::io {
namespace {

/// The whole year as a half-open spell of days.
spell whole_year(int year) {
  return {.begin = day_of(year, 1, 1), .end = day_of(year + 1, 1, 1)};
}

bool covers_year(const source& s, int year) {
  return s.covers(day_of(year, 1, 1)) && s.covers(day_of(year, 12, 31));
}

}  // namespace

std::vector<membership_disagreement> compare_memberships(const alliance_network& net, actor_id organisation,
                                                         pact_id pact, const compare_options& options) {
  if (net[organisation].kind != actor_kind::organisation)
    throw usage_error("'" + net[organisation].abbreviation + "' is not an organisation");
  const struct pact& p = net[pact];

  std::vector<std::pair<actor_id, spell>> in_org;
  std::set<source_id> org_sources;
  for (const membership& m : net.memberships()) {
    if (m.organisation != organisation) continue;
    for (const membership_spell& s : m.spells) {
      if (options.organisation_source && s.source != *options.organisation_source) continue;
      in_org.emplace_back(m.member, s.when);
      org_sources.insert(s.source);
    }
  }
  std::set<actor_id> actors;
  for (const auto& [a, when] : in_org) actors.insert(a);
  for (const pact_member& m : p.members) actors.insert(m.actor);

  std::vector<membership_disagreement> out;
  const int first = std::max(options.first_year, 1);
  const int last = std::min(options.last_year, 9998);
  for (int year = first; year <= last; ++year) {
    const spell y = whole_year(year);
    const actor& org = net[organisation];
    const bool exists = org.spells.empty() || std::any_of(org.spells.begin(), org.spells.end(),
                                                          [&](const sourced_spell& s) { return s.when.overlaps(y); });
    if (!exists) continue;
    if (p.source.valid() && !covers_year(net[p.source], year)) continue;
    if (std::any_of(org_sources.begin(), org_sources.end(),
                    [&](source_id s) { return s.valid() && !covers_year(net[s], year); }))
      continue;
    for (const actor_id a : actors) {
      const bool o = std::any_of(in_org.begin(), in_org.end(),
                                 [&](const auto& e) { return e.first == a && e.second.overlaps(y); });
      bool q = false;
      for (const pact_member& m : p.members)
        if (m.actor == a)
          q = std::any_of(m.spells.begin(), m.spells.end(), [&](const member_spell& s) { return s.when.overlaps(y); });
      if (o != q) out.push_back({.actor = a, .year = year, .in_organisation = o, .in_pact = q});
    }
  }
  std::sort(out.begin(), out.end(), [](const membership_disagreement& x, const membership_disagreement& y) {
    return std::pair(x.actor, x.year) < std::pair(y.actor, y.year);
  });
  return out;
}

}  // namespace pactgraph::io
