// `pactgraph export --to dot|graphml|json|csv`: the picture of a day (every actor and tie active on
// it, hostile ties included) for Graphviz, Gephi, networkx, R and pandas; --whole for everything.
#include <memory>

#include "context.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/query/export_tables.hpp"
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

void run_export(context& ctx, const export_args& args) {
  const snapshot_options options = args.view.options(query::picture_view);
  if (args.to == "json" || args.to == "csv") {
    const alliance_network& net = ctx.network(true);
    if (args.whole) {
      if (args.to == "csv") throw usage_error("--whole works with --to json (the native dataset), dot or graphml");
      ctx.emit_text(io::write_dataset(net));
      return;
    }
    const auto tables = query::tidy_export(net, args.view.day(), options);
    report r = report_of({&tables.nodes, &tables.ties});
    r.csv_table = "ties";
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
