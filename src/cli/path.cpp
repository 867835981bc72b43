// `pactgraph path A B --at DATE`: shortest paths between two actors, each step with its pacts.
#include <memory>

#include "context.hpp"
#include "pactgraph/algorithms/paths.hpp"

namespace pactgraph::cli {

namespace {

struct path_args {
  std::string from;
  std::string to;
  view_choice view;
  bool all = false;
  std::size_t k = 0;
  bool weighted = false;
};

std::string pact_names(const alliance_network& net, const carriers& c) {
  std::string out;
  for (const pact_id p : c.pacts) out += (out.empty() ? "" : "; ") + pact_label(net, p);
  // A step carried only by memberships names no pact.
  return out.empty() ? "membership" : out;
}

report path_report(context& ctx, const path_args& args) {
  if (args.all && args.k != 0) throw usage_error("give --all or --k, not both");
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const actor_id from = resolve_actor(net, args.from);
  const actor_id to = resolve_actor(net, args.to);
  const snapshot s(net, args.view.day(), args.view.options());
  const path_options options{.weighted = args.weighted};

  std::vector<actor_path> paths;
  if (args.all) {
    paths = all_shortest_paths(net, s, from, to, options);
  } else if (args.k != 0) {
    paths = k_shortest_paths(net, s, from, to, args.k, options);
  } else if (auto p = shortest_path(net, s, from, to, options)) {
    paths.push_back(std::move(*p));
  }

  report r;
  r.fields.emplace_back("date", day_text(s.day()));
  table summary{.name = "paths", .columns = {"path", "length", "hops", "actors"}};
  table steps{.name = "steps", .columns = {"path", "step", "from", "to", "via"}};
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const auto& p = paths[i];
    std::string actors;
    for (const actor_id a : p.actors) actors += (actors.empty() ? "" : " > ") + net[a].abbreviation;
    const auto number = static_cast<std::int64_t>(i + 1);
    summary.add({number, p.length, static_cast<std::int64_t>(p.steps.size()), actors});
    for (std::size_t j = 0; j < p.steps.size(); ++j)
      steps.add({number, static_cast<std::int64_t>(j + 1), net[p.actors[j]].abbreviation,
                 net[p.actors[j + 1]].abbreviation, pact_names(net, p.steps[j])});
  }
  r.tables.push_back(std::move(summary));
  r.tables.push_back(std::move(steps));
  if (paths.empty())
    r.notes.push_back("no path from " + net[from].abbreviation + " to " + net[to].abbreviation + " on " +
                      day_text(s.day()));
  note_coverage(net, s.day(), r);
  return r;
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
  sub->add_flag("--weighted", args->weighted, "Edge length 1 / number of ties between the pair, not hops");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(path_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
