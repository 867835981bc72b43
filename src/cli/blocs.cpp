// `pactgraph blocs --at DATE --method ...`: groups of actors in the snapshot of a day.
#include <memory>

#include "context.hpp"
#include "pactgraph/query/blocs.hpp"

namespace pactgraph::cli {

namespace {

struct blocs_args {
  view_choice view;
  query::blocs_options options;
};

report blocs_report(context& ctx, blocs_args args) {
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const day_number day = args.view.day();
  args.options.view = args.view.options();
  const auto tables = query::blocs(net, day, args.options);
  return report_of({&tables.blocs, &tables.members});
}

}  // namespace

void add_blocs(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "blocs", "Blocs on a date: components, k-cores, cliques or communities");
  auto args = std::make_shared<blocs_args>();
  args->view.add_to(*sub);
  sub->add_option("--method", args->options.method, "components (default), kcore, cliques or communities");
  sub->add_option("--min-size", args->options.min_size, "Leave out blocs smaller than this (default 1)");
  sub->add_option("--seed", args->options.seed, "Seed of the community search (default 1)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(blocs_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
