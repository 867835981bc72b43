#include "measures.hpp"

#include <CLI/CLI.hpp>

namespace pactgraph::cli {

void iteration_choice::add_to(CLI::App& sub) {
  sub.add_option("--tolerance", tolerance,
                 "Eigenvector, PageRank and Katz stop when the values change by less than N per actor (default 1e-6)");
  sub.add_option("--max-iterations", max_iterations,
                 "Eigenvector, PageRank and Katz give up after N iterations (default 100; Katz 1000)");
}

iteration_limits iteration_choice::limits() const { return query::parse_iteration_limits(tolerance, max_iterations); }

}  // namespace pactgraph::cli
