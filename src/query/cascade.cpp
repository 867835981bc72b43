#include "pactgraph/query/cascade.hpp"

#include "building.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

table cascade(const alliance_network& net, std::string_view target_text, day_number day,
              const cascade_options& options) {
  const actor_id target = resolve_actor(net, target_text);
  const pactgraph::cascade c = obligation_cascade(net, target, day, options);
  detail::actor_columns who;
  column hop = integer_column("hop");
  column obliged_to = text_column("obliged_to");
  column pledges = text_column("pledges");
  column via = text_column("via");
  for (const auto& d : c.drawn)
    for (const auto& arc : d.through) {
      who.push(net, d.actor);
      std::string pacts;
      for (const pact_id p : arc.by.pacts) pacts += (pacts.empty() ? "" : "; ") + pact_label(net, p);
      hop.push(static_cast<std::int64_t>(d.hop));
      obliged_to.push(net[arc.to].abbreviation);
      pledges.push(to_string(arc.pledged));
      via.push(std::move(pacts));
    }
  std::vector<column> columns;
  who.move_into(columns);
  for (column* x : {&hop, &obliged_to, &pledges, &via}) columns.push_back(std::move(*x));
  table t = detail::tidy_table(
      "drawn_in", {detail::text_scalar("date", day_text(day)), detail::text_scalar("target", net[target].abbreviation)},
      std::move(columns));
  if (c.drawn.empty())
    t.notes.push_back("no state is obliged to defend " + net[target].abbreviation + " on " + day_text(day));
  detail::note_coverage(net, day, t.notes);
  return t;
}

}  // namespace pactgraph::query
