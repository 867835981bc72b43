// `pactgraph dyads`: dyad-years (directed by default, --undirected, --all-pairs for the system
// frame) or dyad spells (--spells), as ATOP's dyadic files code them.
#include <memory>

#include "pactgraph/query/dyads.hpp"
#include "panel_output.hpp"

namespace pactgraph::cli {

namespace {

struct dyads_args {
  std::string years{};
  bool undirected = false;
  bool all_pairs = false;
  bool spells = false;
  std::string from{};
  std::string to{};
  unsigned threads = 0;
};

void run_years(const context& ctx, const alliance_network& net, const dyads_args& args) {
  const year_span years = query::panel_years(net, args.years.empty() ? "1815:2018" : args.years);
  emit_rows(ctx, query::dyad_rows(net, years,
                                  {.undirected = args.undirected,
                                   .all_pairs = args.all_pairs,
                                   .threads = args.threads,
                                   .progress = ctx.progress("dyads")}));
}

void run_spells(const context& ctx, const alliance_network& net, const dyads_args& args) {
  dyad_spell_options options{.directed = !args.undirected};
  if (!args.from.empty()) options.first = query::parse_first_day(args.from, "--from");
  if (!args.to.empty()) options.last = parse_day(args.to, "--to");
  if (options.last < options.first) throw usage_error("--to " + args.to + " is before --from " + args.from);
  emit_rows(ctx, query::spell_rows(net, options));
}

}  // namespace

void add_dyads(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "dyads",
                                 "Dyad-years (A's obligations toward B), the all-pairs system frame, or dyad spells");
  auto args = std::make_shared<dyads_args>();
  sub->add_option("--years", args->years, "Y1:Y2, both included (default 1815:2018)");
  sub->add_flag("--undirected", args->undirected, "One row per pair (ccode1 < ccode2), obligations either way");
  sub->add_flag("--all-pairs", args->all_pairs,
                "Every pair of states sharing a state-system day in the year, with zeros where not allied");
  sub->add_flag("--spells", args->spells, "One row per pair per maximal spell of constant obligations, day precision");
  sub->add_option("--from", args->from, "With --spells: first day kept (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--to", args->to, "With --spells: last day kept (a partial date means its last day)");
  sub->add_option("--threads", args->threads, "Worker threads (0: all cores; the rows are the same for any count)");
  sub->callback([&ctx, args] {
    ctx.run = [&ctx, args] {
      const dyads_args& a = *args;
      if (a.spells && !a.years.empty()) throw usage_error("--spells takes --from and --to, not --years");
      if (a.spells && a.all_pairs) throw usage_error("--spells and --all-pairs cannot be combined");
      if (!a.spells && (!a.from.empty() || !a.to.empty())) throw usage_error("--from and --to need --spells");
      const alliance_network& net = ctx.network(false);
      a.spells ? run_spells(ctx, net, a) : run_years(ctx, net, a);
    };
  });
}

}  // namespace pactgraph::cli
