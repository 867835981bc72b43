#include "pactgraph/query/centrality.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "building.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/query/measures.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

namespace {

/// What a table needs of one date: its actors in vertex order and their values. A series keeps
/// this rather than each snapshot, whose graph the table never reads.
struct dated_values {
  day_number day = 0;
  std::vector<actor_id> actors;
  measure_values values;
};

/// The asked measures with their normalisation and limits, checked once.
struct asked_measures {
  std::vector<std::size_t> metrics;
  pactgraph::normalization norm;
  iteration_limits limits;

  explicit asked_measures(const centrality_options& o)
      : metrics(parse_measures(o.metrics)),
        norm(parse_normalization(o.normalization)),
        limits{o.tolerance, o.max_iterations} {
    check_iteration_limits(limits);
  }

  [[nodiscard]] dated_values on(const snapshot& s, unsigned threads) const {
    return {s.day(), {s.nodes().begin(), s.nodes().end()}, compute_measures(s, metrics, norm, threads, limits)};
  }
};

/// The columns of the dates in order: actor columns, then one per measure (the date column apart).
std::vector<column> value_columns(const alliance_network& net, const std::vector<dated_values>& dates,
                                  const std::vector<std::size_t>& metrics, column* date) {
  detail::actor_columns who;
  std::vector<column> values;
  for (const std::size_t m : metrics) values.push_back(real_column(std::string(measure_names[m])));
  for (const auto& d : dates)
    for (std::size_t v = 0; v < d.actors.size(); ++v) {
      if (date) date->push(day_text(d.day));
      who.push(net, d.actors[v]);
      for (std::size_t i = 0; i < values.size(); ++i) values[i].push(d.values.columns[i][v]);
    }
  std::vector<column> out;
  who.move_into(out);
  for (column& c : values) out.push_back(std::move(c));
  return out;
}

}  // namespace

table centrality(const alliance_network& net, day_number day, const centrality_options& options) {
  const asked_measures asked(options);
  const pactgraph::snapshot s(net, day, options.view);
  const std::vector<dated_values> dates{asked.on(s, options.threads)};
  table t = detail::tidy_table("nodes", {detail::text_scalar("date", day_text(day))},
                               value_columns(net, dates, asked.metrics, nullptr));
  for (const auto& f : dates.front().values.failures)
    t.notes.push_back(day_text(day) + ": " + f + "; its column is left empty");
  detail::note_coverage(net, day, t.notes);
  return t;
}

table centrality(const alliance_network& net, year_span years, const centrality_options& options) {
  const asked_measures asked(options);
  const auto days = every_year(years.first, years.last);
  // Dates are shared among the threads; each date's measures then run on one thread.
  const auto results = series(
      net, days, [&](const snapshot& s) { return asked.on(s, 1); },
      {.threads = options.threads, .snapshot = options.view, .progress = options.progress});
  column date = text_column("date");
  table t{.name = "nodes", .columns = value_columns(net, results, asked.metrics, &date)};
  t.columns.insert(t.columns.begin(), std::move(date));

  // One note per failure kind over the whole span, not one per date.
  std::vector<std::pair<std::string, std::vector<day_number>>> failures;
  std::size_t uncovered = 0;
  for (const auto& d : results) {
    for (const auto& f : d.values.failures) {
      auto it = std::find_if(failures.begin(), failures.end(), [&](const auto& x) { return x.first == f; });
      if (it == failures.end()) it = failures.insert(failures.end(), {f, {}});
      it->second.push_back(d.day);
    }
    if (!net.covered(d.day)) ++uncovered;
  }
  for (const auto& [what, when] : failures)
    t.notes.push_back(what + " on " + std::to_string(when.size()) + " of " + std::to_string(days.size()) +
                      " dates (first " + day_text(when.front()) + ", last " + day_text(when.back()) +
                      "); its column is left empty there");
  if (uncovered != 0)
    t.notes.push_back(std::to_string(uncovered) + " of " + std::to_string(days.size()) +
                      " dates lie outside every source's coverage");
  return t;
}

}  // namespace pactgraph::query
