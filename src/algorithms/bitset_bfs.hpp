#pragma once

// The breadth-first search of a sweep on small dense graphs, level by level over adjacency bitsets.
// Late ATOP snapshots have about 200 states with 40 allies each, mostly in pact cliques, so four
// arcs in five join vertices of the same level and lead nowhere: the arc kernel (bfs_sweep.hpp)
// reads them twice per source. Here a level is found by OR-ing the rows of the one before, and path
// counts and dependencies visit only the arcs between consecutive levels. Results are bit-identical
// to the arc kernel when rows are sorted, as they are in copied graphs: both add the same terms in
// ascending neighbour order.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "bfs_sweep.hpp"

namespace pactgraph::detail {

/// Each vertex's neighbours as a row of 64-bit words.
class bitset_rows {
 public:
  /// The rows of a symmetric graph without parallel arcs, when their bit scans cost less than the arc
  /// scans they replace (a search reads about three rows per vertex, and every arc twice); otherwise none.
  [[nodiscard]] static std::optional<bitset_rows> when_cheaper(const compact_out_arcs& g);

  [[nodiscard]] std::size_t words() const { return m_words; }
  [[nodiscard]] const std::uint64_t* row(std::uint32_t v) const { return m_bits.data() + v * m_words; }

 private:
  std::size_t m_words = 0;
  std::vector<std::uint64_t> m_bits;
};

/// Calls f(v) for every vertex v in both bit sets, in ascending order.
template <class F>
void for_each_common(const std::uint64_t* a, const std::uint64_t* b, std::size_t words, F&& f) {
  for (std::size_t j = 0; j < words; ++j)
    for (std::uint64_t m = a[j] & b[j]; m != 0; m &= m - 1)
      f(static_cast<std::uint32_t>(j * 64 + static_cast<std::size_t>(std::countr_zero(m))));
}

/// The search of bfs_sweep_source, without edge sums, on bit rows: same sums, same workspace, left
/// reset as it found it. O(L·V·words + arcs between consecutive levels), L the number of levels.
template <class Sums>
void bitset_sweep_source(const bitset_rows& g, std::uint32_t s, std::uint32_t weight, bool betweenness,
                         bool distances, bfs_workspace& ws, Sums& sums) {
  const std::size_t words = g.words();
  double* const value = ws.paths_or_share.data();
  std::uint32_t* const order = ws.order.data();
  auto& level_sets = ws.level_sets;  // level d's vertices are level_sets[d·words, (d + 1)·words)
  auto& level_starts = ws.level_starts;  // level d is order[level_starts[d], level_starts[d + 1])
  auto& reached = ws.reached_set;
  const auto times = static_cast<double>(weight);

  reached.assign(words, 0);
  reached[s / 64] |= std::uint64_t{1} << (s % 64);
  level_sets.assign(2 * words, 0);
  level_sets[s / 64] = reached[s / 64];
  level_starts.assign({0, 1});
  order[0] = s;
  value[s] = 1.0;
  std::size_t tail = 1;
  // Forward: each level is the rows of the one before, minus what was reached; σ(w) is summed over
  // w's neighbours in the level before. Ends with an empty level, which the backward pass reads.
  for (std::size_t d = 0;; ++d) {
    std::uint64_t* const next = level_sets.data() + (d + 1) * words;
    for (std::size_t i = level_starts[d]; i < level_starts[d + 1]; ++i) {
      const std::uint64_t* const row = g.row(order[i]);
      for (std::size_t j = 0; j < words; ++j) next[j] |= row[j];
    }
    std::uint64_t any = 0;
    for (std::size_t j = 0; j < words; ++j) {
      next[j] &= ~reached[j];
      reached[j] |= next[j];
      any |= next[j];
    }
    if (any == 0) break;
    const std::uint64_t* const here = level_sets.data() + d * words;
    const auto distance = static_cast<double>(d + 1);
    for (std::size_t j = 0; j < words; ++j)
      for (std::uint64_t m = next[j]; m != 0; m &= m - 1) {
        const auto w = static_cast<std::uint32_t>(j * 64 + static_cast<std::size_t>(std::countr_zero(m)));
        order[tail++] = w;
        if (distances) {
          sums.distance_sum[w] += times * distance;
          sums.inverse_distance[w] += times / distance;
          sums.reached_by[w] += weight;
        }
        if (betweenness) {
          double paths = 0.0;
          for_each_common(g.row(w), here, words, [&](std::uint32_t u) { paths += value[u]; });
          value[w] = paths;
        }
      }
    level_starts.push_back(static_cast<std::uint32_t>(tail));
    level_sets.resize(level_sets.size() + words, 0);
  }

  // Backward, deepest level first: δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over w in v's row and the next
  // level, whose shares are in place; v's slot then turns from σ(v) to its own share.
  if (betweenness)
    for (std::size_t d = level_starts.size() - 1; d-- > 1;) {
      const std::uint64_t* const below = level_sets.data() + (d + 1) * words;
      for (std::size_t i = level_starts[d]; i < level_starts[d + 1]; ++i) {
        const std::uint32_t v = order[i];
        double pulled = 0.0;
        for_each_common(g.row(v), below, words, [&](std::uint32_t w) { pulled += value[w]; });
        const double delta = value[v] * pulled;
        value[v] = (1.0 + delta) / value[v];
        sums.betweenness[v] += times * delta;
      }
    }

  for (std::size_t i = 0; i < tail; ++i) value[order[i]] = 0.0;
}

}  // namespace pactgraph::detail
