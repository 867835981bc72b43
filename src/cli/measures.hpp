#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::cli {

/// The vertex measures the CLI offers, in the order of their columns.
inline constexpr std::array<std::string_view, 7> measure_names{"degree",      "betweenness", "closeness", "harmonic",
                                                               "eigenvector", "pagerank",    "katz"};

/// A comma-separated list of measure names (or `all`) as sorted indices into measure_names;
/// throws usage_error with suggestions, naming `option`.
[[nodiscard]] std::vector<std::size_t> parse_measures(const std::string& text, std::string_view option = "--metrics");

/// networkx, igraph or raw; throws usage_error.
[[nodiscard]] pactgraph::normalization parse_normalization(const std::string& text);

/// The measures of one snapshot: one column per asked measure, indexed by vertex; a column is NaN
/// where its measure failed (an iteration that did not converge), with the reason in `failures`.
struct snapshot_values {
  std::vector<std::vector<double>> columns;
  std::vector<std::string> failures;
};

/// Computes the asked measures with the library's functions; the three shortest-path measures
/// share one search per source. `threads` goes to those searches.
[[nodiscard]] snapshot_values compute_measures(const snapshot& s, const std::vector<std::size_t>& measures,
                                               pactgraph::normalization norm, unsigned threads);

}  // namespace pactgraph::cli
