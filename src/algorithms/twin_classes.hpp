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

#include <cstddef>
#include <cstdint>
#include <span>
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
twin_classes find_twin_classes(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols);

}  // namespace pactgraph::detail
