// `pactgraph info`: what is loaded, what the sources cover, and what the importers skipped.
#include "context.hpp"
#include "pactgraph/query/info.hpp"

namespace pactgraph::cli {

namespace {

report info_report(context& ctx) {
  const alliance_network& net = ctx.network(true);
  const auto tables = query::info(net, ctx.import_reports());
  std::vector<const query::table*> shown{&tables.counts, &tables.sources};
  // Imports are listed only for a data folder.
  if (!ctx.import_reports().empty()) shown.push_back(&tables.imports);
  return report_of(shown, {{"data", ctx.data_description()}});
}

}  // namespace

void add_info(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "info", "What is loaded: counts, coverage windows, diagnostics");
  sub->callback([&ctx] { ctx.run = [&ctx] { ctx.emit(info_report(ctx)); }; });
}

}  // namespace pactgraph::cli
