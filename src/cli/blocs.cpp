// `pactgraph blocs --at DATE --method ...`: groups of actors in the snapshot of a day.
#include <algorithm>
#include <map>
#include <memory>
#include <random>

#include "context.hpp"
#include "pactgraph/algorithms/cliques.hpp"
#include "pactgraph/algorithms/communities.hpp"
#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/algorithms/kcore.hpp"

namespace pactgraph::cli {

namespace {

struct blocs_args {
  view_choice view;
  std::string method = "components";
  std::size_t min_size = 1;
  std::uint64_t seed = 1;
};

report blocs_report(context& ctx, const blocs_args& args) {
  const alliance_network& net = ctx.network(args.view.needs_organisations());
  const snapshot s(net, args.view.day(), args.view.options());

  report r;
  r.fields.emplace_back("date", day_text(s.day()));
  r.fields.emplace_back("method", args.method);
  // Each method gives groups of vertices and a label per group.
  std::vector<std::pair<std::int64_t, std::vector<std::uint32_t>>> groups;
  if (args.method == "components") {
    const auto c = connected_components(s);
    for (std::size_t i = 0; i < c.members.size(); ++i) groups.emplace_back(static_cast<std::int64_t>(i + 1), c.members[i]);
  } else if (args.method == "kcore") {
    // Shells by core number, innermost first: the label is k.
    std::map<std::uint32_t, std::vector<std::uint32_t>, std::greater<>> shells;
    const auto cores = core_numbers(s);
    for (std::uint32_t v = 0; v < cores.size(); ++v) shells[cores[v]].push_back(v);
    for (auto& [k, members] : shells) groups.emplace_back(static_cast<std::int64_t>(k), std::move(members));
  } else if (args.method == "cliques") {
    const auto cliques = maximal_cliques(s);
    for (std::size_t i = 0; i < cliques.size(); ++i) groups.emplace_back(static_cast<std::int64_t>(i + 1), cliques[i]);
  } else if (args.method == "communities") {
    // A fixed seed, so the same command gives the same blocs.
    std::mt19937_64 gen(args.seed);
    const partition p = louvain_communities(s, gen);
    const auto members = p.members();
    for (std::size_t i = 0; i < members.size(); ++i) groups.emplace_back(static_cast<std::int64_t>(i + 1), members[i]);
    r.fields.emplace_back("modularity", p.modularity);
  } else {
    throw usage_error("--method: expected components, kcore, cliques or communities, not '" + args.method + "'");
  }

  table summary{.name = "blocs", .columns = {args.method == "kcore" ? "core" : "bloc", "size", "members"}};
  std::vector<std::string> columns{summary.columns[0]};
  columns.insert(columns.end(), actor_columns.begin(), actor_columns.end());
  table members{.name = "members", .columns = columns};
  for (const auto& [label, vertices] : groups) {
    if (vertices.size() < args.min_size) continue;
    std::string names;
    for (const std::uint32_t v : vertices) {
      names += (names.empty() ? "" : " ") + net[s.actor_at(v)].abbreviation;
      std::vector<cell> row{label};
      for (auto& c : actor_cells(net, s.actor_at(v))) row.push_back(std::move(c));
      members.add(std::move(row));
    }
    summary.add({label, static_cast<std::int64_t>(vertices.size()), names});
  }
  r.tables.push_back(std::move(summary));
  r.tables.push_back(std::move(members));
  note_coverage(net, s.day(), r);
  return r;
}

}  // namespace

void add_blocs(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "blocs", "Blocs on a date: components, k-cores, cliques or communities");
  auto args = std::make_shared<blocs_args>();
  args->view.add_to(*sub);
  sub->add_option("--method", args->method, "components (default), kcore, cliques or communities");
  sub->add_option("--min-size", args->min_size, "Leave out blocs smaller than this (default 1)");
  sub->add_option("--seed", args->seed, "Seed of the community search (default 1)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { ctx.emit(blocs_report(ctx, *args)); }; });
}

}  // namespace pactgraph::cli
