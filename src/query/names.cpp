#include "pactgraph/query/names.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "pactgraph/error.hpp"

namespace pactgraph::query {

namespace {

std::string folded(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> actor_candidates(const alliance_network& net, std::optional<actor_kind> only = {}) {
  std::vector<std::string> out;
  for (const auto& a : net.actors()) {
    if (only && a.kind != *only) continue;
    out.push_back(a.abbreviation);
    if (!a.name.empty()) out.push_back(a.name);
  }
  return out;
}

}  // namespace

std::vector<std::string> closest_matches(std::string_view text, const std::vector<std::string>& candidates,
                                         std::size_t count) {
  const std::string wanted = folded(text);
  // A typo costs a couple of edits; longer names tolerate proportionally more.
  const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 3);
  std::vector<std::tuple<std::size_t, std::string>> scored;
  for (const auto& c : candidates) {
    const std::string key = folded(c);
    std::size_t d = edit_distance(wanted, key);
    if (wanted.size() >= 3 && key.starts_with(wanted)) d = std::min<std::size_t>(d, 1);
    if (d <= limit) scored.emplace_back(d, c);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [d, c] : scored) {
    if (std::find(out.begin(), out.end(), c) != out.end()) continue;
    out.push_back(c);
    if (out.size() == count) break;
  }
  return out;
}

std::string suggestion_text(const std::vector<std::string>& matches) {
  if (matches.empty()) return {};
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (i != 0) out += i + 1 == matches.size() ? " or " : ", ";
    out += "'" + matches[i] + "'";
  }
  return out + "?";
}

actor_id resolve_actor(const alliance_network& net, std::string_view text) {
  if (const auto id = net.find_actor(text)) return *id;
  throw name_error("no actor named '" + std::string(text) + "'" +
                    suggestion_text(closest_matches(text, actor_candidates(net))));
}

group_ref resolve_group(const alliance_network& net, std::string_view text) {
  if (const auto id = net.find_actor(text)) {
    if (net[*id].kind == actor_kind::organisation) return {.organisation = *id};
    // A state's name is never a pact's, but a pact may share it: prefer the pact then.
    if (const auto p = net.find_pact(text)) return {.pact = *p};
    throw usage_error("'" + std::string(text) + "' is a state, not an organisation or pact");
  }
  if (const auto p = net.find_pact(text)) return {.pact = *p};
  std::vector<std::string> candidates = actor_candidates(net, actor_kind::organisation);
  for (const auto& p : net.pacts()) {
    candidates.push_back(p.key);
    if (!p.name.empty()) candidates.push_back(p.name);
  }
  throw name_error("no organisation or pact named '" + std::string(text) + "'" +
                    suggestion_text(closest_matches(text, candidates)));
}

std::string group_label(const alliance_network& net, const group_ref& group) {
  return group.organisation ? net[*group.organisation].name : pact_label(net, *group.pact);
}

std::string pact_label(const alliance_network& net, pact_id p) {
  return net[p].name.empty() ? net[p].key : net[p].name;
}

std::string tie_origin(const alliance_network& net, const tie& t) {
  if (!t.from_membership) return pact_label(net, t.pact());
  return "membership of " + net[net[t.membership()].organisation].abbreviation;
}

}  // namespace pactgraph::query
