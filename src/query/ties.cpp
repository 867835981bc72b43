#include "pactgraph/query/ties.hpp"

#include <algorithm>
#include <tuple>

#include "building.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/temporal/partners.hpp"

namespace pactgraph::query {

table ties(const alliance_network& net, std::string_view actor, day_number day, tie_kind kinds) {
  const actor_id who = resolve_actor(net, actor);

  // A tie with several kinds is listed under each, as a reader asks "who defends it?".
  struct row_key {
    std::size_t kind;
    std::string partner;
    std::uint32_t tie;
    partner_tie p;
  };
  std::vector<row_key> rows;
  for (const auto& p : partners_on(net, who, day, kinds))
    for (std::size_t k = 0; k < tie_kind_names.size(); ++k)
      if (any_of(p.kinds() & kinds, tie_kind_names[k].first)) rows.push_back({k, net[p.partner].name, p.tie.value(), p});
  std::sort(rows.begin(), rows.end(), [](const row_key& a, const row_key& b) {
    return std::tie(a.kind, a.partner, a.tie) < std::tie(b.kind, b.partner, b.tie);
  });

  column kind = text_column("kind");
  column hostile = text_column("hostile");
  detail::actor_columns partner;
  column pledged = text_column("pledged");
  column received = text_column("received");
  column via = text_column("via");
  for (const auto& row : rows) {
    const tie_kind k = tie_kind_names[row.kind].first;
    kind.push(std::string(tie_kind_names[row.kind].second));
    hostile.push(std::string(sign_of(k) < 0 ? "yes" : "no"));
    partner.push(net, row.p.partner);
    pledged.push(row.p.pledged == tie_kind::none ? "-" : to_string(row.p.pledged));
    received.push(row.p.received == tie_kind::none ? "-" : to_string(row.p.received));
    via.push(tie_origin(net, net[row.p.tie]));
  }
  std::vector<column> columns;
  columns.push_back(std::move(kind));
  columns.push_back(std::move(hostile));
  partner.move_into(columns);
  for (column* c : {&pledged, &received, &via}) columns.push_back(std::move(*c));
  table t = detail::tidy_table(
      "ties", {detail::text_scalar("date", day_text(day)), detail::text_scalar("actor", net[who].abbreviation)},
      std::move(columns));
  detail::note_coverage(net, day, t.notes);
  if (!net.present(who, day))
    t.notes.push_back(net[who].abbreviation + " is not a member of the state system on " + day_text(day));
  return t;
}

}  // namespace pactgraph::query
