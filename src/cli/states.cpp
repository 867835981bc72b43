// `pactgraph states --years Y1:Y2`: state-years as ATOP's state-year file codes them.
#include <memory>

#include "pactgraph/panels/state_years.hpp"
#include "panel_output.hpp"

namespace pactgraph::cli {

namespace {

struct states_args {
  std::string years = "1815:2018";
  unsigned threads = 0;
};

void run_states(const context& ctx, const alliance_network& net, const states_args& args) {
  const year_span years = panel_years(net, args.years);
  const state_year_panel panel = state_years(net, years, {.threads = args.threads, .progress = ctx.progress("states")});
  const std::vector<tie_kind> extras = extra_kinds(net);
  std::vector<std::string> columns{"ccode", "year", "atopally"};
  for (auto& c : obligation_columns(extras)) columns.push_back(std::move(c));
  columns.insert(columns.end(), {"number", "transyr", "atopids"});
  std::vector<std::string> notes;
  if (panel.members_without_code != 0)
    notes.push_back(std::to_string(panel.members_without_code) +
                    " member row(s) left out: their state has no COW state code (ATOP's 8152, Annam)");
  emit_panel(ctx, "states", columns, panel.rows.size(), notes, [&](std::size_t i, auto& sink) {
    const state_year& r = panel.rows[i];
    sink.integer(r.ccode);
    sink.integer(r.year);
    sink.flag(true);
    put_obligations(sink, r.obligations, true, extras);
    sink.integer(r.number());
    sink.flag(r.transyr);
    sink.ids(net, panel.pacts_of(r));
  });
}

}  // namespace

void add_states(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "states", "State-years: each state's obligations and pacts in each year");
  auto args = std::make_shared<states_args>();
  sub->add_option("--years", args->years, "Y1:Y2, both included (default 1815:2018)");
  sub->add_option("--threads", args->threads, "Worker threads (0: all cores; the rows are the same for any count)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_states(ctx, ctx.network(false), *args); }; });
}

}  // namespace pactgraph::cli
