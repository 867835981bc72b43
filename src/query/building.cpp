#include "building.hpp"

#include "pactgraph/query/parse.hpp"

namespace pactgraph::query::detail {

void actor_columns::push(const alliance_network& net, actor_id id) {
  const actor& a = net[id];
  if (a.cow_code) code.push(std::int64_t{*a.cow_code});
  else code.push_missing();
  abbrev.push(a.abbreviation);
  name.push(a.name);
}

void actor_columns::move_into(std::vector<column>& out) {
  out.push_back(std::move(code));
  out.push_back(std::move(abbrev));
  out.push_back(std::move(name));
  *this = {};
}

column text_scalar(std::string name, std::string value) {
  column c = text_column(std::move(name));
  c.push(std::move(value));
  return c;
}

column real_scalar(std::string name, double value) {
  column c = real_column(std::move(name));
  c.push(value);
  return c;
}

table tidy_table(std::string name, std::vector<column> scalars, std::vector<column> columns) {
  table t{.name = std::move(name)};
  const std::size_t rows = columns.empty() ? 0 : columns.front().size();
  for (const column& s : scalars) {
    column repeated{.name = s.name, .kind = s.kind};
    for (std::size_t i = 0; i < rows; ++i) repeated.push_from(s, 0);
    t.columns.push_back(std::move(repeated));
  }
  for (column& c : columns) t.columns.push_back(std::move(c));
  t.scalars = std::move(scalars);
  return t;
}

void note_coverage(const alliance_network& net, day_number day, std::vector<std::string>& notes) {
  if (!net.covered(day))
    notes.push_back("no source of this dataset covers " + day_text(day) +
                    ": a missing tie there means \"outside the data\", not \"no tie\"");
}

}  // namespace pactgraph::query::detail
