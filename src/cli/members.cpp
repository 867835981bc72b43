// `pactgraph members ORG --at DATE`: an organisation's or a pact's members on a day.
#include <memory>

#include "context.hpp"
#include "names.hpp"
#include "pactgraph/temporal/members.hpp"

namespace pactgraph::cli {

namespace {

struct members_args {
  std::string group;
  view_choice view;
};

report members_report(context& ctx, const members_args& args) {
  const alliance_network& net = ctx.network(true);
  const day_number day = args.view.day();
  const group_ref group = resolve_group(net, args.group);
  const auto members = group.organisation ? members_on(net, *group.organisation, day) : members_on(net, *group.pact, day);

  report r;
  r.fields.emplace_back("date", day_text(day));
  r.fields.emplace_back("group", group.organisation ? net[*group.organisation].name : pact_label(net, *group.pact));
  std::vector<std::string> columns = actor_columns;
  columns.insert(columns.end(), {"status", "pledges"});
  table t{.name = "members", .columns = columns};
  for (const auto& m : members) {
    auto row = actor_cells(net, m.member);
    row.emplace_back(std::string(to_string(m.status)));
    row.emplace_back(to_string(m.pledges));
    t.add(std::move(row));
  }
  r.tables.push_back(std::move(t));
  note_coverage(net, day, r);
  return r;
}

}  // namespace

void add_members(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "members", "An organisation's or pact's members on a date, with status");
  auto args = std::make_shared<members_args>();
  sub->add_option("group", args->group, "Organisation (CSTO) or pact (name or key such as atop-3470)")->required();
  args->view.add_to(*sub, false);
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(members_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
