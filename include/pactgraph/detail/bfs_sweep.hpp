#pragma once

// The unweighted search of a sweep, tuned because it is where betweenness and closeness spend their
// time: 32-bit CSR arrays copied once per sweep (half the memory traffic of the snapshot's size_t
// arrays), integer distances, and dependencies pulled from successors over out-arcs, so the
// backward pass writes each vertex once and directed graphs need no in-arcs at all.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "pactgraph/detail/csr_adjacency.hpp"

namespace pactgraph::detail {

/// Out-arcs of a graph in 32-bit form; `arc_edge` only when edge sums are wanted.
struct compact_out_arcs {
  std::vector<std::uint32_t> rows;  ///< n + 1 offsets
  std::vector<std::uint32_t> cols;
  std::vector<std::uint32_t> arc_edge;

  compact_out_arcs() = default;
  compact_out_arcs(const csr_view& g, bool with_edges)
      : rows(g.out_rows.begin(), g.out_rows.end()), cols(g.out_cols.begin(), g.out_cols.end()) {
    if (with_edges) {
      arc_edge.reserve(g.arc_edges.size());
      for (const auto& a : g.arc_edges) arc_edge.push_back(a.edge);
    }
  }
};

/// The buffers of one thread's breadth-first searches, sized once and reset only where touched.
struct bfs_workspace {
  static constexpr std::int32_t unreached = -1;
  std::vector<std::int32_t> dist;
  std::vector<double> sigma;  ///< shortest-path counts from the source
  std::vector<double> coeff;  ///< (1 + δ(v)) / σ(v), the share v passes to each predecessor
  /// Vertices in the order they are reached, plus one slot: the branch-free forward loop stores every
  /// neighbour at the tail before deciding whether to keep it, also once all n vertices are in.
  std::vector<std::uint32_t> order;

  void fit(std::size_t n) {
    if (dist.size() >= n) return;
    dist.assign(n, unreached);
    sigma.assign(n, 0.0);
    coeff.assign(n, 0.0);
    order.assign(n + 1, 0);
  }
};

/// Breadth-first search from `s` that adds its share, times `weight` (the number of sources it stands
/// for, see twin_classes.hpp), to `sums`: O(V + E). Betweenness counts ordered pairs, as in sweep_sums.
template <class Sums>
void bfs_sweep_source(const compact_out_arcs& g, std::uint32_t s, std::uint32_t weight, bool betweenness,
                      bool edge_betweenness, bool distances, bfs_workspace& ws, Sums& sums) {
  std::int32_t* const dist = ws.dist.data();
  double* const sigma = ws.sigma.data();
  double* const coeff = ws.coeff.data();
  std::uint32_t* const order = ws.order.data();
  const std::uint32_t* const rows = g.rows.data();
  const std::uint32_t* const cols = g.cols.data();

  const auto times = static_cast<double>(weight);
  std::size_t tail = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1.0;
  const bool dependencies = betweenness || edge_betweenness;
  for (std::size_t head = 0; head < tail; ++head) {
    const std::uint32_t v = order[head];
    const std::int32_t next = dist[v] + 1;
    if (dependencies) {
      const double paths = sigma[v];
      // Branch-free: in the dense snapshots of alliance data the tests are unpredictable.
      for (std::uint32_t k = rows[v]; k < rows[v + 1]; ++k) {
        const std::uint32_t w = cols[k];
        const bool fresh = dist[w] == bfs_workspace::unreached;
        dist[w] = fresh ? next : dist[w];
        order[tail] = w;
        tail += fresh;
        sigma[w] += dist[w] == next ? paths : 0.0;
      }
    } else {
      // Distances alone need no path counts.
      for (std::uint32_t k = rows[v]; k < rows[v + 1]; ++k) {
        const std::uint32_t w = cols[k];
        if (dist[w] == bfs_workspace::unreached) {
          dist[w] = next;
          order[tail++] = w;
        }
      }
    }
  }

  if (distances)
    for (std::size_t i = 1; i < tail; ++i) {
      const std::uint32_t v = order[i];
      const auto d = static_cast<double>(dist[v]);
      sums.distance_sum[v] += times * d;
      sums.inverse_distance[v] += times / d;
      sums.reached_by[v] += weight;
    }

  if (dependencies) {
    // δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over successors w; the source's own δ is not needed.
    for (std::size_t i = tail; i-- > 1;) {
      const std::uint32_t v = order[i];
      const std::int32_t next = dist[v] + 1;
      double pulled = 0.0;
      for (std::uint32_t k = rows[v]; k < rows[v + 1]; ++k) {
        const std::uint32_t w = cols[k];
        const double share = dist[w] == next ? coeff[w] : 0.0;
        pulled += share;
        if (edge_betweenness) sums.edge_betweenness[g.arc_edge[k]] += sigma[v] * share;
      }
      const double delta = sigma[v] * pulled;
      coeff[v] = (1.0 + delta) / sigma[v];
      if (betweenness) sums.betweenness[v] += times * delta;
    }
    if (edge_betweenness) {
      const std::int32_t next = 1;
      for (std::uint32_t k = rows[s]; k < rows[s + 1]; ++k)
        if (dist[cols[k]] == next) sums.edge_betweenness[g.arc_edge[k]] += coeff[cols[k]];
    }
  }

  for (std::size_t i = 0; i < tail; ++i) {
    const std::uint32_t v = order[i];
    dist[v] = bfs_workspace::unreached;
    sigma[v] = 0.0;
    coeff[v] = 0.0;
  }
}

}  // namespace pactgraph::detail
