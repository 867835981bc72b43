#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "pactgraph/similarity/similarity_measure.hpp"

namespace pactgraph {

/// One pair's table of portfolio values: how many states k have (a_ik, a_jk) = (x, y), plus the
/// weighted distances S needs. Every measure is a function of it, so a pair costs O(n) to
/// tabulate and O(levels²) to score, τ-b included (no loop over pairs of pairs).
class portfolio_table {
 public:
  static constexpr std::size_t max_levels = 16;

  /// An empty table for values 0..maximum; `weighted`: S uses the weights given to add().
  explicit portfolio_table(std::uint8_t maximum = 3, bool weighted = false) { reset(maximum, weighted); }

  /// Empties the table (only the cells its levels use, so reuse is cheap).
  void reset(std::uint8_t maximum, bool weighted) {
    m_levels = static_cast<std::uint8_t>(maximum + 1);
    m_weighted = weighted;
    for (std::size_t i = 0; i < std::size_t{m_levels} * m_levels; ++i) m_counts[i] = 0;
    m_total_weight = 0;
    m_distance = {};
  }

  /// Counts one state k with values x for i and y for j, and weight w_k (ignored when unweighted).
  void add(std::uint8_t x, std::uint8_t y, double weight = 1.0) {
    ++m_counts[std::size_t{x} * m_levels + y];
    if (m_weighted) {
      m_total_weight += weight;
      add_distance(x, y, weight);
    }
  }

  /// Counts `count` states with values (x, y) at once; their weights must be given with add_weight().
  void add_count(std::uint8_t x, std::uint8_t y, std::uint32_t count) { m_counts[std::size_t{x} * m_levels + y] += count; }
  /// Adds one state's weight to S's sums (for tables filled with add_count).
  void add_weight(std::uint8_t x, std::uint8_t y, double weight) { add_distance(x, y, weight); }
  /// Sets the sum of weights over N (for tables filled with add_count).
  void set_total_weight(double total) { m_total_weight = total; }

  [[nodiscard]] std::uint8_t maximum() const { return static_cast<std::uint8_t>(m_levels - 1); }
  [[nodiscard]] std::uint8_t levels() const { return m_levels; }
  [[nodiscard]] bool weighted() const { return m_weighted; }
  [[nodiscard]] std::uint32_t count(std::uint8_t x, std::uint8_t y) const { return m_counts[std::size_t{x} * m_levels + y]; }
  /// The counts row-major with stride levels(): cell (x, y) at x * levels() + y.
  [[nodiscard]] const std::uint32_t* cells() const { return m_counts.data(); }
  [[nodiscard]] double total_weight() const { return m_total_weight; }
  /// Σ w_k |x − y|, Σ w_k (x − y)², Σ w_k [x > 0 ≠ y > 0] over the states added with a weight.
  [[nodiscard]] const std::array<double, 3>& weighted_distance() const { return m_distance; }

 private:
  void add_distance(std::uint8_t x, std::uint8_t y, double weight) {
    if (x == y) return;
    const double d = x > y ? x - y : y - x;
    m_distance[0] += weight * d;
    m_distance[1] += weight * d * d;
    if ((x > 0) != (y > 0)) m_distance[2] += weight;
  }

  std::array<std::uint32_t, max_levels * max_levels> m_counts{};
  std::uint8_t m_levels = 0;
  bool m_weighted = false;
  double m_total_weight = 0;
  std::array<double, 3> m_distance{};
};

/// Every measure of the pair a table describes; NaN where a denominator is zero.
/// S uses the table's weights when it is weighted; κ, π and τ-b are unweighted.
[[nodiscard]] similarity_scores scores_of(const portfolio_table& table);

/// The table of two portfolios over the same states, values 0..maximum; `weights` empty or one
/// per state. O(n).
[[nodiscard]] portfolio_table table_of(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b,
                                       std::uint8_t maximum, std::span<const double> weights = {});

/// Every measure of two portfolios (see similarity_measure); throws usage_error when the lengths
/// differ or a value exceeds `maximum`.
[[nodiscard]] similarity_scores portfolio_similarity(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b,
                                                     std::uint8_t maximum, std::span<const double> weights = {});

}  // namespace pactgraph
