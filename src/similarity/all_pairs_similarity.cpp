#include "pactgraph/similarity/all_pairs_similarity.hpp"

#include <numeric>
#include <string>

#include "pactgraph/error.hpp"

#include "pactgraph/similarity/portfolio_table.hpp"

namespace pactgraph {

namespace {

// Tabulates pair (i, j) from the non-zeros alone: a state k where both values are 0 only adds to
// cell (0, 0), whose count is what the non-zeros leave of n (its distance, and so its weight's
// share of S's numerator, is 0).
void tabulate(const portfolio_set& set, std::size_t i, std::size_t j, std::span<const double> weights,
              double total_weight, portfolio_table& table) {
  const bool weighted = !weights.empty();
  table.reset(set.maximum(), weighted);
  const auto a = set.portfolio(i), b = set.portfolio(j);
  std::uint32_t counted = 0;
  for (const auto& e : set.non_zero(i)) {
    table.add_count(e.value, b[e.k], 1);
    if (weighted) table.add_weight(e.value, b[e.k], weights[e.k]);
    ++counted;
  }
  for (const auto& e : set.non_zero(j)) {
    if (a[e.k] != 0) continue;
    table.add_count(0, e.value, 1);
    if (weighted) table.add_weight(0, e.value, weights[e.k]);
    ++counted;
  }
  table.add_count(0, 0, static_cast<std::uint32_t>(set.size()) - counted);
  if (weighted) table.set_total_weight(total_weight);
}

double checked_sum(const portfolio_set& set, std::span<const double> weights) {
  if (!weights.empty() && weights.size() != set.size())
    throw usage_error("similarity: " + std::to_string(weights.size()) + " weights for " + std::to_string(set.size()) +
                      " states");
  return std::accumulate(weights.begin(), weights.end(), 0.0);
}

}  // namespace

similarity_scores pair_similarity(const portfolio_set& set, std::size_t i, std::size_t j,
                                  std::span<const double> weights) {
  portfolio_table table;
  tabulate(set, i, j, weights, checked_sum(set, weights), table);
  return scores_of(table);
}

std::vector<similarity_scores> all_pairs_similarity(const portfolio_set& set, std::span<const double> weights) {
  const std::size_t n = set.size();
  std::vector<similarity_scores> out;
  out.reserve(n < 2 ? 0 : n * (n - 1) / 2);
  const double total = checked_sum(set, weights);
  portfolio_table table;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      tabulate(set, i, j, weights, total, table);
      out.push_back(scores_of(table));
    }
  return out;
}

}  // namespace pactgraph
