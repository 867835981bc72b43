#include "pactgraph/query/export_tables.hpp"

#include "building.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/temporal/selection.hpp"

namespace pactgraph::query {

namespace {
std::string spell_end(const spell& s) { return s.end_date() ? s.end_date()->to_string() : ""; }
}  // namespace

export_tables tidy_export(const alliance_network& net, day_number day, const snapshot_options& view) {
  const selection rule(net, day, view);
  detail::actor_columns who;
  column kind = text_column("kind");
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    if (!rule.keeps(actor_id{i})) continue;
    who.push(net, actor_id{i});
    kind.push(std::string(net[actor_id{i}].kind == actor_kind::state ? "state" : "organisation"));
  }
  std::vector<column> node_columns;
  who.move_into(node_columns);
  node_columns.push_back(std::move(kind));

  detail::end_columns ends;
  std::vector<column> rest{text_column("source_pledges"), text_column("target_pledges"), text_column("kinds"),
                           integer_column("sign"),        text_column("via"),            text_column("begin"),
                           text_column("end")};
  for (const tie& t : net.ties()) {
    if (!rule.keeps(t)) continue;
    ends.push(net, t.a, t.b);
    rest[0].push(to_string(t.pledges_a));
    rest[1].push(to_string(t.pledges_b));
    rest[2].push(to_string(t.kinds()));
    rest[3].push(std::int64_t{t.sign()});
    rest[4].push(tie_origin(net, t));
    rest[5].push(t.when.begin_date().to_string());
    rest[6].push(spell_end(t.when));
  }
  std::vector<column> tie_columns;
  ends.move_into(tie_columns);
  for (column& c : rest) tie_columns.push_back(std::move(c));

  std::vector<std::string> notes;
  detail::note_coverage(net, day, notes);
  // Aggregate members are initialised in order: the notes are copied into the first, then moved.
  return {.nodes = detail::dated_table("nodes", day, std::move(node_columns), notes),
          .ties = detail::dated_table("ties", day, std::move(tie_columns), std::move(notes))};
}

}  // namespace pactgraph::query
