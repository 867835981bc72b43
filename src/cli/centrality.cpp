// `pactgraph centrality (--at DATE | --years Y1:Y2)`: one column per measure, per actor, on the
// standard snapshot of a day or of every 31 December of a span.
#include <algorithm>
#include <memory>

#include "context.hpp"
#include "measures.hpp"
#include "pactgraph/algorithms/series.hpp"

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

/// What a report needs of one date: its actors in vertex order and their values. A series keeps
/// this rather than each snapshot, whose graph the report never reads.
struct dated_values {
  day_number day = 0;
  std::vector<actor_id> actors;
  snapshot_values values;
};

dated_values measured(const snapshot& s, const std::vector<std::size_t>& metrics, pactgraph::normalization norm,
                      unsigned threads, const iteration_limits& limits) {
  return {s.day(), {s.nodes().begin(), s.nodes().end()}, compute_measures(s, metrics, norm, threads, limits)};
}

report day_report(const alliance_network& net, const dated_values& d, const std::vector<std::size_t>& metrics) {
  report r;
  r.fields.emplace_back("date", day_text(d.day));
  std::vector<std::string> columns = actor_columns;
  for (const std::size_t m : metrics) columns.emplace_back(measure_names[m]);
  table nodes{.name = "nodes", .columns = columns};
  for (std::size_t v = 0; v < d.actors.size(); ++v) {
    auto row = actor_cells(net, d.actors[v]);
    for (const auto& column : d.values.columns) row.emplace_back(column[v]);
    nodes.add(std::move(row));
  }
  r.tables.push_back(std::move(nodes));
  for (const auto& f : d.values.failures) r.notes.push_back(day_text(d.day) + ": " + f + "; its column is left empty");
  return r;
}

void run_centrality(context& ctx, const centrality_args& args) {
  const auto metrics = parse_measures(args.metrics);
  const auto norm = parse_normalization(args.normalization);
  const auto limits = args.iterations.limits();
  if (!args.years.empty() && !args.view.at.empty()) throw usage_error("give --at or --years, not both");
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const snapshot_options options = args.view.options();

  if (args.years.empty()) {
    const snapshot s(net, args.view.day(), options);
    report r = day_report(net, measured(s, metrics, norm, args.threads, limits), metrics);
    note_coverage(net, s.day(), r);
    ctx.emit(r);
    return;
  }

  const auto [first, last] = parse_years(args.years);
  const auto dates = every_year(first, last);
  // Dates are shared among the threads; each date's measures then run on one thread.
  const auto results = series(
      net, dates, [&](const snapshot& s) { return measured(s, metrics, norm, 1, limits); },
      {.threads = args.threads, .snapshot = options, .progress = ctx.progress("centrality")});
  report r;
  std::size_t uncovered = 0;
  // One note per failure kind over the whole series, not one per date.
  std::vector<std::pair<std::string, std::vector<day_number>>> failures;
  for (const auto& d : results) {
    for (const auto& f : d.values.failures) {
      auto it = std::find_if(failures.begin(), failures.end(), [&](const auto& x) { return x.first == f; });
      if (it == failures.end()) it = failures.insert(failures.end(), {f, {}});
      it->second.push_back(d.day);
    }
    report day = day_report(net, d, metrics);
    day.notes.clear();
    if (!net.covered(d.day)) ++uncovered;
    r.series.push_back(std::move(day));
  }
  for (const auto& [what, days] : failures)
    r.notes.push_back(what + " on " + std::to_string(days.size()) + " of " + std::to_string(dates.size()) +
                      " dates (first " + day_text(days.front()) + ", last " + day_text(days.back()) +
                      "); its column is left empty there");
  if (uncovered != 0)
    r.notes.push_back(std::to_string(uncovered) + " of " + std::to_string(dates.size()) +
                      " dates lie outside every source's coverage");
  ctx.emit(r);
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
