#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph {

/// Triangles of a signed snapshot by the signs of their three edges.
///
/// An edge whose pair has both cooperative and hostile ties has sign 0 (mixed, `snapshot_edge::sign`):
/// it is neither positive nor negative, so a triangle with one is only counted in `with_mixed`.
struct triangle_census {
  std::size_t ppp = 0;  ///< +++ balanced: friends of friends are friends
  std::size_t ppn = 0;  ///< ++- unbalanced
  std::size_t pnn = 0;  ///< +-- balanced: the enemy of my enemy is my friend
  std::size_t nnn = 0;  ///< --- unbalanced (in Heider's strict sense)
  std::size_t with_mixed = 0;

  [[nodiscard]] std::size_t signed_total() const { return ppp + ppn + pnn + nnn; }
  [[nodiscard]] std::size_t balanced() const { return ppp + pnn; }
  /// Balanced triangles over all triangles without a mixed edge; NaN when there are none.
  [[nodiscard]] double balance_ratio() const {
    return signed_total() == 0 ? std::numeric_limits<double>::quiet_NaN()
                               : static_cast<double>(balanced()) / static_cast<double>(signed_total());
  }
  friend bool operator==(const triangle_census&, const triangle_census&) = default;
};

/// The frustration of a partition into camps: the edges that disagree with it.
struct frustration {
  std::size_t positive_across = 0;  ///< cooperative edges between camps
  std::size_t negative_within = 0;  ///< hostile edges inside a camp
  std::size_t mixed = 0;  ///< mixed edges: one of their ties disagrees wherever the camps put the pair

  [[nodiscard]] std::size_t total() const { return positive_across + negative_within + mixed; }
  friend bool operator==(const frustration&, const frustration&) = default;
};

/// Counts the triangles of an undirected snapshot by sign pattern (Cartwright and Harary's structural
/// balance, doi:10.1037/h0046049). Take the snapshot with hostile ties, e.g.
/// `{.kinds = tie_kind::alliance | tie_kind::hostile}`. O(m · d_max). Throws usage_error on a directed view.
triangle_census signed_triangles(const snapshot& s);

/// The frustration of a partition of an undirected snapshot's vertices into camps (`camp[v]`, any
/// labels; two camps is the classic case): positive edges across plus negative edges within, mixed
/// edges counted apart. O(m). Throws usage_error on a directed view or a partition of the wrong size.
frustration frustration_of(const snapshot& s, std::span<const std::uint32_t> camp);

}  // namespace pactgraph
