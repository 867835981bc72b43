#include "pactgraph/query/actor.hpp"

#include <algorithm>

#include "building.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

table actor(const alliance_network& net, std::string_view text) {
  const actor_id id = resolve_actor(net, text);
  const pactgraph::actor& a = net[id];
  detail::actor_columns names;
  names.push(net, id);
  column kind = text_column("kind");
  kind.push(std::string(a.kind == actor_kind::state ? "state" : "organisation"));
  column spells = integer_column("spells");
  spells.push(static_cast<std::int64_t>(a.spells.size()));
  column first = text_column("first");
  column last = text_column("last");
  if (a.spells.empty()) {
    first.push_missing();
    last.push_missing();
  } else {
    const auto by_begin = [](const sourced_spell& x, const sourced_spell& y) { return x.when.begin < y.when.begin; };
    const auto by_end = [](const sourced_spell& x, const sourced_spell& y) { return x.when.end < y.when.end; };
    first.push(day_text(std::min_element(a.spells.begin(), a.spells.end(), by_begin)->when.begin));
    const day_number end = std::max_element(a.spells.begin(), a.spells.end(), by_end)->when.end;
    if (end == open_end) last.push_missing();
    else last.push(day_text(end - 1));  // spells are half-open
  }
  table t{.name = "actor"};
  names.move_into(t.columns);
  for (column* c : {&kind, &spells, &first, &last}) t.columns.push_back(std::move(*c));
  return t;
}

}  // namespace pactgraph::query
