// `pactgraph stats (--at DATE | --years Y1:Y2)`: whole-graph statistics of the snapshot.
#include <memory>

#include "context.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/algorithms/statistics.hpp"

namespace pactgraph::cli {

namespace {

struct stats_args {
  view_choice view;
  std::string years;
  unsigned threads = 0;
};

// One row per date, so a series is one tidy table for R and pandas.
const std::vector<std::string> stats_columns{"date",          "vertices", "edges",  "density",
                                             "transitivity",  "average_clustering", "largest_component",
                                             "diameter",      "radius",   "assortativity"};

void add_row(table& t, day_number day, const network_statistics& s) {
  t.add({day_text(day), static_cast<std::int64_t>(s.vertices), static_cast<std::int64_t>(s.edges), s.density,
         s.transitivity, s.average_clustering, static_cast<std::int64_t>(s.largest_component),
         static_cast<std::int64_t>(s.diameter), static_cast<std::int64_t>(s.radius), s.assortativity});
}

void run_stats(context& ctx, const stats_args& args) {
  if (!args.years.empty() && !args.view.at.empty()) throw usage_error("give --at or --years, not both");
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const snapshot_options options = args.view.options();
  table t{.name = "stats", .columns = stats_columns};
  report r;
  if (args.years.empty()) {
    const snapshot s(net, args.view.day(), options);
    add_row(t, s.day(), statistics(s));
    note_coverage(net, s.day(), r);
  } else {
    const auto [first, last] = parse_years(args.years);
    const auto dates = every_year(first, last);
    const auto results = series(
        net, dates, [](const snapshot& s) { return statistics(s); },
        {.threads = args.threads, .snapshot = options, .progress = ctx.progress("stats")});
    for (std::size_t i = 0; i < dates.size(); ++i) add_row(t, dates[i], results[i]);
  }
  r.tables.push_back(std::move(t));
  ctx.emit(r);
}

}  // namespace

void add_stats(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "stats", "Density, transitivity, clustering, diameter, assortativity");
  auto args = std::make_shared<stats_args>();
  args->view.add_to(*sub);
  sub->add_option("--years", args->years, "Y1:Y2: one snapshot per 31 December from Y1 to Y2");
  sub->add_option("--threads", args->threads, "Threads (default 0: every hardware thread)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_stats(ctx, *args); }; });
}

}  // namespace pactgraph::cli
