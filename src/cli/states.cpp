// `pactgraph states --years Y1:Y2`: state-years as ATOP's state-year file codes them.
#include <memory>

#include "pactgraph/query/states.hpp"
#include "panel_output.hpp"

namespace pactgraph::cli {

namespace {

struct states_args {
  std::string years = "1815:2018";
  unsigned threads = 0;
};

}  // namespace

void add_states(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "states", "State-years: each state's obligations and pacts in each year");
  auto args = std::make_shared<states_args>();
  sub->add_option("--years", args->years, "Y1:Y2, both included (default 1815:2018)");
  sub->add_option("--threads", args->threads, "Worker threads (0: all cores; the rows are the same for any count)");
  sub->callback([&ctx, args] {
    ctx.run = [&ctx, args] {
      const alliance_network& net = ctx.network(false);
      const year_span years = query::panel_years(net, args->years);
      emit_rows(ctx, query::state_rows(net, years, {.threads = args->threads, .progress = ctx.progress("states")}));
    };
  });
}

}  // namespace pactgraph::cli
