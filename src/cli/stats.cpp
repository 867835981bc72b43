// `pactgraph stats (--at DATE | --years Y1:Y2)`: whole-graph statistics of the snapshot.
#include <memory>

#include "context.hpp"
#include "pactgraph/query/stats.hpp"

namespace pactgraph::cli {

namespace {

struct stats_args {
  view_choice view;
  std::string years;
  unsigned threads = 0;
};

report stats_report(context& ctx, const stats_args& args) {
  if (!args.years.empty() && !args.view.at.empty()) throw usage_error("give --at or --years, not both");
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const query::stats_options options{.threads = args.threads, .view = args.view.options(), .progress = ctx.progress("stats")};
  if (args.years.empty()) return report_of(query::stats(net, args.view.day(), options));
  const auto [first, last] = parse_years(args.years);
  return report_of(query::stats(net, year_span{first, last}, options));
}

}  // namespace

void add_stats(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "stats", "Density, transitivity, clustering, diameter, assortativity");
  auto args = std::make_shared<stats_args>();
  args->view.add_to(*sub);
  sub->add_option("--years", args->years, "Y1:Y2: one snapshot per 31 December from Y1 to Y2");
  sub->add_option("--threads", args->threads, "Threads (default 0: every hardware thread)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(stats_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
