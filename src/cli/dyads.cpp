// `pactgraph dyads`: dyad-years (directed by default, --undirected, --all-pairs for the system
// frame) or dyad spells (--spells), as ATOP's dyadic files code them.
#include <memory>

#include "pactgraph/panels/dyad_spells.hpp"
#include "pactgraph/panels/system_frame.hpp"
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

std::vector<std::string> left_out_note(std::size_t members_without_code) {
  if (members_without_code == 0) return {};
  return {std::to_string(members_without_code) +
          " member row(s) left out: their state has no COW state code (ATOP's 8152, Annam)"};
}

/// The columns after the obligations, shared by years and spells.
template <class Row, class Sink>
void put_counts(Sink& sink, const Row& r, bool known) {
  if (!known) {
    for (int i = 0; i < 5; ++i) sink.missing();  // bilatno … obvary
    return;
  }
  sink.integer(r.bilateral);
  sink.integer(r.multilateral);
  sink.integer(r.number());
  sink.flag(r.asymm);
  sink.flag(r.obvary);
}

void run_years(const context& ctx, const alliance_network& net, const dyads_args& args) {
  const year_span years = panel_years(net, args.years.empty() ? "1815:2018" : args.years);
  const panel_options options{.threads = args.threads, .progress = ctx.progress("dyads")};
  const dyad_year_panel panel = args.all_pairs ? system_frame(net, years, !args.undirected, options)
                                : args.undirected ? undirected_dyad_years(net, years, options)
                                                  : directed_dyad_years(net, years, options);
  const std::vector<tie_kind> extras = extra_kinds(net);
  std::vector<std::string> columns{"ccode1", "ccode2", "year"};
  for (auto& c : obligation_columns(extras)) columns.push_back(std::move(c));
  columns.insert(columns.end(), {"shareob", "transyr", "bilatno", "multino", "number", "asymm", "obvary", "atopids"});
  emit_panel(ctx, "dyads", columns, panel.rows.size(), left_out_note(panel.members_without_code),
             [&](std::size_t i, auto& sink) {
               const dyad_year& r = panel.rows[i];
               sink.integer(r.ccode_a);
               sink.integer(r.ccode_b);
               sink.integer(r.year);
               put_obligations(sink, r.obligations, r.covered, extras);
               r.covered ? sink.flag(r.shareob && r.allied()) : sink.missing();
               r.covered ? sink.flag(r.transyr) : sink.missing();
               put_counts(sink, r, r.covered);
               sink.ids(net, panel.pacts_of(r));
             });
}

void run_spells(const context& ctx, const alliance_network& net, const dyads_args& args) {
  dyad_spell_options options{.directed = !args.undirected};
  if (!args.from.empty()) {
    const auto d = date::parse(args.from);
    if (!d) throw usage_error("--from: expected YYYY, YYYY-MM or YYYY-MM-DD, found '" + args.from + "'");
    options.first = d->first_day();
  }
  if (!args.to.empty()) options.last = parse_day(args.to, "--to");
  if (options.last < options.first) throw usage_error("--to " + args.to + " is before --from " + args.from);
  const dyad_spell_panel panel = dyad_spells(net, options);
  const std::vector<tie_kind> extras = extra_kinds(net);
  std::vector<std::string> columns{"ccode1", "ccode2", "start", "end"};
  for (auto& c : obligation_columns(extras)) columns.push_back(std::move(c));
  columns.insert(columns.end(), {"shareob", "bilatno", "multino", "number", "asymm", "obvary", "atopids"});
  emit_panel(ctx, "spells", columns, panel.rows.size(), left_out_note(panel.members_without_code),
             [&](std::size_t i, auto& sink) {
               const dyad_spell& r = panel.rows[i];
               sink.integer(r.ccode_a);
               sink.integer(r.ccode_b);
               sink.text(date::from_days(r.when.begin).to_string());
               r.when.is_open() ? sink.missing() : sink.text(date::from_days(r.when.end).to_string());
               put_obligations(sink, r.obligations, true, extras);
               sink.flag(r.shareob);
               put_counts(sink, r, true);
               sink.ids(net, panel.pacts_of(r));
             });
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
