#pragma once

#include <string>

#include "pactgraph/query/measures.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace pactgraph::cli {

// The measures, their names and limits are the query layer's, for every caller alike.
using query::compute_measures;
using query::iteration_limits;
using query::measure_names;
using query::parse_measures;
using query::parse_normalization;

/// --tolerance and --max-iterations as typed, read once the command line is parsed.
struct iteration_choice {
  std::string tolerance{};
  std::string max_iterations{};

  void add_to(CLI::App& sub);
  /// The limits asked for (query::parse_iteration_limits).
  [[nodiscard]] iteration_limits limits() const;
};

}  // namespace pactgraph::cli
