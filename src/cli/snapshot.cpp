// `pactgraph snapshot --at DATE`: the nodes and ties of the standard snapshot (docs/design.md).
#include <memory>

#include "context.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::cli {

namespace {

std::string kind_text(actor_kind k) { return k == actor_kind::state ? "state" : "organisation"; }

report snapshot_report(context& ctx, const view_choice& view) {
  const alliance_network& net = ctx.network(view.needs_organisations());
  const day_number day = view.day();
  const snapshot s(net, day, view.options());

  report r;
  r.fields.emplace_back("date", day_text(day));
  std::vector<std::string> node_columns = actor_columns;
  node_columns.insert(node_columns.end(), {"kind", "degree"});
  table nodes{.name = "nodes", .columns = node_columns};
  for (std::uint32_t v = 0; v < s.vertex_count(); ++v) {
    auto row = actor_cells(net, s.actor_at(v));
    row.emplace_back(kind_text(net[s.actor_at(v)].kind));
    row.emplace_back(static_cast<std::int64_t>(s.row_starts()[v + 1] - s.row_starts()[v]));
    nodes.add(std::move(row));
  }
  table ties{.name = "ties",
             .columns = {"source", "target", "source_abbrev", "target_abbrev", "multiplicity", "kinds", "sign"}};
  for (const auto& e : s.edges()) {
    auto a = actor_cells(net, s.actor_at(e.u));
    auto b = actor_cells(net, s.actor_at(e.v));
    ties.add({a[0], b[0], a[1], b[1], static_cast<std::int64_t>(e.multiplicity), to_string(e.kinds),
              static_cast<std::int64_t>(e.sign())});
  }
  r.tables.push_back(std::move(nodes));
  r.tables.push_back(std::move(ties));
  r.csv_table = "ties";

  const auto& diag = s.diagnostics();
  if (diag.ties_with_absent_end != 0) {
    std::string names;
    for (const actor_id a : diag.absent_actors) names += (names.empty() ? "" : ", ") + net[a].abbreviation;
    r.notes.push_back(std::to_string(diag.ties_with_absent_end) + " active ties left out: an end is outside the state system on " +
                      day_text(day) + " (" + names + ")");
  }
  note_coverage(net, day, r);
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
