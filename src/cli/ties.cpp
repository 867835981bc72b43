// `pactgraph ties ACTOR --at DATE`: an actor's partners on a day, grouped by tie kind.
#include <algorithm>
#include <memory>
#include <tuple>

#include "context.hpp"
#include "names.hpp"
#include "pactgraph/temporal/partners.hpp"

namespace pactgraph::cli {

namespace {

struct ties_args {
  std::string actor;
  std::string at;
  std::string kinds;
};

report ties_report(context& ctx, const ties_args& args) {
  const alliance_network& net = ctx.network(true);
  const day_number day = args.at.empty() ? view_choice{}.day() : parse_day(args.at, "--at");
  const tie_kind kinds = args.kinds.empty() ? tie_kind::all : parse_kinds(args.kinds);
  const actor_id who = resolve_actor(net, args.actor);

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
      if (any_of(p.kinds() & kinds, tie_kind_names[k].first))
        rows.push_back({k, net[p.partner].name, p.tie.value(), p});
  std::sort(rows.begin(), rows.end(), [](const row_key& a, const row_key& b) {
    return std::tie(a.kind, a.partner, a.tie) < std::tie(b.kind, b.partner, b.tie);
  });

  report r;
  r.fields.emplace_back("date", day_text(day));
  r.fields.emplace_back("actor", net[who].abbreviation);
  std::vector<std::string> columns{"kind", "hostile"};
  columns.insert(columns.end(), actor_columns.begin(), actor_columns.end());
  columns.insert(columns.end(), {"pledged", "received", "via"});
  table t{.name = "ties", .columns = columns};
  for (const auto& row : rows) {
    const tie_kind kind = tie_kind_names[row.kind].first;
    std::vector<cell> cells{std::string(tie_kind_names[row.kind].second), sign_of(kind) < 0 ? "yes" : "no"};
    for (auto& c : actor_cells(net, row.p.partner)) cells.push_back(std::move(c));
    cells.emplace_back(row.p.pledged == tie_kind::none ? "-" : to_string(row.p.pledged));
    cells.emplace_back(row.p.received == tie_kind::none ? "-" : to_string(row.p.received));
    cells.emplace_back(tie_origin(net, net[row.p.tie]));
    t.add(std::move(cells));
  }
  r.tables.push_back(std::move(t));
  note_coverage(net, day, r);
  if (!net.present(who, day))
    r.notes.push_back(net[who].abbreviation + " is not a member of the state system on " + day_text(day));
  return r;
}

}  // namespace

void add_ties(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "ties", "An actor's partners on a date, grouped by kind, hostile ties marked");
  auto args = std::make_shared<ties_args>();
  sub->add_option("actor", args->actor, "COW code, abbreviation or name (704, UZB, Uzbekistan)")->required();
  sub->add_option("--at", args->at, "Date YYYY[-MM[-DD]] (a year alone: 31 December); default 2007-05-30");
  sub->add_option("--kinds", args->kinds, "Comma-separated tie kinds (default: any)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(ties_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
