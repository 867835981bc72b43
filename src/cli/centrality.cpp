// `pactgraph centrality (--at DATE | --years Y1:Y2)`: one column per measure, per actor, on the
// standard snapshot of a day or of every 31 December of a span.
#include <memory>

#include "context.hpp"
#include "measures.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/query/centrality.hpp"

namespace pactgraph::cli {

namespace {

struct centrality_args {
  view_choice view;
  std::string years;
  std::string metrics = "all";
  std::string normalization = "networkx";
  iteration_choice iterations;
  unsigned threads = 0;
};

void run_centrality(context& ctx, const centrality_args& args) {
  const auto limits = args.iterations.limits();
  if (!args.years.empty() && !args.view.at.empty()) throw usage_error("give --at or --years, not both");
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  query::centrality_options options{.metrics = args.metrics,
                                    .normalization = args.normalization,
                                    .tolerance = limits.tolerance,
                                    .max_iterations = limits.max_iterations,
                                    .threads = args.threads,
                                    .view = args.view.options()};
  if (args.years.empty()) {
    ctx.emit(report_of(query::centrality(net, args.view.day(), options)));
    return;
  }
  const auto [first, last] = parse_years(args.years);
  options.progress = ctx.progress("centrality");
  const query::table t = query::centrality(net, year_span{first, last}, options);
  std::vector<std::string> dates;
  for (const day_number d : every_year(first, last)) dates.push_back(day_text(d));
  ctx.emit(series_report(t, dates));
}

}  // namespace

void add_centrality(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "centrality", "Centrality per actor on a date or on every 31 December of a span");
  auto args = std::make_shared<centrality_args>();
  args->view.add_to(*sub);
  sub->add_option("--years", args->years, "Y1:Y2: one snapshot per 31 December from Y1 to Y2");
  sub->add_option("--metrics", args->metrics,
                  "Comma-separated: degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz (default all)");
  sub->add_option("--normalization", args->normalization, "networkx (default), igraph or raw");
  args->iterations.add_to(*sub);
  sub->add_option("--threads", args->threads, "Threads (default 0: every hardware thread)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_centrality(ctx, *args); }; });
}

}  // namespace pactgraph::cli
