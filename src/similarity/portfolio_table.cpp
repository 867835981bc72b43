#include "pactgraph/similarity/portfolio_table.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <tuple>
#include <utility>

#include "pactgraph/error.hpp"

namespace pactgraph {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

// 1 − 2·distance / (total · d_max^p), missing when the denominator vanishes.
double signorino_ritter(double distance, double total, double scale_max_power) {
  const double denominator = total * scale_max_power;
  return denominator == 0 ? missing : 1.0 - 2.0 * distance / denominator;
}

// Quadratic κ and π from a table's sums, in integers until the final division so that equal
// tables give equal bits. κ = 1 − Σd² / [Σa² + Σb² − (2/n)ΣaΣb], both sides times n;
// π = 1 − Σd² / [Σa² + Σb² − (Σa + Σb)²/(2n)], both sides times 2n.
struct moments {
  std::int64_t n = 0, sum_a = 0, sum_b = 0, sum_a2 = 0, sum_b2 = 0, squared = 0;
};

std::pair<double, double> kappa_and_pi(const moments& m) {
  const std::int64_t kappa_denominator = m.n * (m.sum_a2 + m.sum_b2) - 2 * m.sum_a * m.sum_b;
  const std::int64_t pi_denominator = 2 * m.n * (m.sum_a2 + m.sum_b2) - (m.sum_a + m.sum_b) * (m.sum_a + m.sum_b);
  const double kappa = kappa_denominator == 0 ? missing
                                              : 1.0 - static_cast<double>(m.n * m.squared) /
                                                          static_cast<double>(kappa_denominator);
  const double pi = pi_denominator == 0 ? missing
                                        : 1.0 - static_cast<double>(2 * m.n * m.squared) /
                                                    static_cast<double>(pi_denominator);
  return {kappa, pi};
}

// Every measure in one pass over the rows of the table. `Levels` is the table's size when known at
// compile time (4 for the valued scale, 2 for the binary one, so the loops unroll), 0 otherwise.
//
// τ-b: walking the rows from the top, `above[y]` counts the states already seen (values x' > x
// for i) with value y for j; a cell (x, y) is concordant with those at y' > y and discordant with
// those at y' < y. Ties: pairs within a row (same a_ik) and within a column (same a_jk).
template <std::size_t Levels>
similarity_scores scores_of_size(const portfolio_table& t) {
  const std::size_t levels = Levels == 0 ? t.levels() : Levels;
  const std::uint32_t* cells = t.cells();
  moments valued, binary;
  std::array<std::int64_t, 4> binary_cells{};  // (x > 0, y > 0), row-major
  std::array<std::int64_t, portfolio_table::max_levels> above{}, columns{};
  std::int64_t absolute = 0, concordance = 0, ties_a = 0;
  for (std::size_t x = levels; x-- > 0;) {
    std::int64_t row = 0, below_y = 0, above_y = 0;
    for (std::size_t y = 0; y < levels; ++y) above_y += above[y];
    for (std::size_t y = 0; y < levels; ++y) {
      const std::int64_t c = cells[x * levels + y];
      const auto xi = static_cast<std::int64_t>(x), yi = static_cast<std::int64_t>(y);
      const std::int64_t d = xi > yi ? xi - yi : yi - xi;
      above_y -= above[y];  // now Σ above[y'] for y' > y
      concordance += c * (above_y - below_y);
      below_y += above[y];  // Σ above[y'] for y' ≤ y, used at y + 1
      row += c;
      columns[y] += c;
      absolute += c * d;
      valued.squared += c * d * d;
      valued.sum_a += c * xi;
      valued.sum_b += c * yi;
      valued.sum_a2 += c * xi * xi;
      valued.sum_b2 += c * yi * yi;
      binary_cells[(x > 0 ? 2 : 0) + (y > 0 ? 1 : 0)] += c;
    }
    for (std::size_t y = 0; y < levels; ++y) above[y] += cells[x * levels + y];
    valued.n += row;
    ties_a += row * (row - 1) / 2;
  }
  std::int64_t ties_b = 0;
  for (std::size_t y = 0; y < levels; ++y) ties_b += columns[y] * (columns[y] - 1) / 2;
  // The binary table: values a_ik > 0 and a_jk > 0; the binary scale's values are 0 and 1.
  const std::int64_t b01 = binary_cells[1], b10 = binary_cells[2], b11 = binary_cells[3];
  binary = {.n = valued.n, .sum_a = b10 + b11, .sum_b = b01 + b11, .sum_a2 = b10 + b11, .sum_b2 = b01 + b11,
            .squared = b01 + b10};

  similarity_scores s;
  const double d_max = t.maximum();
  if (t.weighted()) {
    const auto& w = t.weighted_distance();
    s[similarity_measure::s_abs] = signorino_ritter(w[0], t.total_weight(), d_max);
    s[similarity_measure::s_sq] = signorino_ritter(w[1], t.total_weight(), d_max * d_max);
    s[similarity_measure::s_bin] = signorino_ritter(w[2], t.total_weight(), 1.0);
  } else {
    const auto total = static_cast<double>(valued.n);
    s[similarity_measure::s_abs] = signorino_ritter(static_cast<double>(absolute), total, d_max);
    s[similarity_measure::s_sq] = signorino_ritter(static_cast<double>(valued.squared), total, d_max * d_max);
    s[similarity_measure::s_bin] = signorino_ritter(static_cast<double>(binary.squared), total, 1.0);
  }
  std::tie(s[similarity_measure::kappa], s[similarity_measure::pi]) = kappa_and_pi(valued);
  std::tie(s[similarity_measure::kappa_bin], s[similarity_measure::pi_bin]) = kappa_and_pi(binary);
  const std::int64_t pairs = valued.n * (valued.n - 1) / 2;
  const auto product = static_cast<double>(pairs - ties_a) * static_cast<double>(pairs - ties_b);
  s[similarity_measure::taub] = product == 0 ? missing : static_cast<double>(concordance) / std::sqrt(product);
  return s;
}

}  // namespace

similarity_scores scores_of(const portfolio_table& t) {
  switch (t.levels()) {
    case 4: return scores_of_size<4>(t);
    case 2: return scores_of_size<2>(t);
    default: return scores_of_size<0>(t);
  }
}

portfolio_table table_of(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b, std::uint8_t maximum,
                         std::span<const double> weights) {
  if (maximum == 0 || maximum > portfolio_table::max_levels - 1)
    throw usage_error("portfolio scale maximum " + std::to_string(maximum) + " is outside 1.." +
                      std::to_string(portfolio_table::max_levels - 1));
  if (a.size() != b.size()) throw usage_error("portfolios of different lengths");
  if (!weights.empty() && weights.size() != a.size()) throw usage_error("weights and portfolios of different lengths");
  portfolio_table t(maximum, !weights.empty());
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] > maximum || b[k] > maximum)
      throw usage_error("portfolio value above the scale maximum " + std::to_string(maximum));
    t.add(a[k], b[k], weights.empty() ? 1.0 : weights[k]);
  }
  return t;
}

similarity_scores portfolio_similarity(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b,
                                       std::uint8_t maximum, std::span<const double> weights) {
  return scores_of(table_of(a, b, maximum, weights));
}

}  // namespace pactgraph
