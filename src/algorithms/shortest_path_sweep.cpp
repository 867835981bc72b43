#include "shortest_path_sweep.hpp"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "bfs_sweep.hpp"
#include "bitset_bfs.hpp"
#include "locality_labels.hpp"
#include "pactgraph/detail/worker_count.hpp"
#include "pactgraph/error.hpp"
#include "twin_classes.hpp"

namespace pactgraph::detail {

void sweep_sums::init(const sweep_request& r, std::size_t n, std::size_t m) {
  if (r.betweenness) betweenness.assign(n, 0.0);
  if (r.edge_betweenness) edge_betweenness.assign(m, 0.0);
  if (r.distances) {
    distance_sum.assign(n, 0.0);
    inverse_distance.assign(n, 0.0);
    reached_by.assign(n, 0);
  }
}
void sweep_sums::clear() {
  std::fill(betweenness.begin(), betweenness.end(), 0.0);
  std::fill(edge_betweenness.begin(), edge_betweenness.end(), 0.0);
  std::fill(distance_sum.begin(), distance_sum.end(), 0.0);
  std::fill(inverse_distance.begin(), inverse_distance.end(), 0.0);
  std::fill(reached_by.begin(), reached_by.end(), 0u);
}
void sweep_sums::add(const sweep_sums& o) {
  for (std::size_t i = 0; i < betweenness.size(); ++i) betweenness[i] += o.betweenness[i];
  for (std::size_t i = 0; i < edge_betweenness.size(); ++i) edge_betweenness[i] += o.edge_betweenness[i];
  for (std::size_t i = 0; i < distance_sum.size(); ++i) {
    distance_sum[i] += o.distance_sum[i];
    inverse_distance[i] += o.inverse_distance[i];
    reached_by[i] += o.reached_by[i];
  }
}

namespace {

/// The buffers of one thread, sized once and reset only where a search touched them.
struct sweep_workspace {
  static constexpr double unreached = std::numeric_limits<double>::infinity();
  std::vector<double> dist, sigma, delta;
  std::vector<std::uint32_t> order;  ///< vertices in the order they are settled (non-decreasing distance)
  std::vector<std::pair<double, std::uint32_t>> heap;

  void fit(std::size_t n) {
    if (dist.size() >= n) return;
    dist.assign(n, unreached);
    sigma.assign(n, 0.0);
    delta.assign(n, 0.0);
    order.reserve(n);
  }
};

/// Searches from `s` (breadth-first when `lengths` is empty, else Dijkstra) and adds its share to `sums`.
/// O(V + E) unweighted, O((V + E) log V) weighted. sweep_all sends hop counts to bfs_sweep_source instead.
void sweep_source(const simple_graph& g, std::span<const double> lengths, std::uint32_t s, const sweep_request& r,
                  sweep_workspace& ws, sweep_sums& sums) {
  auto& dist = ws.dist;
  auto& sigma = ws.sigma;
  auto& delta = ws.delta;
  auto& order = ws.order;
  const auto out_rows = g.out_offsets(), out_cols = g.out_targets(), out_edges = g.out_edges();
  const auto in_rows = g.in_offsets(), in_cols = g.in_sources(), in_edges = g.in_edges();
  order.clear();
  dist[s] = 0.0;
  sigma[s] = 1.0;
  const bool weighted = !lengths.empty();
  if (!weighted) {
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      const double next = dist[v] + 1.0;
      for (const std::uint32_t w : g.out(v)) {
        if (dist[w] == sweep_workspace::unreached) {
          dist[w] = next;
          order.push_back(w);
        }
        if (dist[w] == next) sigma[w] += sigma[v];
      }
    }
  } else {
    // Path counts are pulled when a vertex is settled: with positive lengths every predecessor on a
    // shortest path is settled before it, and the sum `dist[u] + length` is the same expression
    // networkx compares, so ties between path lengths are decided identically.
    auto& heap = ws.heap;
    heap.clear();
    heap.emplace_back(0.0, s);
    const auto later = std::greater<>();
    while (!heap.empty()) {
      std::pop_heap(heap.begin(), heap.end(), later);
      // Named copies, not a structured binding: the lambda below captures them (clang 14 cannot).
      const double d = heap.back().first;
      const std::uint32_t v = heap.back().second;
      heap.pop_back();
      if (d > dist[v] || (v != s && sigma[v] != 0.0) || (v == s && !order.empty())) continue;
      if (v != s)
        for (std::uint32_t k = in_rows[v]; k < in_rows[v + 1]; ++k) {
          const std::uint32_t u = in_cols[k];
          if (sigma[u] != 0.0 && dist[u] + lengths[in_edges[k]] == d) sigma[v] += sigma[u];
        }
      order.push_back(v);
      for (std::uint32_t k = out_rows[v]; k < out_rows[v + 1]; ++k) {
        const std::uint32_t w = out_cols[k];
        const double nd = d + lengths[out_edges[k]];
        if (nd < dist[w]) {
          dist[w] = nd;
          heap.emplace_back(nd, w);
          std::push_heap(heap.begin(), heap.end(), later);
        }
      }
    }
  }

  if (r.distances)
    for (std::size_t i = 1; i < order.size(); ++i) {
      const std::uint32_t v = order[i];
      sums.distance_sum[v] += dist[v];
      sums.inverse_distance[v] += 1.0 / dist[v];
      ++sums.reached_by[v];
    }

  if (r.betweenness || r.edge_betweenness) {
    for (std::size_t i = order.size(); i-- > 0;) {
      const std::uint32_t w = order[i];
      const double coeff = (1.0 + delta[w]) / sigma[w];
      for (std::uint32_t k = in_rows[w]; k < in_rows[w + 1]; ++k) {
        const std::uint32_t v = in_cols[k];
        const std::uint32_t e = in_edges[k];
        const double step = weighted ? lengths[e] : 1.0;
        if (dist[v] == sweep_workspace::unreached || dist[v] + step != dist[w]) continue;
        const double c = sigma[v] * coeff;
        delta[v] += c;
        if (r.edge_betweenness) sums.edge_betweenness[e] += c;
      }
      if (r.betweenness && w != s) sums.betweenness[w] += delta[w];
    }
  }

  for (const std::uint32_t v : order) {
    dist[v] = sweep_workspace::unreached;
    sigma[v] = 0.0;
    delta[v] = 0.0;
  }
}

/// The distances between members of one twin class, which a representative's weighted search gets
/// wrong: it counts each other member k times at the class distance, where k - 1 sources reach it,
/// and never counts the representative itself, which k - 1 sources reach.
void add_within_twin_classes(const twin_classes& twins, sweep_sums& sums) {
  for (const auto& c : twins.classes) {
    const auto others = static_cast<std::uint32_t>(c.others.size());
    for (const auto v : c.others) {
      sums.distance_sum[v] -= c.distance;
      sums.inverse_distance[v] -= 1.0 / c.distance;
      --sums.reached_by[v];
    }
    sums.distance_sum[c.representative] += others * c.distance;
    sums.inverse_distance[c.representative] += others / c.distance;
    sums.reached_by[c.representative] += others;
  }
}

}  // namespace

sweep_sums sweep_all(const simple_graph& g, std::span<const double> lengths, const sweep_request& r, unsigned threads) {
  const std::size_t n = g.vertex_count();
  sweep_sums total;
  total.init(r, n, g.edge_count());
  if (n == 0) return total;
  // The chunking depends on n alone: it fixes the order of floating-point additions.
  const std::size_t chunk = std::max<std::size_t>(1, (n + 63) / 64);
  const std::size_t chunks = (n + chunk - 1) / chunk;
  threads = worker_count(threads, chunks);

  // Hop counts take the tuned breadth-first kernel.
  const bool hops = lengths.empty();
  std::optional<compact_out_arcs> compact;
  if (hops) compact.emplace(g, r.edge_betweenness);
  // Twins share one search (twin_classes.hpp); edge sums would differ between their edges.
  std::vector<std::uint32_t> weight(n, 1);
  twin_classes twins;
  if (hops && !g.directed() && !r.edge_betweenness) {
    twins = find_twin_classes(compact->rows, compact->cols);
    weight = twins.source_weight;
  }
  // Searches run on labels chosen for cache locality (locality_labels.hpp), from the sources in the
  // caller's order; sums are mapped back once at the end.
  std::vector<std::uint32_t> label;
  if (hops && (r.relabel_any_size || locality_pays(*compact))) {
    label = locality_labels(*compact);
    relabel_arcs(*compact, label);
  }
  // Small dense graphs search level by level over bit rows instead (bitset_bfs.hpp).
  std::optional<bitset_rows> bits;
  if (hops) bits = bitset_rows::when_cheaper(*compact);

  // Chunk sums are added in chunk order. A thread that finishes ahead of the order parks its sums and
  // goes on with another buffer instead of waiting for the slower chunk; parking is bounded so memory
  // stays within a few buffers per thread.
  std::mutex lock;
  std::condition_variable room;
  std::map<std::size_t, sweep_sums> parked;  ///< finished chunks not yet added, by chunk
  std::vector<sweep_sums> spare;              ///< buffers of added chunks, for reuse
  std::size_t next = 0;
  std::size_t merged = 0;
  const std::size_t max_parked = 2 * static_cast<std::size_t>(threads);
  auto work = [&](sweep_workspace& ws, bfs_workspace& bfs) {
    if (hops)
      bfs.fit(n);
    else
      ws.fit(n);
    sweep_sums part;
    part.init(r, n, g.edge_count());
    for (;;) {
      std::size_t c = 0;
      {
        // The thread holding chunk `merged` never waits here before parking it, so this cannot deadlock.
        std::unique_lock hold(lock);
        room.wait(hold, [&] { return parked.size() < max_parked; });
        c = next++;
      }
      if (c >= chunks) return;
      part.clear();
      const std::size_t last = std::min(n, (c + 1) * chunk);
      for (std::size_t s = c * chunk; s < last; ++s) {
        const auto source = static_cast<std::uint32_t>(s);
        if (!hops)
          sweep_source(g, lengths, source, r, ws, part);
        else if (weight[s] == 0)  // a twin whose class representative searches for it
          continue;
        else if (const auto from = label.empty() ? source : label[s]; bits)
          bitset_sweep_source(*bits, from, weight[s], r.betweenness, r.distances, bfs, part);
        else
          bfs_sweep_source(*compact, from, weight[s], r.betweenness, r.edge_betweenness, r.distances, bfs, part);
      }
      const std::scoped_lock hold(lock);
      parked.emplace(c, std::move(part));
      for (auto it = parked.begin(); it != parked.end() && it->first == merged; it = parked.erase(it)) {
        total.add(it->second);
        ++merged;
        spare.push_back(std::move(it->second));
      }
      room.notify_all();
      if (spare.empty()) {
        part = sweep_sums{};
        part.init(r, n, g.edge_count());
      } else {
        part = std::move(spare.back());
        spare.pop_back();
      }
    }
  };
  if (threads == 1) {
    // Kept per thread so a series of snapshots on one thread reuses the same buffers.
    thread_local sweep_workspace ws;
    thread_local bfs_workspace bfs;
    work(ws, bfs);
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        sweep_workspace ws;
        bfs_workspace bfs;
        work(ws, bfs);
      });
  }
  if (!label.empty()) {
    unlabel(total.betweenness, label);
    unlabel(total.distance_sum, label);
    unlabel(total.inverse_distance, label);
    unlabel(total.reached_by, label);
  }
  if (r.distances) add_within_twin_classes(twins, total);
  return total;
}

}  // namespace pactgraph::detail
