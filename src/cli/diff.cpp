// `pactgraph diff --from DATE --to DATE`: the member spells and ties that began or ended in between.
#include <memory>

#include "context.hpp"
#include "names.hpp"
#include "pactgraph/temporal/diff.hpp"

namespace pactgraph::cli {

namespace {

struct diff_args {
  std::string from;
  std::string to;
  std::string actor;
  std::string kinds;
};

std::string change_text(change_kind c) { return c == change_kind::began ? "began" : "ended"; }

report diff_report(context& ctx, const diff_args& args) {
  const alliance_network& net = ctx.network(true);
  const day_number from = parse_day(args.from, "--from");
  const day_number to = parse_day(args.to, "--to");
  if (to < from) throw usage_error("--to " + day_text(to) + " is before --from " + day_text(from));
  diff_options options;
  if (!args.kinds.empty()) options.kinds = parse_kinds(args.kinds);
  if (!args.actor.empty()) options.actor = resolve_actor(net, args.actor);
  const network_diff d = network_diff::between(net, from, to, options);

  report r;
  r.fields.emplace_back("from", day_text(from));
  r.fields.emplace_back("to", day_text(to));

  std::vector<std::string> columns{"date", "change"};
  columns.insert(columns.end(), actor_columns.begin(), actor_columns.end());
  columns.insert(columns.end(), {"via", "pledges", "hostile"});
  table members{.name = "members", .columns = columns};
  for (const auto& c : d.members) {
    std::vector<cell> row{day_text(c.day), change_text(c.change)};
    for (auto& x : actor_cells(net, c.member)) row.push_back(std::move(x));
    const bool hostile = c.pact && sign_of(net[*c.pact].kinds()) < 0;
    row.emplace_back(c.pact ? pact_label(net, *c.pact) : "membership of " + net[net[*c.membership].organisation].abbreviation);
    row.emplace_back(c.pledges == tie_kind::none ? "-" : to_string(c.pledges));
    row.emplace_back(hostile ? "yes" : "no");
    members.add(std::move(row));
  }
  r.tables.push_back(std::move(members));

  table ties{.name = "ties", .columns = {"date", "change", "a", "b", "kinds", "sign", "via"}};
  for (const auto& c : d.ties) {
    const tie& t = net[c.tie];
    ties.add({day_text(c.day), change_text(c.change), net[t.a].abbreviation, net[t.b].abbreviation,
              to_string(t.kinds()), static_cast<std::int64_t>(t.sign()), tie_origin(net, t)});
  }
  r.tables.push_back(std::move(ties));
  return r;
}

}  // namespace

void add_diff(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "diff", "What began and ended after --from and up to --to");
  auto args = std::make_shared<diff_args>();
  sub->add_option("--from", args->from, "Start date YYYY[-MM[-DD]] (excluded; a year alone: 31 December)")->required();
  sub->add_option("--to", args->to, "End date YYYY[-MM[-DD]] (included)")->required();
  sub->add_option("--actor", args->actor, "Only changes involving this actor");
  sub->add_option("--kinds", args->kinds, "Comma-separated tie kinds (default: any)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(diff_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
