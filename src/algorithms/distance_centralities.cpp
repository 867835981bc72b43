// Betweenness, closeness and harmonic centrality from the sums of one shortest-path sweep.

#include "pactgraph/algorithms/distance_centralities.hpp"

#include <limits>
#include <utility>

#include "edge_values.hpp"
#include "shortest_path_sweep.hpp"

namespace pactgraph::detail {

namespace {

/// The factor that turns ordered-pair sums into the convention asked for.
double betweenness_scale(std::size_t n, bool directed, normalization norm, bool edges) {
  if (norm != normalization::networkx) return directed ? 1.0 : 0.5;
  const double nd = static_cast<double>(n);
  if (edges) return n > 1 ? 1.0 / (nd * (nd - 1.0)) : 1.0;
  return n > 2 ? 1.0 / ((nd - 1.0) * (nd - 2.0)) : 1.0;
}

/// Closeness of every vertex from the sums of a sweep.
std::vector<double> closeness_from(const sweep_sums& sums, std::size_t n, normalization norm) {
  std::vector<double> out(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    const double reached = sums.reached_by[v];
    const double total = sums.distance_sum[v];
    if (reached == 0.0) {
      // igraph leaves a vertex that nothing reaches undefined; networkx gives it 0.
      out[v] = norm == normalization::igraph ? std::numeric_limits<double>::quiet_NaN() : 0.0;
      continue;
    }
    out[v] = reached / total;
    if (norm == normalization::networkx) out[v] *= reached / (static_cast<double>(n) - 1.0);
  }
  return out;
}

/// Harmonic centrality of every vertex from the sums of a sweep.
std::vector<double> harmonic_from(const sweep_sums& sums, std::size_t n, normalization norm) {
  std::vector<double> out = sums.inverse_distance;
  if (norm == normalization::igraph && n > 1)
    for (double& x : out) x /= static_cast<double>(n) - 1.0;
  return out;
}

}  // namespace

std::vector<double> vertex_betweenness_of(const simple_graph& g, const betweenness_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(g, o.length, o.lengths, storage);
  auto sums = sweep_all(g, lengths, {.betweenness = true}, o.threads);
  const double scale = betweenness_scale(g.vertex_count(), g.directed(), o.normalization, false);
  for (double& x : sums.betweenness) x *= scale;
  return std::move(sums.betweenness);
}

edge_centrality edge_betweenness_of(const simple_graph& g, const betweenness_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(g, o.length, o.lengths, storage);
  auto sums = sweep_all(g, lengths, {.edge_betweenness = true}, o.threads);
  const double scale = betweenness_scale(g.vertex_count(), g.directed(), o.normalization, true);
  for (double& x : sums.edge_betweenness) x *= scale;
  edge_centrality out{.values = std::move(sums.edge_betweenness)};
  out.ends.reserve(g.edge_count());
  for (const auto& e : g.edges()) out.ends.emplace_back(e.u, e.v);
  return out;
}

std::vector<double> closeness_of(const simple_graph& g, const closeness_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(g, o.length, o.lengths, storage);
  return closeness_from(sweep_all(g, lengths, {.distances = true}, o.threads), g.vertex_count(), o.normalization);
}

std::vector<double> harmonic_of(const simple_graph& g, const harmonic_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(g, o.length, o.lengths, storage);
  return harmonic_from(sweep_all(g, lengths, {.distances = true}, o.threads), g.vertex_count(), o.normalization);
}

distance_centrality_values distance_centralities_of(const simple_graph& g, const shortest_path_options& o) {
  std::vector<double> storage{};
  const auto lengths = resolve_lengths(g, o.length, o.lengths, storage);
  auto sums = sweep_all(g, lengths, {.betweenness = true, .distances = true}, o.threads);
  const std::size_t n = g.vertex_count();
  const double scale = betweenness_scale(n, g.directed(), o.normalization, false);
  for (double& x : sums.betweenness) x *= scale;
  return {.betweenness = std::move(sums.betweenness),
          .closeness = closeness_from(sums, n, o.normalization),
          .harmonic = harmonic_from(sums, n, o.normalization)};
}

}  // namespace pactgraph::detail
