// The vertex measures a question can ask for, by name, and their values on one snapshot.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The vertex measures on offer, in the order of their columns.
inline constexpr std::array<std::string_view, 7> measure_names{"degree",      "betweenness", "closeness", "harmonic",
                                                               "eigenvector", "pagerank",    "katz"};

/// A comma-separated list of measure names (or `all`) as sorted indices into measure_names;
/// usage_error with suggestions, naming `option`.
[[nodiscard]] std::vector<std::size_t> parse_measures(std::string_view text, std::string_view option = "--metrics");

/// networkx, igraph or raw; usage_error otherwise.
[[nodiscard]] pactgraph::normalization parse_normalization(std::string_view text);

/// When eigenvector, PageRank and Katz stop: networkx's rule, Σ|x − x_prev| < n · tolerance.
struct iteration_limits {
  double tolerance = 1.0e-6;
  std::optional<std::size_t> max_iterations{};  ///< empty: each measure's networkx default (100; Katz 1000)
};

/// The limits of `--tolerance` and `--max-iterations` as typed (each empty: the default); usage_error
/// naming the option on anything but a positive finite tolerance and a whole number of at least 1.
[[nodiscard]] iteration_limits parse_iteration_limits(std::string_view tolerance, std::string_view max_iterations);

/// usage_error unless the tolerance is positive and finite and max_iterations, when given, at least 1.
void check_iteration_limits(const iteration_limits& limits);

/// The measures of one snapshot: one column per asked measure, indexed by vertex; a column is NaN
/// where its measure failed (an iteration that did not converge), with the reason in `failures`.
struct measure_values {
  std::vector<std::vector<double>> columns;
  std::vector<std::string> failures;
};

/// Computes the asked measures (indices into measure_names, as parse_measures gives them); the three
/// shortest-path measures share one search per source. `threads` goes to those searches (0: every
/// hardware thread), `limits` to the iterative ones.
[[nodiscard]] measure_values compute_measures(const snapshot& s, const std::vector<std::size_t>& measures,
                                              pactgraph::normalization norm, unsigned threads,
                                              const iteration_limits& limits = {});

}  // namespace pactgraph::query
