#pragma once

#include <cstddef>

namespace pactgraph {

/// When an iterative measure (eigenvector, Katz, PageRank) stops: after `max_iterations` steps, or as
/// soon as Σ |x − x_prev| < n · tolerance, as networkx tests it. The defaults are networkx's (Katz
/// allows 1000 iterations). A tolerance that is not a positive finite number or max_iterations 0 is
/// refused (usage_error); an iteration that does not settle throws convergence_error naming both.
struct iteration_options {
  std::size_t max_iterations = 100;
  double tolerance = 1.0e-6;
};

}  // namespace pactgraph
