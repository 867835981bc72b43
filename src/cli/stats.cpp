// `pactgraph stats (--at DATE | --years Y1:Y2)`: whole-graph statistics of the snapshot.
#include <memory>

#include "context.hpp"

namespace pactgraph::cli {

namespace {

struct stats_args {
  view_choice view;
  std::string years;
};

}  // namespace

void add_stats(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "stats", "Density, transitivity, clustering, diameter, assortativity");
  auto args = std::make_shared<stats_args>();
  args->view.add_to(*sub);
  sub->add_option("--years", args->years, "Y1:Y2: one snapshot per 31 December from Y1 to Y2");
  // The statistics are the library's (algorithms/statistics.hpp), which has not landed yet: say so
  // rather than compute them here.
  sub->callback([&ctx] { ctx.run = [] { throw usage_error("stats is not available yet in this build"); }; });
}

}  // namespace pactgraph::cli
