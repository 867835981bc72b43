#pragma once

#include <span>
#include <vector>

#include "pactgraph/similarity/portfolio_set.hpp"
#include "pactgraph/similarity/similarity_measure.hpp"

namespace pactgraph {

/// Where pair (i, j), i < j, of n states sits in all_pairs_similarity's result: row-major.
[[nodiscard]] constexpr std::size_t pair_index(std::size_t i, std::size_t j, std::size_t n) {
  return i * (2 * n - i - 1) / 2 + (j - i - 1);
}

/// Every measure for pair (i, j) of a portfolio set; `weights` empty or one per state (row order).
/// O(n + non-zeros of the set) for the value counts of unweighted pairs, then O(non-zeros of a_i or a_j).
[[nodiscard]] similarity_scores pair_similarity(const portfolio_set& set, std::size_t i, std::size_t j,
                                                std::span<const double> weights = {});

/// Every measure for every pair i < j of a portfolio set, in pair_index order.
/// Unweighted, each pair costs O(the smaller non-zero count of a_i and a_j) to tabulate, weighted
/// O(both); scoring a table costs O(levels²). On the calling thread.
[[nodiscard]] std::vector<similarity_scores> all_pairs_similarity(const portfolio_set& set,
                                                                  std::span<const double> weights = {});

}  // namespace pactgraph
