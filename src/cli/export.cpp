// `pactgraph export --to dot|graphml|json|csv`: the picture of a day (every actor and tie active on
// it, hostile ties included) for Graphviz, Gephi, networkx, R and pandas; --whole for everything.
#include <memory>

#include "context.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/temporal/selection.hpp"
#ifdef PACTGRAPH_CLI_WITH_RENDER
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/graphml.hpp"
#endif

namespace pactgraph::cli {

namespace {

struct export_args {
  std::string to;
  view_choice view;
  bool whole = false;
};

// The diagram default (docs/design.md): every actor and every tie active on the day.
const snapshot_options picture{.kinds = tie_kind::all, .actors = actor_kind::any};

std::string spell_end(const spell& s) { return s.end_date() ? s.end_date()->to_string() : ""; }

// One row per tie (parallel ties kept), so a reader can rebuild the multigraph of the day.
report tidy_report(const alliance_network& net, day_number day, const snapshot_options& options) {
  const selection rule(net, day, options);
  report r;
  r.fields.emplace_back("date", day_text(day));
  std::vector<std::string> node_columns = actor_columns;
  node_columns.emplace_back("kind");
  table nodes{.name = "nodes", .columns = node_columns};
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    if (!rule.keeps(actor_id{i})) continue;
    auto row = actor_cells(net, actor_id{i});
    row.emplace_back(net[actor_id{i}].kind == actor_kind::state ? "state" : "organisation");
    nodes.add(std::move(row));
  }
  table ties{.name = "ties",
             .columns = {"source", "target", "source_abbrev", "target_abbrev", "source_pledges", "target_pledges",
                         "kinds", "sign", "via", "begin", "end"}};
  for (const tie& t : net.ties()) {
    if (!rule.keeps(t)) continue;
    auto a = actor_cells(net, t.a);
    auto b = actor_cells(net, t.b);
    ties.add({a[0], b[0], a[1], b[1], to_string(t.pledges_a), to_string(t.pledges_b), to_string(t.kinds()),
              static_cast<std::int64_t>(t.sign()), tie_origin(net, t), t.when.begin_date().to_string(),
              spell_end(t.when)});
  }
  r.tables.push_back(std::move(nodes));
  r.tables.push_back(std::move(ties));
  r.csv_table = "ties";
  note_coverage(net, day, r);
  return r;
}

void run_export(context& ctx, const export_args& args) {
  const snapshot_options options = args.view.options(picture);
  if (args.to == "json" || args.to == "csv") {
    const alliance_network& net = ctx.network(true);
    if (args.whole) {
      if (args.to == "csv") throw usage_error("--whole works with --to json (the native dataset), dot or graphml");
      ctx.emit_text(io::write_dataset(net));
      return;
    }
    const report r = tidy_report(net, args.view.day(), options);
    if (args.to == "csv")
      for (const auto& n : r.notes) ctx.warn(n);
    ctx.emit_text(format_report(r, args.to == "csv" ? output_format::csv : output_format::json, ctx.options.table));
    return;
  }
#ifdef PACTGRAPH_CLI_WITH_RENDER
  const alliance_network& net = ctx.network(true);
  if (args.to == "dot") {
    ctx.emit_text(args.whole ? render::write_dot(net) : render::write_dot(net, args.view.day(), {.selection = options}));
    return;
  }
  ctx.emit_text(args.whole ? render::write_graphml(net) : render::write_graphml(net, args.view.day(), options));
#else
  throw usage_error("--to " + args.to + " is not available: this pactgraph was built without Graphviz");
#endif
}

}  // namespace

void add_export(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "export", "The network on a date as DOT, GraphML, or tidy JSON/CSV tables");
  auto args = std::make_shared<export_args>();
  sub->add_option("--to", args->to, "dot, graphml, json or csv")
      ->required()
      ->check(CLI::IsMember({"dot", "graphml", "json", "csv"}));
  args->view.add_to(*sub);
  sub->add_flag("--whole", args->whole,
                "The whole network at every date: native dataset (json) or re-importable DOT/GraphML");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_export(ctx, *args); }; });
}

}  // namespace pactgraph::cli
