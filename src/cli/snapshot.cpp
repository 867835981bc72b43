// `pactgraph snapshot --at DATE`: the nodes and ties of the standard snapshot (docs/design.md).
#include <memory>

#include "context.hpp"
#include "pactgraph/query/snapshot_tables.hpp"

namespace pactgraph::cli {

namespace {

report snapshot_report(context& ctx, const view_choice& view) {
  const alliance_network& net = ctx.network(view.needs_organisations());
  const auto tables = query::snapshot(net, view.day(), view.options());
  report r = report_of({&tables.nodes, &tables.ties});
  r.csv_table = "ties";
  return r;
}

}  // namespace

void add_snapshot(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "snapshot", "Nodes and ties of the (standard) snapshot on a date");
  auto view = std::make_shared<view_choice>();
  view->add_to(*sub);
  sub->callback([&ctx, view] { ctx.run = [&ctx, view] { ctx.emit(snapshot_report(ctx, *view)); }; });
}

}  // namespace pactgraph::cli
