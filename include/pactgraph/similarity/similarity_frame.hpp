#pragma once

#include <functional>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/similarity/all_pairs_similarity.hpp"
#include "pactgraph/similarity/similarity_weights.hpp"

namespace pactgraph {

/// The conventions of a similarity computation; each is a named parameter.
struct similarity_options {
  portfolio_scale scale{};
  portfolio_direction direction = portfolio_direction::either;
  /// S's w_k by state and year (the year of the date for similarity_on); none: every w_k is 1.
  const similarity_weights* weights = nullptr;
  unsigned threads = 0;  ///< for similarity_by_year (similarity_series.hpp); 0: every hardware thread; same results for any count
  /// Called as years finish with (years done, years in all), never from two threads at once.
  std::function<void(std::size_t, std::size_t)> progress{};
};

/// Every pair of states of the system N on one date or in one year, with their portfolios.
///
/// N holds the states with a COW code in the state system on the day (similarity_on) or on at
/// least one day of the year (similarity_by_year), ordered by code.
struct similarity_frame {
  int year = 0;
  day_number day = 0;  ///< the date (similarity_on) or 31 December of the year
  bool covered = true; ///< some source of pacts covers the date or year; if not, no tie means "no data"
  portfolio_set portfolios{};
  std::vector<double> weights{};            ///< w_k in row order; empty when unweighted
  std::vector<similarity_scores> scores{};  ///< pair_index order

  [[nodiscard]] const similarity_scores& scores_of(std::size_t i, std::size_t j) const {
    return scores[pair_index(i, j, portfolios.size())];
  }
};

/// Portfolios from the obligations in effect on `day` (obligation_view with the alliance kinds).
/// Throws data_error when a weights file lacks a state of N in the day's year.
[[nodiscard]] similarity_frame similarity_on(const alliance_network& net, day_number day,
                                             const similarity_options& options = {});

}  // namespace pactgraph
