#include "pactgraph/query/blocs.hpp"

#include <functional>
#include <map>
#include <random>
#include <utility>
#include <vector>

#include "building.hpp"
#include "pactgraph/algorithms/cliques.hpp"
#include "pactgraph/algorithms/communities.hpp"
#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/algorithms/kcore.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

blocs_tables blocs(const alliance_network& net, day_number day, const blocs_options& options) {
  const pactgraph::snapshot s(net, day, options.view);
  std::vector<column> scalars{detail::text_scalar("date", day_text(day)), detail::text_scalar("method", options.method)};
  // Each method gives groups of vertices and a label per group.
  std::vector<std::pair<std::int64_t, std::vector<std::uint32_t>>> groups;
  if (options.method == "components") {
    const auto c = connected_components(s);
    for (std::size_t i = 0; i < c.members.size(); ++i) groups.emplace_back(static_cast<std::int64_t>(i + 1), c.members[i]);
  } else if (options.method == "kcore") {
    // Shells by core number, innermost first: the label is k.
    std::map<std::uint32_t, std::vector<std::uint32_t>, std::greater<>> shells;
    const auto cores = core_numbers(s);
    for (std::uint32_t v = 0; v < cores.size(); ++v) shells[cores[v]].push_back(v);
    for (auto& [k, members] : shells) groups.emplace_back(static_cast<std::int64_t>(k), std::move(members));
  } else if (options.method == "cliques") {
    const auto cliques = maximal_cliques(s);
    for (std::size_t i = 0; i < cliques.size(); ++i) groups.emplace_back(static_cast<std::int64_t>(i + 1), cliques[i]);
  } else if (options.method == "communities") {
    std::mt19937_64 gen(options.seed);
    const partition p = louvain_communities(s, gen);
    const auto members = p.members();
    for (std::size_t i = 0; i < members.size(); ++i) groups.emplace_back(static_cast<std::int64_t>(i + 1), members[i]);
    scalars.push_back(detail::real_scalar("modularity", p.modularity));
  } else {
    throw usage_error("--method: expected components, kcore, cliques or communities, not '" + options.method + "'");
  }

  const std::string label_name = options.method == "kcore" ? "core" : "bloc";
  std::vector<column> summary{integer_column(label_name), integer_column("size"), text_column("members")};
  column member_label = integer_column(label_name);
  detail::actor_columns who;
  for (const auto& [label, vertices] : groups) {
    if (vertices.size() < options.min_size) continue;
    std::string names;
    for (const std::uint32_t v : vertices) {
      names += (names.empty() ? "" : " ") + net[s.actor_at(v)].abbreviation;
      member_label.push(label);
      who.push(net, s.actor_at(v));
    }
    summary[0].push(label);
    summary[1].push(static_cast<std::int64_t>(vertices.size()));
    summary[2].push(std::move(names));
  }
  std::vector<column> members{std::move(member_label)};
  who.move_into(members);
  blocs_tables out{.blocs = detail::tidy_table("blocs", scalars, std::move(summary)),
                   .members = detail::tidy_table("members", std::move(scalars), std::move(members))};
  detail::note_coverage(net, day, out.blocs.notes);
  out.members.notes = out.blocs.notes;
  return out;
}

}  // namespace pactgraph::query
