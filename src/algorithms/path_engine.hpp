#pragma once

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <span>
#include <utility>
#include <vector>

#include "pactgraph/graph/simple_graph.hpp"

namespace pactgraph::detail {

/// Single-source shortest paths that can skip vertices and some arcs, the engine behind
/// every path query (Yen's algorithm needs the restrictions for its spur paths).
///
/// Lengths are hops (BFS) or one per edge (Dijkstra; checked positive by the caller).
/// Equal lengths are recognised by exact comparison of the sums, as networkx does.
class path_engine {
 public:
  static constexpr double infinity = std::numeric_limits<double>::infinity();

  path_engine(const simple_graph& g, std::span<const double> lengths)
      : m_g(&g), m_lengths(lengths), m_dist(g.vertex_count()), m_mark(g.vertex_count()) {}

  [[nodiscard]] bool weighted() const { return !m_lengths.empty(); }
  /// The length of edge `e`.
  [[nodiscard]] double length(std::uint32_t e) const { return weighted() ? m_lengths[e] : 1.0; }

  /// Distances from `s`; vertices with blocked[v] != 0 are never entered, nor are the arcs
  /// from `spur` to a vertex of `banned` (sorted).
  const std::vector<double>& run(std::uint32_t s, std::span<const char> blocked = {}, std::uint32_t spur = no_vertex,
                                 std::span<const std::uint32_t> banned = {}) {
    m_blocked = blocked;
    m_spur = spur;
    m_banned = banned;
    std::fill(m_dist.begin(), m_dist.end(), infinity);
    m_dist[s] = 0;
    const auto offsets = m_g->out_offsets(), targets = m_g->out_targets(), edges = m_g->out_edges();
    if (!weighted()) {
      std::vector<std::uint32_t> queue{s};
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        for (std::uint32_t k = offsets[v]; k < offsets[v + 1]; ++k) {
          const std::uint32_t w = targets[k];
          if (!usable(v, w) || m_dist[w] != infinity) continue;
          m_dist[w] = m_dist[v] + 1;
          queue.push_back(w);
        }
      }
      return m_dist;
    }
    using item = std::pair<double, std::uint32_t>;
    std::priority_queue<item, std::vector<item>, std::greater<>> heap;
    heap.emplace(0.0, s);
    while (!heap.empty()) {
      const auto [d, v] = heap.top();
      heap.pop();
      if (d > m_dist[v]) continue;
      for (std::uint32_t k = offsets[v]; k < offsets[v + 1]; ++k) {
        const std::uint32_t w = targets[k];
        if (!usable(v, w)) continue;
        const double nd = d + m_lengths[edges[k]];
        if (nd < m_dist[w]) {
          m_dist[w] = nd;
          heap.emplace(nd, w);
        }
      }
    }
    return m_dist;
  }

  /// After run(s): marks the vertices on some shortest path from s to t; false when t is unreachable.
  bool mark_towards(std::uint32_t t) {
    std::fill(m_mark.begin(), m_mark.end(), 0);
    if (m_dist[t] == infinity) return false;
    std::vector<std::uint32_t> stack{t};
    m_mark[t] = 1;
    while (!stack.empty()) {
      const std::uint32_t x = stack.back();
      stack.pop_back();
      const auto in_offsets = m_g->in_offsets(), sources = m_g->in_sources(), in_edges = m_g->in_edges();
      for (std::uint32_t k = in_offsets[x]; k < in_offsets[x + 1]; ++k) {
        const std::uint32_t w = sources[k];
        if (m_mark[w] || m_dist[w] == infinity || !usable(w, x)) continue;
        if (m_dist[w] + length(in_edges[k]) != m_dist[x]) continue;
        m_mark[w] = 1;
        stack.push_back(w);
      }
    }
    return true;
  }

  /// After mark_towards(t): the arcs v → w that continue a shortest path to t, in ascending w.
  template <class Visit>
  void for_each_tight_arc(std::uint32_t v, Visit visit) const {
    const auto offsets = m_g->out_offsets(), targets = m_g->out_targets(), edges = m_g->out_edges();
    for (std::uint32_t k = offsets[v]; k < offsets[v + 1]; ++k) {
      const std::uint32_t w = targets[k];
      if (m_mark[w] && usable(v, w) && m_dist[v] + length(edges[k]) == m_dist[w]) visit(w);
    }
  }

  /// The lexicographically smallest shortest path from the last run's source s to t, or nothing.
  std::optional<std::vector<std::uint32_t>> smallest_path(std::uint32_t s, std::uint32_t t) {
    if (!mark_towards(t)) return std::nullopt;
    std::vector<std::uint32_t> path{s};
    while (path.back() != t) {
      std::uint32_t next = no_vertex;
      for_each_tight_arc(path.back(), [&](std::uint32_t w) {
        if (next == no_vertex) next = w;
      });
      path.push_back(next);
    }
    return path;
  }

  [[nodiscard]] const std::vector<double>& distances() const { return m_dist; }

  static constexpr std::uint32_t no_vertex = std::numeric_limits<std::uint32_t>::max();

 private:
  [[nodiscard]] bool usable(std::uint32_t v, std::uint32_t w) const {
    if (!m_blocked.empty() && m_blocked[w]) return false;
    return v != m_spur || !std::binary_search(m_banned.begin(), m_banned.end(), w);
  }

  const simple_graph* m_g;
  std::span<const double> m_lengths;
  std::vector<double> m_dist;
  std::vector<char> m_mark;
  std::span<const char> m_blocked;
  std::uint32_t m_spur = no_vertex;
  std::span<const std::uint32_t> m_banned;
};

}  // namespace pactgraph::detail
