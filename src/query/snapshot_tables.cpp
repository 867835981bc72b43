#include "pactgraph/query/snapshot_tables.hpp"

#include "building.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

namespace {
std::string kind_text(actor_kind k) { return k == actor_kind::state ? "state" : "organisation"; }
}  // namespace

snapshot_tables snapshot(const alliance_network& net, day_number day, const snapshot_options& options) {
  const pactgraph::snapshot s(net, day, options);

  detail::actor_columns who;
  column kind = text_column("kind");
  column degree = integer_column("degree");
  for (std::uint32_t v = 0; v < s.vertex_count(); ++v) {
    who.push(net, s.actor_at(v));
    kind.push(kind_text(net[s.actor_at(v)].kind));
    degree.push(static_cast<std::int64_t>(s.row_starts()[v + 1] - s.row_starts()[v]));
  }
  std::vector<column> node_columns;
  who.move_into(node_columns);
  node_columns.push_back(std::move(kind));
  node_columns.push_back(std::move(degree));

  detail::actor_columns source;
  detail::actor_columns target;
  column multiplicity = integer_column("multiplicity");
  column kinds = text_column("kinds");
  column sign = integer_column("sign");
  for (const auto& e : s.edges()) {
    source.push(net, s.actor_at(e.u));
    target.push(net, s.actor_at(e.v));
    multiplicity.push(static_cast<std::int64_t>(e.multiplicity));
    kinds.push(to_string(e.kinds));
    sign.push(std::int64_t{e.sign()});
  }
  source.code.name = "source";
  target.code.name = "target";
  source.abbrev.name = "source_abbrev";
  target.abbrev.name = "target_abbrev";
  std::vector<column> tie_columns;
  for (column* c : {&source.code, &target.code, &source.abbrev, &target.abbrev, &multiplicity, &kinds, &sign})
    tie_columns.push_back(std::move(*c));

  std::vector<std::string> notes;
  const auto& diag = s.diagnostics();
  if (diag.ties_with_absent_end != 0) {
    std::string names;
    for (const actor_id a : diag.absent_actors) names += (names.empty() ? "" : ", ") + net[a].abbreviation;
    notes.push_back(std::to_string(diag.ties_with_absent_end) +
                    " active ties left out: an end is outside the state system on " + day_text(day) + " (" + names + ")");
  }
  detail::note_coverage(net, day, notes);
  const auto date = [&] { return std::vector<column>{detail::text_scalar("date", day_text(day))}; };
  snapshot_tables out{.nodes = detail::tidy_table("nodes", date(), std::move(node_columns)),
                      .ties = detail::tidy_table("ties", date(), std::move(tie_columns))};
  out.nodes.notes = notes;
  out.ties.notes = std::move(notes);
  return out;
}

}  // namespace pactgraph::query
