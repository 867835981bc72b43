#include "pactgraph/query/diff.hpp"

#include "building.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/temporal/diff.hpp"

namespace pactgraph::query {

namespace {
std::string change_text(change_kind c) { return c == change_kind::began ? "began" : "ended"; }
}  // namespace

diff_tables diff(const alliance_network& net, day_number from, day_number to, const diff_options& options) {
  if (to < from) throw usage_error("--to " + day_text(to) + " is before --from " + day_text(from));
  pactgraph::diff_options asked{.kinds = options.kinds};
  if (!options.actor.empty()) asked.actor = resolve_actor(net, options.actor);
  const network_diff d = network_diff::between(net, from, to, asked);
  const auto scalars = [&] {
    return std::vector<column>{detail::text_scalar("from", day_text(from)), detail::text_scalar("to", day_text(to))};
  };

  column date = text_column("date");
  column change = text_column("change");
  detail::actor_columns who;
  column via = text_column("via");
  column pledges = text_column("pledges");
  column hostile = text_column("hostile");
  for (const auto& c : d.members) {
    date.push(day_text(c.day));
    change.push(change_text(c.change));
    who.push(net, c.member);
    via.push(c.pact ? pact_label(net, *c.pact) : "membership of " + net[net[*c.membership].organisation].abbreviation);
    pledges.push(c.pledges == tie_kind::none ? "-" : to_string(c.pledges));
    hostile.push(std::string(c.pact && sign_of(net[*c.pact].kinds()) < 0 ? "yes" : "no"));
  }
  std::vector<column> member_columns{std::move(date), std::move(change)};
  who.move_into(member_columns);
  for (column* c : {&via, &pledges, &hostile}) member_columns.push_back(std::move(*c));

  std::vector<column> tie_columns{text_column("date"), text_column("change"), text_column("a"),   text_column("b"),
                                  text_column("kinds"), integer_column("sign"), text_column("via")};
  for (const auto& c : d.ties) {
    const tie& t = net[c.tie];
    tie_columns[0].push(day_text(c.day));
    tie_columns[1].push(change_text(c.change));
    tie_columns[2].push(net[t.a].abbreviation);
    tie_columns[3].push(net[t.b].abbreviation);
    tie_columns[4].push(to_string(t.kinds()));
    tie_columns[5].push(std::int64_t{t.sign()});
    tie_columns[6].push(tie_origin(net, t));
  }
  return {.members = detail::tidy_table("members", scalars(), std::move(member_columns)),
          .ties = detail::tidy_table("ties", scalars(), std::move(tie_columns))};
}

}  // namespace pactgraph::query
