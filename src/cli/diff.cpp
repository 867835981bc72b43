// `pactgraph diff --from DATE --to DATE`: the member spells and ties that began or ended in between.
#include <memory>

#include "context.hpp"
#include "pactgraph/query/diff.hpp"

namespace pactgraph::cli {

namespace {

struct diff_args {
  std::string from;
  std::string to;
  std::string actor;
  std::string kinds;
};

report diff_report(context& ctx, const diff_args& args) {
  const alliance_network& net = ctx.network(true);
  const day_number from = parse_day(args.from, "--from");
  const day_number to = parse_day(args.to, "--to");
  query::diff_options options{.actor = args.actor};
  if (!args.kinds.empty()) options.kinds = parse_kinds(args.kinds);
  const auto d = query::diff(net, from, to, options);
  return report_of({&d.members, &d.ties});
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
