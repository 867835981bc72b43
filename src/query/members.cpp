#include "pactgraph/query/members.hpp"

#include "building.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/temporal/members.hpp"

namespace pactgraph::query {

table members(const alliance_network& net, std::string_view group, day_number day) {
  const group_ref ref = resolve_group(net, group);
  const auto found = ref.organisation ? members_on(net, *ref.organisation, day) : members_on(net, *ref.pact, day);
  detail::actor_columns who;
  column status = text_column("status");
  column pledges = text_column("pledges");
  for (const auto& m : found) {
    who.push(net, m.member);
    status.push(std::string(to_string(m.status)));
    pledges.push(to_string(m.pledges));
  }
  std::vector<column> columns;
  who.move_into(columns);
  columns.push_back(std::move(status));
  columns.push_back(std::move(pledges));
  table t = detail::tidy_table("members",
                               {detail::text_scalar("date", day_text(day)),
                                detail::text_scalar("group", group_label(net, ref))},
                               std::move(columns));
  detail::note_coverage(net, day, t.notes);
  return t;
}

}  // namespace pactgraph::query
