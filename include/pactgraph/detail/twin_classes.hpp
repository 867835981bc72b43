#pragma once

// Structurally equivalent vertices of an undirected graph ("identical vertices" in Sariyüce et al.,
// "Shattering and compressing networks for betweenness centrality", SDM 2013). Alliance snapshots are
// full of them: every member of a multilateral pact with no other ties has the same neighbours.
// Twins u, u' see every other vertex at the same distance through the same number of shortest paths,
// and never lie on each other's shortest paths, so a search from one of them gives the betweenness
// and distance sums of all of them: one search per class instead of one per vertex.
//   closed twins: N(u) ∪ {u} = N(u') ∪ {u'} (adjacent, at distance 1);
//   open twins:   N(u) = N(u') ≠ ∅ (not adjacent, at distance 2).
// A vertex is in at most one class of either kind (closed twins are adjacent, open twins are not).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace pactgraph::detail {

struct twin_class {
  std::uint32_t representative = 0;
  std::vector<std::uint32_t> others;
  double distance = 1.0;  ///< between any two members: 1 for closed twins, 2 for open twins
};

struct twin_classes {
  /// Per vertex as a source: the class size for a representative, 0 for the other members, 1 for the rest.
  std::vector<std::uint32_t> source_weight;
  std::vector<twin_class> classes;  ///< only classes of two or more vertices
};

/// Groups the vertices of an undirected simple graph given as CSR rows (no self-loops).
/// O(E log E) for sorting the neighbour lists and O(n log n) comparisons of them.
inline twin_classes find_twin_classes(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols) {
  const std::size_t n = rows.size() - 1;
  twin_classes out;
  out.source_weight.assign(n, 1);

  // Each vertex's neighbours sorted, with the vertex itself in its place (the closed neighbourhood).
  std::vector<std::uint32_t> closed_rows(n + 1, 0);
  std::vector<std::uint32_t> closed;
  closed.reserve(cols.size() + n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto first = closed.size();
    closed.insert(closed.end(), cols.begin() + rows[v], cols.begin() + rows[v + 1]);
    closed.push_back(static_cast<std::uint32_t>(v));
    std::sort(closed.begin() + static_cast<std::ptrdiff_t>(first), closed.end());
    closed_rows[v + 1] = static_cast<std::uint32_t>(closed.size());
  }
  auto neighbourhood = [&](std::uint32_t v, bool with_self) {
    std::span<const std::uint32_t> all(closed.data() + closed_rows[v], closed.data() + closed_rows[v + 1]);
    if (with_self) return std::vector<std::uint32_t>(all.begin(), all.end());
    std::vector<std::uint32_t> open;
    open.reserve(all.size() - 1);
    for (const auto u : all)
      if (u != v) open.push_back(u);
    return open;
  };

  auto group = [&](const std::vector<std::uint32_t>& candidates, bool with_self, double distance) {
    std::vector<std::vector<std::uint32_t>> keys(n);
    for (const auto v : candidates) keys[v] = neighbourhood(v, with_self);
    std::vector<std::uint32_t> sorted = candidates;
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint32_t> singles;
    for (std::size_t i = 0; i < sorted.size();) {
      std::size_t j = i + 1;
      while (j < sorted.size() && keys[sorted[j]] == keys[sorted[i]]) ++j;
      if (j - i == 1) {
        singles.push_back(sorted[i]);
      } else {
        // The smallest index represents the class (stable sort keeps ascending order within a key).
        twin_class c{.representative = sorted[i], .others = {}, .distance = distance};
        c.others.assign(sorted.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                        sorted.begin() + static_cast<std::ptrdiff_t>(j));
        out.source_weight[c.representative] = static_cast<std::uint32_t>(j - i);
        for (const auto u : c.others) out.source_weight[u] = 0;
        out.classes.push_back(std::move(c));
      }
      i = j;
    }
    return singles;
  };

  std::vector<std::uint32_t> all;
  for (std::uint32_t v = 0; v < n; ++v)
    if (rows[v + 1] > rows[v]) all.push_back(v);  // isolated vertices reach nothing: nothing to save
  const auto left = group(all, true, 1.0);
  group(left, false, 2.0);
  std::sort(out.classes.begin(), out.classes.end(),
            [](const twin_class& a, const twin_class& b) { return a.representative < b.representative; });
  return out;
}

}  // namespace pactgraph::detail
