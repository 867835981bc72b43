// `centrality`: per-actor vertex measures on the standard snapshot of a day, or of every
// 31 December of a span of years.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The options of `centrality`, named as the command's.
struct centrality_options {
  std::string metrics = "all";           ///< comma-separated names of query::measure_names, or all
  std::string normalization = "networkx";  ///< networkx, igraph or raw
  double tolerance = 1.0e-6;             ///< eigenvector, PageRank and Katz stop below n · tolerance
  std::optional<std::size_t> max_iterations{};  ///< empty: each measure's default (100; Katz 1000)
  unsigned threads = 0;                  ///< 0: every hardware thread
  snapshot_options view{};               ///< which ties and actors (the command's --kinds, --actors)
  /// Over a span: called with (dates done, dates in all) as each date finishes.
  std::function<void(std::size_t, std::size_t)> progress{};
};

/// Table "nodes", one row per actor of the snapshot, in vertex order. On a day, date (text, ISO)
/// is a scalar; over a span, date is the leading column and the rows run date by date. Then:
/// code (integer; missing when none), abbrev, name (text), one real column per asked measure, in
/// the order of measure_names, NaN where the measure did not converge. Notes: on a day, each failed
/// measure and a day no source covers; over a span, each kind of failure once with its count and
/// first and last date, and how many dates no source covers. usage_error on an unknown metric or
/// normalisation, or limits that are not positive.
[[nodiscard]] table centrality(const alliance_network& net, day_number day, const centrality_options& options = {});
[[nodiscard]] table centrality(const alliance_network& net, year_span years, const centrality_options& options = {});

}  // namespace pactgraph::query
