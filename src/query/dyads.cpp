#include "pactgraph/query/dyads.hpp"

#include "pactgraph/panels/system_frame.hpp"

namespace pactgraph::query {

namespace {
/// The columns of both dyadic panels: the pair, `when`, the obligations, then `tail`, then atopids.
std::vector<column_spec> dyadic_columns(std::vector<column_spec> when, const std::vector<tie_kind>& extras,
                                        const std::vector<const char*>& tail) {
  std::vector<column_spec> out{{"ccode1", column::type::integer}, {"ccode2", column::type::integer}};
  for (auto& c : when) out.push_back(std::move(c));
  for (auto& c : obligation_columns(extras)) out.push_back(std::move(c));
  for (const char* c : tail) out.push_back({c, column::type::integer});
  out.push_back({"atopids", column::type::text});
  return out;
}

std::vector<std::string> left_out_notes(std::size_t members_without_code) {
  if (members_without_code == 0) return {};
  return {members_without_code_note(members_without_code)};
}
}  // namespace

dyad_rows::dyad_rows(const alliance_network& net, year_span years, const dyads_options& options)
    : rows_shape("dyads"), m_net(&net) {
  check_panel_years(net, years);
  const panel_options panel{.threads = options.threads, .progress = options.progress};
  m_panel = options.all_pairs    ? system_frame(net, years, !options.undirected, panel)
            : options.undirected ? undirected_dyad_years(net, years, panel)
                                 : directed_dyad_years(net, years, panel);
  m_extras = extra_kinds(net);
  m_columns = dyadic_columns({{"year", column::type::integer}}, m_extras,
                             {"shareob", "transyr", "bilatno", "multino", "number", "asymm", "obvary"});
  m_notes = left_out_notes(m_panel.members_without_code);
}

spell_rows::spell_rows(const alliance_network& net, const dyad_spell_options& options)
    : rows_shape("spells"), m_net(&net), m_panel(pactgraph::dyad_spells(net, options)), m_extras(extra_kinds(net)) {
  m_columns = dyadic_columns({{"start", column::type::text}, {"end", column::type::text}}, m_extras,
                             {"shareob", "bilatno", "multino", "number", "asymm", "obvary"});
  m_notes = left_out_notes(m_panel.members_without_code);
}

table dyads(const alliance_network& net, year_span years, const dyads_options& options) {
  return table_of(dyad_rows(net, years, options));
}

table dyad_spells(const alliance_network& net, const dyad_spell_options& options) {
  return table_of(spell_rows(net, options));
}

}  // namespace pactgraph::query
