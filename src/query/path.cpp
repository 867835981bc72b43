#include "pactgraph/query/path.hpp"

#include "building.hpp"
#include "pactgraph/algorithms/paths.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

namespace {
std::string pact_names(const alliance_network& net, const carriers& c) {
  std::string out;
  for (const pact_id p : c.pacts) out += (out.empty() ? "" : "; ") + pact_label(net, p);
  // A step carried only by memberships names no pact.
  return out.empty() ? "membership" : out;
}
}  // namespace

path_tables path(const alliance_network& net, std::string_view from_text, std::string_view to_text, day_number day,
                 const path_options& options) {
  if (options.all && options.k != 0) throw usage_error("give --all or --k, not both");
  const actor_id from = resolve_actor(net, from_text);
  const actor_id to = resolve_actor(net, to_text);
  const pactgraph::snapshot s(net, day, options.view);
  const pactgraph::path_options lengths{.length = options.length};

  std::vector<actor_path> found;
  if (options.all) {
    found = all_shortest_paths(net, s, from, to, lengths);
  } else if (options.k != 0) {
    found = k_shortest_paths(net, s, from, to, options.k, lengths);
  } else if (auto p = shortest_path(net, s, from, to, lengths)) {
    found.push_back(std::move(*p));
  }

  std::vector<column> paths{integer_column("path"), real_column("length"), integer_column("hops"),
                            text_column("actors")};
  std::vector<column> steps{integer_column("path"), integer_column("step"), text_column("from"), text_column("to"),
                            text_column("via")};
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto& p = found[i];
    std::string actors;
    for (const actor_id a : p.actors) actors += (actors.empty() ? "" : " > ") + net[a].abbreviation;
    const auto number = static_cast<std::int64_t>(i + 1);
    paths[0].push(number);
    paths[1].push(p.length);
    paths[2].push(static_cast<std::int64_t>(p.steps.size()));
    paths[3].push(std::move(actors));
    for (std::size_t j = 0; j < p.steps.size(); ++j) {
      steps[0].push(number);
      steps[1].push(static_cast<std::int64_t>(j + 1));
      steps[2].push(net[p.actors[j]].abbreviation);
      steps[3].push(net[p.actors[j + 1]].abbreviation);
      steps[4].push(pact_names(net, p.steps[j]));
    }
  }
  std::vector<std::string> notes;
  if (found.empty())
    notes.push_back("no path from " + net[from].abbreviation + " to " + net[to].abbreviation + " on " + day_text(day));
  detail::note_coverage(net, day, notes);
  // Aggregate members are initialised in order: the notes are copied into the first, then moved.
  return {.paths = detail::dated_table("paths", day, std::move(paths), notes),
          .steps = detail::dated_table("steps", day, std::move(steps), std::move(notes))};
}

}  // namespace pactgraph::query
