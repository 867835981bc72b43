#include "pactgraph/model/alliance_network.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <utility>

namespace pactgraph {

namespace {

std::string fold(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

template <class Id>
std::optional<Id> find_by_key(const std::unordered_map<std::string, Id>& map, std::string_view text) {
  const auto it = map.find(fold(text));
  return it == map.end() ? std::nullopt : std::optional<Id>(it->second);
}

std::int64_t code_key(actor_kind kind, int code) {
  return (static_cast<std::int64_t>(kind) << 32) | static_cast<std::uint32_t>(code);
}

void check_spell(const spell& s, const source_location& where, const std::string& what) {
  if (s.is_reversed())
    throw data_error(where, what + ": exit " + s.end_date()->to_string() + " precedes entry " + s.begin_date().to_string());
}

void check_spells(std::vector<spell> spells, const source_location& where, const std::string& what) {
  for (const auto& s : spells) check_spell(s, where, what);
  std::sort(spells.begin(), spells.end(), [](const spell& x, const spell& y) { return x.begin < y.begin; });
  for (std::size_t i = 1; i < spells.size(); ++i)
    if (spells[i - 1].overlaps(spells[i]))
      throw data_error(where, what + ": spells overlap at " + spells[i].begin_date().to_string());
}

}  // namespace

source_id alliance_network::add_source(source s, const source_location& where) {
  if (find_source(s.key)) throw data_error(where, "duplicate source key '" + s.key + "'");
  if (s.last.last_day() < s.first.first_day())
    throw data_error(where, "coverage ends " + s.last.to_string() + " before it begins " + s.first.to_string());
  m_sources.push_back(std::move(s));
  return source_id{static_cast<std::uint32_t>(m_sources.size() - 1)};
}

actor_id alliance_network::add_actor(actor a, const source_location& where) {
  if (a.abbreviation.empty()) throw data_error(where, "actor has an empty abbreviation");
  if (find_by_key(m_actor_keys, a.abbreviation)) throw data_error(where, "duplicate actor id '" + a.abbreviation + "'");
  for (const auto& s : a.spells) {
    check_spell(s.when, where, "actor '" + a.abbreviation + "'");
    check_source(s.source, where);
  }
  const actor_id id{static_cast<std::uint32_t>(m_actors.size())};
  m_actor_keys.emplace(fold(a.abbreviation), id);
  if (!a.name.empty()) m_actor_names.emplace(fold(a.name), id);
  if (a.cow_code) m_actor_codes.emplace(code_key(a.kind, *a.cow_code), id);
  if (a.kind == actor_kind::state && !a.spells.empty()) ++m_states_with_spells;
  m_actors.push_back(std::move(a));
  m_graph.add_vertex();
  return id;
}

pact_id alliance_network::add_pact(pact p, const source_location& where) {
  if (p.key.empty()) throw data_error(where, "pact has an empty id");
  if (find_by_key(m_pact_keys, p.key)) throw data_error(where, "duplicate pact id '" + p.key + "'");
  check_source(p.source, where);
  const std::string what = "pact '" + p.key + "'";
  for (std::size_t i = 0; i < p.members.size(); ++i) {
    const auto& m = p.members[i];
    check_actor(m.actor, where);
    for (std::size_t j = 0; j < i; ++j)
      if (p.members[j].actor == m.actor)
        throw data_error(where, what + ": member '" + m_actors[m.actor.value()].abbreviation + "' listed twice");
    std::vector<spell> spells;
    for (const auto& s : m.spells) spells.push_back(s.when);
    check_spells(spells, where, what + " member '" + m_actors[m.actor.value()].abbreviation + "'");
  }
  const pact_id id{static_cast<std::uint32_t>(m_pacts.size())};
  for (std::size_t i = 0; i < p.members.size(); ++i)
    for (std::size_t j = i + 1; j < p.members.size(); ++j)
      for (const auto& si : p.members[i].spells)
        for (const auto& sj : p.members[j].spells) {
          if (!si.when.overlaps(sj.when)) continue;
          m_graph.add_tie({.a = p.members[i].actor,
                           .b = p.members[j].actor,
                           .when = si.when.intersection(sj.when),
                           .pledges_a = si.pledges,
                           .pledges_b = sj.pledges,
                           .origin = id.value()});
        }
  m_pact_keys.emplace(fold(p.key), id);
  if (!p.name.empty()) m_pact_names.emplace(fold(p.name), id);
  m_pacts.push_back(std::move(p));
  return id;
}

membership_id alliance_network::add_membership(membership m, const source_location& where) {
  check_actor(m.member, where);
  check_actor(m.organisation, where);
  const auto& org = m_actors[m.organisation.value()];
  if (org.kind != actor_kind::organisation) throw data_error(where, "'" + org.abbreviation + "' is not an organisation");
  if (m.member == m.organisation) throw data_error(where, "'" + org.abbreviation + "' cannot be a member of itself");
  if (is_member_of(m.organisation, m.member))
    throw data_error(where, "membership of '" + m_actors[m.member.value()].abbreviation + "' in '" + org.abbreviation +
                                "' would make a cycle: '" + org.abbreviation + "' is already a member of '" +
                                m_actors[m.member.value()].abbreviation + "'");
  std::vector<spell> spells;
  for (const auto& s : m.spells) {
    spells.push_back(s.when);
    check_source(s.source, where);
  }
  check_spells(spells, where,
               "membership of '" + m_actors[m.member.value()].abbreviation + "' in '" + org.abbreviation + "'");
  const membership_id id{static_cast<std::uint32_t>(m_memberships.size())};
  for (const auto& s : m.spells)
    m_graph.add_tie({.a = m.member,
                     .b = m.organisation,
                     .when = s.when,
                     .pledges_a = tie_kind::membership,
                     .pledges_b = tie_kind::membership,
                     .origin = id.value(),
                     .from_membership = true,
                     .status = s.status});
  m_memberships.push_back(std::move(m));
  return id;
}

std::optional<actor_id> alliance_network::find_actor(std::string_view text) const {
  if (auto id = find_by_key(m_actor_keys, text)) return id;
  if (auto id = find_by_key(m_actor_names, text)) return id;
  int code = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), code);
  if (ec == std::errc{} && end == text.data() + text.size() && !text.empty()) return find_state(code);
  return std::nullopt;
}

std::optional<actor_id> alliance_network::find_state(int cow_code) const {
  const auto it = m_actor_codes.find(code_key(actor_kind::state, cow_code));
  return it == m_actor_codes.end() ? std::nullopt : std::optional(it->second);
}

actor_id alliance_network::actor_named(std::string_view text) const {
  if (auto id = find_actor(text)) return *id;
  throw name_error("no actor named '" + std::string(text) + "'");
}

std::optional<pact_id> alliance_network::find_pact(std::string_view text) const {
  if (auto id = find_by_key(m_pact_keys, text)) return id;
  return find_by_key(m_pact_names, text);
}

std::optional<source_id> alliance_network::find_source(std::string_view key) const {
  for (std::size_t i = 0; i < m_sources.size(); ++i)
    if (m_sources[i].key == key) return source_id{static_cast<std::uint32_t>(i)};
  return std::nullopt;
}

std::vector<tie_id> alliance_network::ties_of(actor_id a) const {
  const auto ids = m_graph.incident(checked(a.value(), actor_count()));
  return {ids.begin(), ids.end()};  // added in id order, so already sorted
}

source_id alliance_network::source_of(const tie& t) const {
  if (!t.from_membership) return m_pacts[t.origin].source;
  for (const auto& s : m_memberships[t.origin].spells)
    if (s.when == t.when) return s.source;
  return source_id{};
}

bool alliance_network::present(actor_id a, day_number day) const {
  const actor& x = m_actors[checked(a.value(), m_actors.size())];
  if (x.spells.empty()) return x.kind != actor_kind::state || m_states_with_spells == 0;
  return std::any_of(x.spells.begin(), x.spells.end(), [&](const sourced_spell& s) { return s.when.contains(day); });
}

bool alliance_network::covered(day_number day) const {
  return std::any_of(m_sources.begin(), m_sources.end(), [&](const source& s) { return s.covers(day); });
}

coverage_status alliance_network::status_between(actor_id x, actor_id y, day_number day, tie_kind kinds) const {
  for (const tie_id id : ties_of(x)) {
    const tie& t = m_graph.ties()[id.value()];
    if (t.other(x) == y && t.when.contains(day) && any_of(t.kinds(), kinds)) return coverage_status::tied;
  }
  if (!covered(day) || !present(x, day) || !present(y, day)) return coverage_status::not_covered;
  return coverage_status::no_tie;
}

bool operator==(const alliance_network& a, const alliance_network& b) {
  return a.m_sources == b.m_sources && a.m_actors == b.m_actors && a.m_pacts == b.m_pacts &&
         a.m_memberships == b.m_memberships;
}

void alliance_network::throw_out_of_range(std::size_t i, std::size_t size) {
  throw lookup_error("id " + std::to_string(i) + " out of range (" + std::to_string(size) + " held)");
}

// O(depth × memberships); only organisations can be members of something a state is in.
bool alliance_network::is_member_of(actor_id member, actor_id organisation) const {
  if (m_actors[organisation.value()].kind != actor_kind::organisation) return false;
  std::vector<actor_id> todo{member};
  std::vector<bool> seen(m_actors.size(), false);
  seen[member.value()] = true;
  while (!todo.empty()) {
    const actor_id at = todo.back();
    todo.pop_back();
    for (const auto& m : m_memberships) {
      if (m.member != at || seen[m.organisation.value()]) continue;
      if (m.organisation == organisation) return true;
      seen[m.organisation.value()] = true;
      todo.push_back(m.organisation);
    }
  }
  return false;
}

void alliance_network::check_actor(actor_id a, const source_location& where) const {
  if (!a.valid() || a.value() >= m_actors.size()) throw data_error(where, "unknown actor #" + std::to_string(a.value()));
}

void alliance_network::check_source(source_id s, const source_location& where) const {
  if (s.valid() && s.value() >= m_sources.size()) throw data_error(where, "unknown source #" + std::to_string(s.value()));
}

}  // namespace pactgraph
