// `pactgraph ties ACTOR --at DATE`: an actor's partners on a day, grouped by tie kind.
#include <memory>

#include "context.hpp"
#include "pactgraph/query/ties.hpp"

namespace pactgraph::cli {

namespace {

struct ties_args {
  std::string actor;
  std::string at;
  std::string kinds;
};

report ties_report(context& ctx, const ties_args& args) {
  const alliance_network& net = ctx.network(true);
  const day_number day = args.at.empty() ? query::default_day() : parse_day(args.at, "--at");
  const tie_kind kinds = args.kinds.empty() ? tie_kind::all : parse_kinds(args.kinds);
  return report_of(query::ties(net, args.actor, day, kinds));
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
