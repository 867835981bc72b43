// Whole-network statistics on the underlying undirected simple graph.

#include "pactgraph/algorithms/statistics.hpp"

#include <algorithm>
#include <iterator>
#include <limits>

namespace pactgraph {

namespace detail {

namespace {

/// Triangles at each vertex of the underlying undirected graph given by sorted `rows`.
std::vector<std::uint64_t> triangles_at(const std::vector<std::vector<std::uint32_t>>& rows) {
  std::vector<std::uint64_t> t(rows.size(), 0);
  std::vector<std::uint32_t> common;
  for (std::uint32_t u = 0; u < rows.size(); ++u)
    for (const std::uint32_t v : rows[u]) {
      if (v <= u) continue;
      common.clear();
      const auto& a = rows[u];
      const auto& b = rows[v];
      std::set_intersection(std::upper_bound(a.begin(), a.end(), v), a.end(), std::upper_bound(b.begin(), b.end(), v),
                            b.end(), std::back_inserter(common));
      for (const std::uint32_t w : common) {
        ++t[u];
        ++t[v];
        ++t[w];
      }
    }
  return t;
}

}  // namespace

network_statistics statistics(const simple_graph& g) {
  network_statistics s{};
  const std::size_t n = g.vertex_count();
  s.vertices = n;
  s.edges = g.edge_count();
  if (n >= 2) {
    const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
    s.density = static_cast<double>(g.edge_count()) * (g.directed() ? 1.0 : 2.0) / pairs;
  }
  std::vector<std::vector<std::uint32_t>> rows(n);
  for (std::uint32_t v = 0; v < n; ++v) rows[v] = g.neighbours(v);
  const auto t = triangles_at(rows);
  double triples = 0, closed = 0, clustering = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    const auto d = static_cast<double>(rows[v].size());
    const double pairs = d * (d - 1) / 2;
    triples += pairs;
    closed += static_cast<double>(t[v]);
    if (pairs > 0) clustering += static_cast<double>(t[v]) / pairs;
  }
  s.transitivity = closed == 0 ? 0.0 : closed / triples;
  s.average_clustering = n == 0 ? std::numeric_limits<double>::quiet_NaN() : clustering / static_cast<double>(n);

  // Pearson correlation of the degrees at the two ends of every edge, each edge read both ways.
  double ends = 0, sum = 0, sum_sq = 0, sum_xy = 0;
  for (std::uint32_t u = 0; u < n; ++u)
    for (const std::uint32_t v : rows[u]) {
      const auto x = static_cast<double>(rows[u].size()), y = static_cast<double>(rows[v].size());
      ends += 1;
      sum += x;
      sum_sq += x * x;
      sum_xy += x * y;
    }
  const double mean = sum / ends;
  const double variance = sum_sq / ends - mean * mean;
  s.assortativity = ends == 0 || variance <= 0 ? std::numeric_limits<double>::quiet_NaN()
                                               : (sum_xy / ends - mean * mean) / variance;

  const auto parts = connected_components(g);
  if (parts.count() > 0) {
    const auto& members = parts.members[parts.largest()];
    s.largest_component = members.size();
    s.radius = std::numeric_limits<std::uint32_t>::max();
    constexpr auto unseen = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> dist(n, unseen), queue;
    for (const std::uint32_t source : members) {
      queue.assign(1, source);
      dist[source] = 0;
      std::uint32_t eccentricity = 0;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        eccentricity = dist[v];
        for (const std::uint32_t w : rows[v])
          if (dist[w] == unseen) {
            dist[w] = dist[v] + 1;
            queue.push_back(w);
          }
      }
      for (const std::uint32_t v : queue) dist[v] = unseen;
      s.diameter = std::max(s.diameter, eccentricity);
      s.radius = std::min(s.radius, eccentricity);
    }
  }
  return s;
}

}  // namespace detail

}  // namespace pactgraph
