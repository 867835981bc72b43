// `pactgraph cascade X --at DATE`: who is obliged to fight if X is attacked (chain-ganging).
#include <memory>

#include "context.hpp"
#include "pactgraph/query/cascade.hpp"

namespace pactgraph::cli {

namespace {

struct cascade_args {
  std::string target;
  std::string at;
  std::string obligations;
  std::uint32_t max_hops = 0;
};

report cascade_report(context& ctx, const cascade_args& args) {
  const alliance_network& net = ctx.network(false);
  const day_number day = args.at.empty() ? query::default_day() : parse_day(args.at, "--at");
  cascade_options options;
  if (!args.obligations.empty()) options.obligations = parse_kinds(args.obligations);
  if (args.max_hops != 0) options.max_hops = args.max_hops;
  return report_of(query::cascade(net, args.target, day, options));
}

}  // namespace

void add_cascade(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "cascade", "Who is drawn in, hop by hop, if an actor is attacked on a date");
  auto args = std::make_shared<cascade_args>();
  sub->add_option("target", args->target, "The actor attacked")->required();
  sub->add_option("--at", args->at, "Date YYYY[-MM[-DD]] (a year alone: 31 December); default 2007-05-30");
  sub->add_option("--obligations", args->obligations, "Comma-separated obligations that draw a state in (default defence)");
  sub->add_option("--max-hops", args->max_hops, "Stop after this many hops (1: the direct defenders)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(cascade_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
