// The atlas's charts: the standard snapshot's statistics and each actor's centralities on the last day
// of every year of the span, computed by the library's own algorithms when the page is written.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "atlas_parts.hpp"
#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::render::detail {

namespace {

/// Four decimals are what a chart can show, and they keep the page small.
double rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

// Density and degree centrality read straight off the snapshot, whose edges are already the distinct
// pairs (as pactgraph::density and pactgraph::degree count them): converting the graph for them
// every year would cost more than everything else the series does.

/// 2m / (n (n − 1)); 0 when n < 2.
double density_of(const snapshot& s) {
  const auto n = static_cast<double>(s.vertex_count());
  return n < 2 ? 0.0 : 2.0 * static_cast<double>(s.edge_count()) / (n * (n - 1.0));
}

/// Distinct neighbours / (n − 1), and 1 for the one vertex of a one-vertex graph (networkx's scaling).
double degree_centrality(const snapshot& s, std::uint32_t v) {
  const auto n = static_cast<double>(s.vertex_count());
  if (s.vertex_count() == 1) return 1.0;
  return static_cast<double>(s.row_starts()[v + 1] - s.row_starts()[v]) / (n - 1.0);
}

}  // namespace

nlohmann::json build_atlas_series(const alliance_network& net, const atlas_options& options,
                                  const atlas_timeline& timeline) {
  // The standard snapshot: states in the system and their alliance ties (or the kinds carried, if none is one).
  const tie_kind alliance = options.kinds & tie_kind::alliance;
  const snapshot_options standard{.kinds = alliance == tie_kind::none ? options.kinds : alliance,
                                  .actors = actor_kind::state};
  const int first = static_cast<int>(date::from_days(options.from).year());
  const int last = static_cast<int>(date::from_days(options.to).year());

  auto days = nlohmann::json::array();
  auto ties = nlohmann::json::array();
  auto density = nlohmann::json::array();
  auto largest = nlohmann::json::array();
  std::vector<nlohmann::json> degree_of(timeline.actors.size(), nlohmann::json::array());
  std::vector<nlohmann::json> betweenness_of(timeline.actors.size(), nlohmann::json::array());
  for (int year = first; year <= last; ++year) {
    const day_number day = std::clamp(day_of(year, 12, 31), options.from, options.to);
    const snapshot s(net, day, standard);
    // Only what the charts show: statistics() would also find the diameter, at O(n m) a year.
    const components blocs = connected_components(s.graph());
    const std::vector<double> betweennesses = betweenness(s.graph());
    days.push_back(day);
    ties.push_back(s.edge_count());
    density.push_back(rounded(density_of(s)));
    largest.push_back(blocs.count() == 0 ? 0 : blocs.members[blocs.largest()].size());
    for (std::size_t i = 0; i < timeline.actors.size(); ++i) {
      const auto v = s.vertex_of(timeline.actors[i]);
      degree_of[i].push_back(v ? nlohmann::json(rounded(degree_centrality(s, *v))) : nlohmann::json());
      betweenness_of[i].push_back(v ? nlohmann::json(rounded(betweennesses[*v])) : nlohmann::json());
    }
  }
  // An actor never in the standard snapshot (an organisation) has no series: null instead of a row of nulls.
  auto degree_rows = nlohmann::json::array();
  auto betweenness_rows = nlohmann::json::array();
  for (std::size_t i = 0; i < timeline.actors.size(); ++i) {
    const bool any = std::any_of(degree_of[i].begin(), degree_of[i].end(), [](const auto& x) { return !x.is_null(); });
    degree_rows.push_back(any ? std::move(degree_of[i]) : nlohmann::json());
    betweenness_rows.push_back(any ? std::move(betweenness_of[i]) : nlohmann::json());
  }
  return {{"days", std::move(days)},
          {"ties", std::move(ties)},
          {"density", std::move(density)},
          {"largest", std::move(largest)},
          {"degree", std::move(degree_rows)},
          {"betweenness", std::move(betweenness_rows)}};
}

}  // namespace pactgraph::render::detail
