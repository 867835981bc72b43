#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <vector>

#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/adjacency.hpp"

namespace pactgraph {

/// The whole-network figures of one graph, computed together.
///
/// Apart from density, each is taken on the underlying undirected simple graph (parallel ties once,
/// no self-loops), which is also where networkx's undirected functions would read an obligation view.
struct network_statistics {
  std::size_t vertices = 0;
  std::size_t edges = 0;           ///< undirected edges, or arcs of a directed graph
  double density = 0;              ///< m / (n (n − 1)), times 2 when undirected; 0 when n < 2
  double transitivity = 0;         ///< 3 × triangles / connected triples; 0 when there is no triple
  double average_clustering = 0;   ///< mean local clustering over all vertices; NaN on the empty graph
  std::size_t largest_component = 0;  ///< its vertex count (the first of equal size, by smallest vertex)
  std::uint32_t diameter = 0;      ///< of the largest component; 0 on the empty graph
  std::uint32_t radius = 0;        ///< of the largest component; 0 on the empty graph
  double assortativity = 0;        ///< degree assortativity; NaN without edges or when every end has one degree
};

namespace detail {

/// Triangles at each vertex of the underlying undirected graph given by sorted `rows`.
inline std::vector<std::uint64_t> triangles_at(const std::vector<std::vector<std::uint32_t>>& rows) {
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

inline network_statistics statistics(const adjacency& g) {
  network_statistics s{};
  const std::size_t n = g.size();
  s.vertices = n;
  s.edges = g.edge_count;
  if (n >= 2) {
    const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
    s.density = static_cast<double>(g.edge_count) * (g.directed ? 1.0 : 2.0) / pairs;
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

/// Density, transitivity, average clustering, diameter and radius of the largest component and degree
/// assortativity in one pass over the graph; O(n m) for the eccentricities, O(m d_max) for triangles.
/// Each matches networkx (`density`, `transitivity`, `average_clustering`, `diameter` and `radius` of
/// the largest component, `degree_assortativity_coefficient`) on the undirected graph, except where
/// networkx raises: the empty graph gets average clustering NaN and diameter and radius 0.
/// Assortativity: M. E. J. Newman, doi:10.1103/PhysRevLett.89.208701; clustering: Watts and Strogatz,
/// doi:10.1038/30918.
template <algorithm_graph Graph>
network_statistics statistics(const Graph& g) {
  return detail::statistics(detail::adjacency_of(g));
}

/// The density: m / (n (n − 1)) for a directed graph, 2m / (n (n − 1)) undirected; 0 when n < 2. O(m).
template <algorithm_graph Graph>
double density(const Graph& g) {
  const auto a = detail::adjacency_of(g);
  if (a.size() < 2) return 0;
  return static_cast<double>(a.edge_count) * (a.directed ? 1.0 : 2.0) /
         (static_cast<double>(a.size()) * static_cast<double>(a.size() - 1));
}

}  // namespace pactgraph
