// The similarity measures of single pairs against published values and hand computations,
// and the properties every pair must have.

#include <cmath>
#include <random>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "pactgraph/error.hpp"
#include "pactgraph/similarity/portfolio_table.hpp"

using namespace pactgraph;
namespace tt = boost::test_tools;
using m = similarity_measure;
using values = std::vector<std::uint8_t>;

namespace {

// The published figures have four decimals.
constexpr double four_decimals = 5e-5;

void check(const similarity_scores& s, std::initializer_list<std::pair<m, double>> expected, double tolerance) {
  for (const auto& [measure, value] : expected) {
    BOOST_TEST_CONTEXT(name_of(measure) << " " << s[measure] << " vs " << value) {
      BOOST_TEST(std::abs(s[measure] - value) <= tolerance);  // absolute: published figures are rounded
    }
  }
}

// Kendall's τ-b by its definition, the O(n²) loop over pairs of pairs the library avoids.
double tau_b_by_pairs(const values& a, const values& b) {
  double concordant = 0, discordant = 0, ties_a = 0, ties_b = 0;
  const std::size_t n = a.size();
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const int da = (a[i] > a[j]) - (a[i] < a[j]), db = (b[i] > b[j]) - (b[i] < b[j]);
      if (da * db > 0) ++concordant;
      if (da * db < 0) ++discordant;
      if (da == 0) ++ties_a;
      if (db == 0) ++ties_b;
    }
  const double pairs = static_cast<double>(n * (n - 1) / 2);
  return (concordant - discordant) / std::sqrt((pairs - ties_a) * (pairs - ties_b));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(similarity_portfolio_table)

// Four states, A = (3,3,1,0), B = (3,3,0,0), C = (1,0,3,2), D = (0,0,2,3), weights (0.4, 0.3, 0.2, 0.1).
const values A{3, 3, 1, 0}, B{3, 3, 0, 0}, C{1, 0, 3, 2}, D{0, 0, 2, 3};
const std::vector<double> W{0.4, 0.3, 0.2, 0.1};

BOOST_AUTO_TEST_CASE(four_states_a_b) {
  check(portfolio_similarity(A, B, 3),
        {{m::s_abs, 0.8333}, {m::s_sq, 0.9444}, {m::s_bin, 0.5}, {m::kappa, 0.9375}, {m::pi, 0.9370},
         {m::kappa_bin, 0.5}, {m::pi_bin, 0.4667}, {m::taub, 0.8944}},
        four_decimals);
  check(portfolio_similarity(A, B, 3, W), {{m::s_abs, 0.8667}}, four_decimals);
  // By hand: Σ|d| = 1 over n·d_max = 12, so S_abs = 1 − 2/12; Σd² = 1, S_sq = 1 − 2/36;
  // κ = 1 − 1/(19 + 18 − 42/2); π = 1 − 1/(37 − 13²/8) = 1 − 8/127; τ-b: n_c 4, n_d 0, ties 1 and 2 of 6.
  check(portfolio_similarity(A, B, 3),
        {{m::s_abs, 5.0 / 6}, {m::s_sq, 17.0 / 18}, {m::kappa, 15.0 / 16}, {m::pi, 119.0 / 127},
         {m::taub, 4 / std::sqrt(20.0)}},
        1e-15);
}

BOOST_AUTO_TEST_CASE(four_states_c_d) {
  check(portfolio_similarity(C, D, 3),
        {{m::s_abs, 0.5}, {m::s_sq, 0.8333}, {m::s_bin, 0.5}, {m::kappa, 0.75}, {m::pi, 0.7474},
         {m::kappa_bin, 0.5}, {m::pi_bin, 0.4667}, {m::taub, 0.5477}},
        four_decimals);
  check(portfolio_similarity(C, D, 3, W), {{m::s_abs, 0.5333}}, four_decimals);
}

BOOST_AUTO_TEST_CASE(four_states_a_c) {
  check(portfolio_similarity(A, C, 3),
        {{m::s_abs, -0.5}, {m::s_sq, -0.1667}, {m::s_bin, 0.0}, {m::kappa, -0.75}, {m::pi, -0.7684},
         {m::kappa_bin, -0.3333}, {m::pi_bin, -0.3333}, {m::taub, -0.5477}},
        four_decimals);
  check(portfolio_similarity(A, C, 3, W), {{m::s_abs, -0.5333}}, four_decimals);
}

// Signorino and Ritter (1999), Table 6: Germany and Russia in 1914 over GMY, RUS, UKG, FRN, AUH,
// ITA, BEL, SPN, TUR, NTH, SWD, RUM, POR, SWZ, GRC, DEN, YUG, BUL, NOR, ALB.
BOOST_AUTO_TEST_CASE(signorino_ritter_1914_germany_russia) {
  const values germany{3, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0};
  const values russia{0, 3, 1, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  check(portfolio_similarity(germany, russia, 3),
        {{m::taub, 0.0303}, {m::s_abs, 0.40}, {m::s_sq, 0.4444}, {m::kappa, -0.0776}, {m::pi, -0.0870},
         {m::s_bin, 0.40}, {m::kappa_bin, 0.0625}, {m::pi_bin, 0.0625}},
        four_decimals);
}

// Signorino's GAUSS example: (3,3,2,2) against (2,2,3,3) gives S = 1/3, also with weights.
BOOST_AUTO_TEST_CASE(gauss_example) {
  const values a{3, 3, 2, 2}, b{2, 2, 3, 3};
  BOOST_TEST(portfolio_similarity(a, b, 3)[m::s_abs] == 1.0 / 3, tt::tolerance(1e-15));
  const std::vector<double> w{0.5, 0.3, 0.1, 0.1};
  BOOST_TEST(portfolio_similarity(a, b, 3, w)[m::s_abs] == 1.0 / 3, tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(properties_on_random_portfolios) {
  std::mt19937 random(20260101);
  std::uniform_int_distribution<int> value(0, 3), length(2, 40);
  std::uniform_real_distribution<double> weight(0.0, 1.0);
  for (int trial = 0; trial < 500; ++trial) {
    const std::size_t n = static_cast<std::size_t>(length(random));
    values a(n), b(n);
    std::vector<double> w(n);
    for (std::size_t k = 0; k < n; ++k) {
      a[k] = static_cast<std::uint8_t>(value(random));
      b[k] = static_cast<std::uint8_t>(value(random));
      w[k] = weight(random);
    }
    a[0] = b[1] = 3;  // each state maximally committed to itself, as the portfolios are built
    const auto ab = portfolio_similarity(a, b, 3), ba = portfolio_similarity(b, a, 3);
    const auto aa = portfolio_similarity(a, a, 3);
    for (std::size_t i = 0; i < similarity_measure_count; ++i) {
      const auto measure = static_cast<similarity_measure>(i);
      BOOST_TEST_CONTEXT(name_of(measure)) {
        // Symmetry, bit for bit (NaN included).
        BOOST_TEST((ab[measure] == ba[measure] || (std::isnan(ab[measure]) && std::isnan(ba[measure]))));
        BOOST_TEST((aa[measure] == 1.0 || std::isnan(aa[measure])));
        BOOST_TEST((std::isnan(ab[measure]) || (ab[measure] >= -1 - 1e-12 && ab[measure] <= 1 + 1e-12)));
      }
    }
    // A portfolio with a 3 and at least one other value is not constant: nothing missing against itself.
    BOOST_TEST(aa[m::s_abs] == 1.0);
    BOOST_TEST(aa[m::s_sq] == 1.0);
    BOOST_TEST(portfolio_similarity(a, a, 3, w)[m::s_sq] == 1.0);
    // |d|/d_max ≤ 1, so (|d|/d_max)² ≤ |d|/d_max: the squared scaled distance never exceeds the absolute one.
    BOOST_TEST(ab[m::s_sq] >= ab[m::s_abs]);
    if (!std::isnan(ab[m::taub])) BOOST_TEST(ab[m::taub] == tau_b_by_pairs(a, b), tt::tolerance(1e-12));
  }
}

BOOST_AUTO_TEST_CASE(missing_where_denominators_vanish) {
  // Two constant, equal portfolios: κ, π and τ-b divide by zero; S is 1.
  const values threes{3, 3, 3};
  const auto same = portfolio_similarity(threes, threes, 3);
  BOOST_TEST(same[m::s_abs] == 1.0);
  BOOST_TEST(std::isnan(same[m::kappa]));
  BOOST_TEST(std::isnan(same[m::pi]));
  BOOST_TEST(std::isnan(same[m::taub]));
  BOOST_TEST(std::isnan(same[m::kappa_bin]));
  // One constant portfolio against a varying one: τ-b's ties in a fill every pair, κ's denominator does not vanish.
  const auto one = portfolio_similarity(threes, values{3, 0, 1}, 3);
  BOOST_TEST(std::isnan(one[m::taub]));
  BOOST_TEST(!std::isnan(one[m::kappa]));
  // Weights all zero: S has no denominator; κ and π are unweighted and stay.
  const auto zero = portfolio_similarity(A, B, 3, std::vector<double>{0, 0, 0, 0});
  BOOST_TEST(std::isnan(zero[m::s_abs]));
  BOOST_TEST(std::isnan(zero[m::s_sq]));
  BOOST_TEST(std::isnan(zero[m::s_bin]));
  BOOST_TEST(zero[m::kappa] == 15.0 / 16, tt::tolerance(1e-15));
  // No states at all: everything is missing, nothing is 0.
  const auto none = portfolio_similarity(values{}, values{}, 3);
  for (const double v : none.values) BOOST_TEST(std::isnan(v));
}

BOOST_AUTO_TEST_CASE(bad_input_is_a_usage_error) {
  BOOST_CHECK_THROW((void)portfolio_similarity(A, values{3, 3}, 3), usage_error);
  BOOST_CHECK_THROW((void)portfolio_similarity(A, values{3, 3, 4, 0}, 3), usage_error);
  BOOST_CHECK_THROW((void)portfolio_similarity(A, B, 3, std::vector<double>{1.0}), usage_error);
  BOOST_CHECK_THROW((void)portfolio_similarity(A, B, 0), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
