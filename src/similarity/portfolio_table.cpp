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

// Quadratic κ and π from the cell counts of an L × L table (row-major), in integers until the
// final division so that equal tables give equal bits.
std::pair<double, double> kappa_and_pi(const std::uint32_t* cells, std::size_t levels) {
  std::int64_t n = 0, sum_a = 0, sum_b = 0, sum_a2 = 0, sum_b2 = 0, squared = 0;
  for (std::size_t x = 0; x < levels; ++x)
    for (std::size_t y = 0; y < levels; ++y) {
      const std::int64_t c = cells[x * levels + y];
      const auto xi = static_cast<std::int64_t>(x), yi = static_cast<std::int64_t>(y);
      n += c;
      sum_a += c * xi;
      sum_b += c * yi;
      sum_a2 += c * xi * xi;
      sum_b2 += c * yi * yi;
      squared += c * (xi - yi) * (xi - yi);
    }
  // κ = 1 − Σd² / [Σa² + Σb² − (2/n)ΣaΣb], both sides times n;
  // π = 1 − Σd² / [Σa² + Σb² − (Σa + Σb)²/(2n)], both sides times 2n.
  const std::int64_t kappa_denominator = n * (sum_a2 + sum_b2) - 2 * sum_a * sum_b;
  const std::int64_t pi_denominator = 2 * n * (sum_a2 + sum_b2) - (sum_a + sum_b) * (sum_a + sum_b);
  const double kappa = kappa_denominator == 0 ? missing
                                              : 1.0 - static_cast<double>(n * squared) /
                                                          static_cast<double>(kappa_denominator);
  const double pi = pi_denominator == 0 ? missing
                                        : 1.0 - static_cast<double>(2 * n * squared) /
                                                    static_cast<double>(pi_denominator);
  return {kappa, pi};
}

// Kendall's τ-b over the n pairs (x, y) the table counts, from 2-D cumulative sums: each cell's
// concordant partners lie above and to the right, its discordant ones above and to the left.
double tau_b(const portfolio_table& t) {
  const std::size_t levels = t.levels();
  // above_right[x][y] = Σ c[x'][y'] for x' ≥ x, y' ≥ y; above_left[x][y] = for x' ≥ x, y' ≤ y.
  std::array<std::int64_t, (portfolio_table::max_levels + 1) * (portfolio_table::max_levels + 2)> above_right{};
  std::array<std::int64_t, (portfolio_table::max_levels + 1) * (portfolio_table::max_levels + 2)> above_left{};
  const std::size_t width = levels + 2;  // column y is stored at y + 1, with a zero border each side
  auto at = [width](std::size_t x, std::size_t y1) { return x * width + y1; };
  for (std::size_t x = levels; x-- > 0;) {
    for (std::size_t y = levels; y-- > 0;)
      above_right[at(x, y + 1)] = t.count(static_cast<std::uint8_t>(x), static_cast<std::uint8_t>(y)) +
                                  above_right[at(x + 1, y + 1)] + above_right[at(x, y + 2)] -
                                  above_right[at(x + 1, y + 2)];
    for (std::size_t y = 0; y < levels; ++y)
      above_left[at(x, y + 1)] = t.count(static_cast<std::uint8_t>(x), static_cast<std::uint8_t>(y)) +
                                 above_left[at(x + 1, y + 1)] + above_left[at(x, y)] - above_left[at(x + 1, y)];
  }
  std::int64_t n = 0, concordant = 0, discordant = 0, ties_a = 0, ties_b = 0;
  std::array<std::int64_t, portfolio_table::max_levels> columns{};
  for (std::size_t x = 0; x < levels; ++x) {
    std::int64_t row = 0;
    for (std::size_t y = 0; y < levels; ++y) {
      const std::int64_t c = t.count(static_cast<std::uint8_t>(x), static_cast<std::uint8_t>(y));
      row += c;
      columns[y] += c;
      concordant += c * above_right[at(x + 1, y + 2)];
      if (y > 0) discordant += c * above_left[at(x + 1, y)];
    }
    n += row;
    ties_a += row * (row - 1) / 2;
  }
  for (std::size_t y = 0; y < levels; ++y) ties_b += columns[y] * (columns[y] - 1) / 2;
  const std::int64_t pairs = n * (n - 1) / 2;
  const auto product = static_cast<double>(pairs - ties_a) * static_cast<double>(pairs - ties_b);
  return product == 0 ? missing : static_cast<double>(concordant - discordant) / std::sqrt(product);
}

}  // namespace

similarity_scores scores_of(const portfolio_table& t) {
  const std::size_t levels = t.levels();
  const double d_max = t.maximum();
  std::int64_t n = 0, absolute = 0, squared = 0;
  std::array<std::uint32_t, 4> binary{};  // (x > 0, y > 0), row-major
  for (std::size_t x = 0; x < levels; ++x)
    for (std::size_t y = 0; y < levels; ++y) {
      const std::uint32_t c = t.count(static_cast<std::uint8_t>(x), static_cast<std::uint8_t>(y));
      const auto d = static_cast<std::int64_t>(x > y ? x - y : y - x);
      n += c;
      absolute += c * d;
      squared += c * d * d;
      binary[(x > 0 ? 2 : 0) + (y > 0 ? 1 : 0)] += c;
    }
  similarity_scores s;
  if (t.weighted()) {
    const auto& w = t.weighted_distance();
    s[similarity_measure::s_abs] = signorino_ritter(w[0], t.total_weight(), d_max);
    s[similarity_measure::s_sq] = signorino_ritter(w[1], t.total_weight(), d_max * d_max);
    s[similarity_measure::s_bin] = signorino_ritter(w[2], t.total_weight(), 1.0);
  } else {
    const auto total = static_cast<double>(n);
    s[similarity_measure::s_abs] = signorino_ritter(static_cast<double>(absolute), total, d_max);
    s[similarity_measure::s_sq] = signorino_ritter(static_cast<double>(squared), total, d_max * d_max);
    s[similarity_measure::s_bin] = signorino_ritter(static_cast<double>(binary[1] + binary[2]), total, 1.0);
  }
  std::tie(s[similarity_measure::kappa], s[similarity_measure::pi]) = kappa_and_pi(t.cells(), levels);
  std::tie(s[similarity_measure::kappa_bin], s[similarity_measure::pi_bin]) = kappa_and_pi(binary.data(), 2);
  s[similarity_measure::taub] = tau_b(t);
  return s;
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
