#include "pactgraph/query/states.hpp"

namespace pactgraph::query {

state_rows::state_rows(const alliance_network& net, year_span years, const panel_options& options)
    : rows_shape("states"), m_net(&net) {
  check_panel_years(net, years);
  m_panel = state_years(net, years, options);
  m_extras = extra_kinds(net);
  m_columns = {{"ccode", column::type::integer}, {"year", column::type::integer}, {"atopally", column::type::integer}};
  for (auto& c : obligation_columns(m_extras)) m_columns.push_back(std::move(c));
  for (const char* c : {"number", "transyr"}) m_columns.push_back({c, column::type::integer});
  m_columns.push_back({"atopids", column::type::text});
  if (m_panel.members_without_code != 0) m_notes.push_back(members_without_code_note(m_panel.members_without_code));
}

table states(const alliance_network& net, year_span years, const panel_options& options) {
  return table_of(state_rows(net, years, options));
}

}  // namespace pactgraph::query
