// `pactgraph path A B --at DATE`: shortest paths between two actors, each step with its pacts.
#include <memory>

#include "context.hpp"
#include "pactgraph/query/path.hpp"

namespace pactgraph::cli {

namespace {

struct path_args {
  std::string from;
  std::string to;
  view_choice view;
  bool all = false;
  std::size_t k = 0;
  bool weighted = false;
  std::string length;
};

/// --weighted is the older spelling of --length inverse_multiplicity.
edge_length length_of(const path_args& args) {
  if (args.weighted && !args.length.empty()) throw usage_error("give --weighted or --length, not both");
  if (args.weighted) return edge_length::inverse_multiplicity;
  return args.length.empty() ? edge_length::hops : query::parse_edge_length(args.length);
}

report path_report(context& ctx, const path_args& args) {
  if (args.all && args.k != 0) throw usage_error("give --all or --k, not both");
  const edge_length length = length_of(args);
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const auto tables = query::path(net, args.from, args.to, args.view.day(),
                                  {.all = args.all, .k = args.k, .length = length, .view = args.view.options()});
  return report_of({&tables.paths, &tables.steps});
}

}  // namespace

void add_path(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "path", "Shortest paths between two actors on a date, with the pacts of each step");
  auto args = std::make_shared<path_args>();
  sub->add_option("from", args->from, "First actor")->required();
  sub->add_option("to", args->to, "Second actor")->required();
  args->view.add_to(*sub);
  sub->add_flag("--all", args->all, "Every shortest path");
  sub->add_option("--k", args->k, "The k shortest simple paths (Yen)");
  sub->add_option("--length", args->length,
                  "Edge length: hops (default), multiplicity (number of ties) or inverse_multiplicity (1 / ties)");
  sub->add_flag("--weighted", args->weighted, "Same as --length inverse_multiplicity");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(path_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
