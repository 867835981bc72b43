#include "pactgraph/query/stats.hpp"

#include <vector>

#include "building.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/algorithms/statistics.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

namespace {

// One row per date, so a span is one tidy table for R and pandas.
table stats_table(const std::vector<day_number>& days, const std::vector<network_statistics>& values) {
  std::vector<column> c{text_column("date"),
                        integer_column("vertices"),
                        integer_column("edges"),
                        real_column("density"),
                        real_column("transitivity"),
                        real_column("average_clustering"),
                        integer_column("largest_component"),
                        integer_column("diameter"),
                        integer_column("radius"),
                        real_column("assortativity")};
  for (std::size_t i = 0; i < days.size(); ++i) {
    const network_statistics& s = values[i];
    c[0].push(day_text(days[i]));
    c[1].push(static_cast<std::int64_t>(s.vertices));
    c[2].push(static_cast<std::int64_t>(s.edges));
    c[3].push(s.density);
    c[4].push(s.transitivity);
    c[5].push(s.average_clustering);
    c[6].push(static_cast<std::int64_t>(s.largest_component));
    c[7].push(static_cast<std::int64_t>(s.diameter));
    c[8].push(static_cast<std::int64_t>(s.radius));
    c[9].push(s.assortativity);
  }
  return {.name = "stats", .columns = std::move(c)};
}

}  // namespace

table stats(const alliance_network& net, day_number day, const stats_options& options) {
  const pactgraph::snapshot s(net, day, options.view);
  table t = stats_table({day}, {statistics(s)});
  detail::note_coverage(net, day, t.notes);
  return t;
}

table stats(const alliance_network& net, year_span years, const stats_options& options) {
  const auto days = every_year(years.first, years.last);
  const auto values = series(
      net, days, [](const snapshot& s) { return statistics(s); },
      {.threads = options.threads, .snapshot = options.view, .progress = options.progress});
  return stats_table(days, values);
}

}  // namespace pactgraph::query
