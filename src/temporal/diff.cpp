#include "pactgraph/temporal/diff.hpp"

#include <algorithm>
#include <tuple>

namespace pactgraph {

network_diff network_diff::between(const alliance_network& net, day_number from, day_number to, diff_options options) {
  network_diff d{.from = from, .to = to, .ties = {}, .members = {}};
  auto in_window = [&](day_number day) { return from < day && day <= to; };
  const auto ties = net.ties();
  for (std::uint32_t i = 0; i < ties.size(); ++i) {
    const tie& t = ties[i];
    if (!any_of(t.kinds(), options.kinds)) continue;
    if (options.actor && t.a != *options.actor && t.b != *options.actor) continue;
    if (in_window(t.when.begin)) d.ties.push_back({change_kind::began, t.when.begin, tie_id{i}});
    if (!t.when.is_open() && in_window(t.when.end)) d.ties.push_back({change_kind::ended, t.when.end, tie_id{i}});
  }
  auto add_member = [&](actor_id who, const spell& when, member_change proto) {
    if (options.actor && who != *options.actor) return;
    proto.member = who;
    if (in_window(when.begin)) {
      proto.change = change_kind::began;
      proto.day = when.begin;
      d.members.push_back(proto);
    }
    if (!when.is_open() && in_window(when.end)) {
      proto.change = change_kind::ended;
      proto.day = when.end;
      d.members.push_back(proto);
    }
  };
  const auto pacts = net.pacts();
  for (std::uint32_t p = 0; p < pacts.size(); ++p) {
    // Filter on the pact's kinds, not the member's: an embargo's target pledges nothing but is in it.
    if (!any_of(pacts[p].kinds(), options.kinds)) continue;
    for (const auto& m : pacts[p].members)
      for (const auto& s : m.spells) add_member(m.actor, s.when, {.pact = pact_id{p}, .pledges = s.pledges});
  }
  if (any_of(options.kinds, tie_kind::membership)) {
    const auto memberships = net.memberships();
    for (std::uint32_t i = 0; i < memberships.size(); ++i)
      for (const auto& s : memberships[i].spells)
        add_member(memberships[i].member, s.when,
                   {.membership = membership_id{i}, .pledges = tie_kind::membership});
  }
  std::stable_sort(d.ties.begin(), d.ties.end(), [](const tie_change& x, const tie_change& y) {
    return std::tie(x.day, x.change, x.tie) < std::tie(y.day, y.change, y.tie);
  });
  std::stable_sort(d.members.begin(), d.members.end(), [](const member_change& x, const member_change& y) {
    return std::tie(x.day, x.change, x.member) < std::tie(y.day, y.change, y.member);
  });
  return d;
}

}  // namespace pactgraph
