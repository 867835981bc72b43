#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace pactgraph::cli {

/// The vertex measures the CLI offers, in the order of their columns.
inline constexpr std::array<std::string_view, 7> measure_names{"degree",      "betweenness", "closeness", "harmonic",
                                                               "eigenvector", "pagerank",    "katz"};

/// A comma-separated list of measure names (or `all`) as sorted indices into measure_names;
/// throws usage_error with suggestions, naming `option`.
[[nodiscard]] std::vector<std::size_t> parse_measures(const std::string& text, std::string_view option = "--metrics");

/// networkx, igraph or raw; throws usage_error.
[[nodiscard]] pactgraph::normalization parse_normalization(const std::string& text);

/// When eigenvector, PageRank and Katz stop: networkx's rule, Σ|x − x_prev| < n · tolerance.
struct iteration_limits {
  double tolerance = 1.0e-6;
  std::optional<std::size_t> max_iterations{};  ///< empty: each measure's networkx default (100; Katz 1000)
};

/// --tolerance and --max-iterations as typed, read once the command line is parsed.
struct iteration_choice {
  std::string tolerance{};
  std::string max_iterations{};

  void add_to(CLI::App& sub);
  /// The limits asked for; throws usage_error naming the option on anything but a positive
  /// finite tolerance and a whole number of iterations of at least 1.
  [[nodiscard]] iteration_limits limits() const;
};

/// The measures of one snapshot: one column per asked measure, indexed by vertex; a column is NaN
/// where its measure failed (an iteration that did not converge), with the reason in `failures`.
struct snapshot_values {
  std::vector<std::vector<double>> columns;
  std::vector<std::string> failures;
};

/// Computes the asked measures with the library's functions; the three shortest-path measures
/// share one search per source. `threads` goes to those searches, `limits` to the iterative ones.
[[nodiscard]] snapshot_values compute_measures(const snapshot& s, const std::vector<std::size_t>& measures,
                                               pactgraph::normalization norm, unsigned threads,
                                               const iteration_limits& limits = {});

}  // namespace pactgraph::cli
