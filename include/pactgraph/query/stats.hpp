// `stats`: whole-graph statistics of the standard snapshot of a day, or of every 31 December of a span.
#pragma once

#include <cstddef>
#include <functional>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The options of `stats`, named as the command's.
struct stats_options {
  unsigned threads = 0;     ///< over a span: 0, every hardware thread
  snapshot_options view{};  ///< which ties and actors (the command's --kinds, --actors)
  /// Over a span: called with (dates done, dates in all) as each date finishes.
  std::function<void(std::size_t, std::size_t)> progress{};
};

/// Table "stats", one row per date (a day: one row). Columns: date (text, ISO), vertices, edges
/// (integer), density, transitivity, average_clustering (real), largest_component, diameter,
/// radius (integer: of the largest component), assortativity (real; NaN when undefined). Notes (on a
/// day): no source covers it.
[[nodiscard]] table stats(const alliance_network& net, day_number day, const stats_options& options = {});
[[nodiscard]] table stats(const alliance_network& net, year_span years, const stats_options& options = {});

}  // namespace pactgraph::query
