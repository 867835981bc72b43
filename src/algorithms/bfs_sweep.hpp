#pragma once

// The unweighted search of a sweep, tuned because it is where betweenness and closeness spend their
// time: the graph's out-rows copied once per sweep (so they can be relabelled for locality), integer
// distances, dependencies pulled from successors over out-arcs, so the backward pass writes each vertex once and directed graphs need no in-arcs at all, and on undirected graphs path
// counts pulled from predecessors too. Small dense graphs take bitset_bfs.hpp instead.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "pactgraph/graph/simple_graph.hpp"

namespace pactgraph::detail {

/// Out-arcs of a graph in 32-bit form; `arc_edge` only when edge sums are wanted.
struct compact_out_arcs {
  std::vector<std::uint32_t> rows;  ///< n + 1 offsets
  std::vector<std::uint32_t> cols;
  std::vector<std::uint32_t> arc_edge;
  bool symmetric = false;  ///< every arc u → v has its v → u: an undirected graph's out-arcs are its in-arcs

  compact_out_arcs() = default;
  compact_out_arcs(const simple_graph& g, bool with_edges)
      : rows(g.out_offsets().begin(), g.out_offsets().end()),
        cols(g.out_targets().begin(), g.out_targets().end()),
        symmetric(!g.directed()) {
    if (with_edges) arc_edge.assign(g.out_edges().begin(), g.out_edges().end());
  }
};

/// The buffers of one thread's breadth-first searches, sized once and reset only where touched.
struct bfs_workspace {
  static constexpr std::int32_t unreached = -1;
  std::vector<std::int32_t> dist;
  /// σ(v), the number of shortest paths from the source, until the backward pass replaces it by
  /// (1 + δ(v)) / σ(v), the share v passes to each of its predecessors. +0.0 where not reached.
  std::vector<double> paths_or_share;
  /// Vertices in the order they are reached, plus one slot: the branch-free forward loop stores every
  /// neighbour at the tail before deciding whether to keep it, also once all n vertices are in.
  std::vector<std::uint32_t> order;
  // The bitset search's own (bitset_bfs.hpp): vertex sets by level, where each level starts in
  // `order`, and the vertices reached so far.
  std::vector<std::uint64_t> level_sets;
  std::vector<std::uint32_t> level_starts;
  std::vector<std::uint64_t> reached_set;

  void fit(std::size_t n) {
    if (dist.size() >= n) return;
    dist.assign(n, unreached);
    paths_or_share.assign(n, 0.0);
    order.assign(n + 1, 0);
  }
};

/// `x` if `keep`, else +0.0, by masking the bits: compilers turn `keep ? x : 0.0` back into a
/// branch, and in these loops that branch is mispredicted about as often as it is taken.
inline double keep_if(bool keep, double x) {
  const std::uint64_t mask = std::uint64_t{0} - static_cast<std::uint64_t>(keep);
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) & mask);
}

/// How the forward search counts shortest paths.
enum class path_counting {
  none,    ///< distances alone
  pushed,  ///< σ(v) added to each successor as v is taken from the queue: directed graphs
  pulled,  ///< σ(v) summed from the neighbours one level up as v is taken: symmetric arcs
};

/// The forward search from `s`: fills ws.order (returns how many were reached), the distances and,
/// unless `Counting` is none, σ in ws.paths_or_share. Branch-free, because in dense alliance
/// snapshots the tests are unpredictable. Pulling σ reads the neighbours only, where pushing it is a
/// read-modify-write of a random cache line per arc; it needs the in-arcs, which only symmetric arcs give.
template <path_counting Counting>
std::size_t bfs_forward(const compact_out_arcs& g, std::uint32_t s, bfs_workspace& ws) {
  std::int32_t* const dist = ws.dist.data();
  double* const value = ws.paths_or_share.data();
  std::uint32_t* const order = ws.order.data();
  const std::uint32_t* const rows = g.rows.data();
  const std::uint32_t* const cols = g.cols.data();
  std::size_t tail = 0;
  order[tail++] = s;
  dist[s] = 0;
  for (std::size_t head = 0; head < tail; ++head) {
    const std::uint32_t v = order[head];
    const std::int32_t level = dist[v];
    const std::int32_t next = level + 1;
    // σ(v) so far: complete when pushed; pulled counts start from 0 (all of v's neighbours one level
    // up were taken from the queue before v, so theirs are complete). The source has one path.
    double paths = head == 0 ? 1.0 : value[v];
    for (std::uint32_t k = rows[v]; k < rows[v + 1]; ++k) {
      const std::uint32_t w = cols[k];
      const std::int32_t seen = dist[w];
      const bool fresh = seen == bfs_workspace::unreached;
      dist[w] = fresh ? next : seen;
      order[tail] = w;
      tail += fresh;
      if constexpr (Counting == path_counting::pulled)
        paths += keep_if(seen == level - 1, value[w]);  // unreached ones hold +0.0
      else if constexpr (Counting == path_counting::pushed)
        value[w] += keep_if(fresh || seen == next, paths);
    }
    if constexpr (Counting != path_counting::none) value[v] = paths;
  }
  return tail;
}

/// Breadth-first search from `s` that adds its share, times `weight` (the number of sources it stands
/// for, see twin_classes.hpp), to `sums`: O(V + E). Betweenness counts ordered pairs, as in sweep_sums.
template <class Sums>
void bfs_sweep_source(const compact_out_arcs& g, std::uint32_t s, std::uint32_t weight, bool betweenness,
                      bool edge_betweenness, bool distances, bfs_workspace& ws, Sums& sums) {
  std::int32_t* const dist = ws.dist.data();
  double* const value = ws.paths_or_share.data();
  const std::uint32_t* const order = ws.order.data();
  const std::uint32_t* const rows = g.rows.data();
  const std::uint32_t* const cols = g.cols.data();
  const auto times = static_cast<double>(weight);
  const bool dependencies = betweenness || edge_betweenness;
  const std::size_t tail = !dependencies ? bfs_forward<path_counting::none>(g, s, ws)
                           : g.symmetric ? bfs_forward<path_counting::pulled>(g, s, ws)
                                         : bfs_forward<path_counting::pushed>(g, s, ws);

  if (distances)
    for (std::size_t i = 1; i < tail; ++i) {
      const std::uint32_t v = order[i];
      const auto d = static_cast<double>(dist[v]);
      sums.distance_sum[v] += times * d;
      sums.inverse_distance[v] += times / d;
      sums.reached_by[v] += weight;
    }

  if (dependencies) {
    // δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over successors w, whose shares are in place because they
    // come later in `order`, while v still holds σ(v); the source's own δ is not needed.
    for (std::size_t i = tail; i-- > 1;) {
      const std::uint32_t v = order[i];
      const std::int32_t next = dist[v] + 1;
      const double sigma = value[v];
      double pulled = 0.0;
      for (std::uint32_t k = rows[v]; k < rows[v + 1]; ++k) {
        const std::uint32_t w = cols[k];
        const double share = keep_if(dist[w] == next, value[w]);
        pulled += share;
        if (edge_betweenness) sums.edge_betweenness[g.arc_edge[k]] += sigma * share;
      }
      const double delta = sigma * pulled;
      value[v] = (1.0 + delta) / sigma;
      if (betweenness) sums.betweenness[v] += times * delta;
    }
    if (edge_betweenness)
      for (std::uint32_t k = rows[s]; k < rows[s + 1]; ++k)
        if (dist[cols[k]] == 1) sums.edge_betweenness[g.arc_edge[k]] += value[cols[k]];
  }

  for (std::size_t i = 0; i < tail; ++i) {
    dist[order[i]] = bfs_workspace::unreached;
    value[order[i]] = 0.0;
  }
}

}  // namespace pactgraph::detail
