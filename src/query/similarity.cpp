#include "pactgraph/query/similarity.hpp"

#include <algorithm>

#include "pactgraph/error.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/similarity/portfolio_scale.hpp"
#include "pactgraph/similarity/similarity_series.hpp"

namespace pactgraph::query {

namespace {

std::vector<similarity_measure> parse_similarity_measures(std::string_view text) {
  if (text.empty()) return all_similarity_measures();
  const std::vector<std::string> known(similarity_measure_names.begin(), similarity_measure_names.end());
  std::vector<similarity_measure> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view name = text.substr(start, comma - start);
    const auto measure = similarity_measure_from_name(name);
    if (!measure)
      throw usage_error("unknown measure '" + std::string(name) + "'" + suggestion_text(closest_matches(name, known)) +
                        " (measures: s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub)");
    out.push_back(*measure);
    start = comma + 1;
  }
  return out;
}

portfolio_direction parse_direction(std::string_view text) {
  if (const auto d = portfolio_direction_from_name(text)) return *d;
  throw usage_error("unknown direction '" + std::string(text) + "'; expected either, given or received");
}

// The two states of `A,B`, each a state with a COW code.
std::pair<actor_id, actor_id> parse_dyad(const alliance_network& net, std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos)
    throw usage_error("--dyads '" + std::string(text) + "': expected two states, A,B");
  const actor_id a = resolve_actor(net, text.substr(0, comma)), b = resolve_actor(net, text.substr(comma + 1));
  for (const actor_id x : {a, b})
    if (net[x].kind != actor_kind::state || !net[x].cow_code)
      throw usage_error("--dyads: '" + net[x].name + "' is not a state with a COW code");
  if (a == b) throw usage_error("--dyads: give two different states");
  return {a, b};
}

// "WHEN" or "WHEN (and N more)".
std::string first_and_more(const std::vector<std::string>& whens) {
  return whens.front() + (whens.size() > 1 ? " (and " + std::to_string(whens.size() - 1) + " more)" : "");
}

}  // namespace

similarity_rows::similarity_rows(const alliance_network& net, const similarity_options& options, bool yearly)
    : rows_shape("similarity"), m_net(&net), m_yearly(yearly), m_measures(parse_similarity_measures(options.measures)) {
  m_options = {.scale = parse_portfolio_scale(options.scale),
               .direction = parse_direction(options.direction),
               .weights = options.weights,
               .threads = options.threads,
               .progress = options.progress};
  if (!options.dyads.empty()) m_dyad = parse_dyad(net, options.dyads);
}

similarity_rows::similarity_rows(const alliance_network& net, day_number day, const similarity_options& options)
    : similarity_rows(net, options, false) {
  m_frames.push_back(similarity_on(net, day, m_options));
  describe();
}

similarity_rows::similarity_rows(const alliance_network& net, year_span years, const similarity_options& options)
    : similarity_rows(net, options, true) {
  m_frames = similarity_by_year(net, years, m_options);
  describe();
}

void similarity_rows::describe() {
  m_columns = {{"ccode1", column::type::integer},
               {"ccode2", column::type::integer},
               m_yearly ? column_spec{"year", column::type::integer} : column_spec{"date", column::type::text}};
  for (const auto m : m_measures) m_columns.push_back({std::string(name_of(m)), column::type::real});
  std::vector<std::string> uncovered, absent;
  for (const auto& f : m_frames) {
    const std::string when = m_yearly ? std::to_string(f.year) : day_text(f.day);
    if (!f.covered) uncovered.push_back(when);
    if (m_dyad && pairs_of(f).empty()) absent.push_back(when);
  }
  if (!uncovered.empty())
    m_notes.push_back("no source of pacts covers " + first_and_more(uncovered) +
                      ": portfolios there hold only each state itself, which means no data, not no alliances");
  if (!absent.empty())
    m_notes.push_back("--dyads: the two states are not both in the system in " + first_and_more(absent));
}

std::size_t similarity_rows::size() const {
  std::size_t rows = 0;
  for (const auto& f : m_frames) {
    const std::size_t n = f.portfolios.size();
    rows += m_dyad ? pairs_of(f).size() : (n < 2 ? 0 : n * (n - 1) / 2);
  }
  return rows;
}

std::int64_t similarity_rows::code(const similarity_frame& f, std::size_t i) const {
  return *(*m_net)[f.portfolios.state(i)].cow_code;
}

std::vector<std::pair<std::size_t, std::size_t>> similarity_rows::pairs_of(const similarity_frame& f) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const std::size_t n = f.portfolios.size();
  if (!m_dyad) {
    out.reserve(n < 2 ? 0 : n * (n - 1) / 2);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) out.emplace_back(i, j);
    return out;
  }
  const auto i = f.portfolios.index_of(m_dyad->first), j = f.portfolios.index_of(m_dyad->second);
  if (i && j) out.emplace_back(std::min(*i, *j), std::max(*i, *j));
  return out;
}

table similarity(const alliance_network& net, day_number day, const similarity_options& options) {
  return table_of(similarity_rows(net, day, options));
}

table similarity(const alliance_network& net, year_span years, const similarity_options& options) {
  return table_of(similarity_rows(net, years, options));
}

}  // namespace pactgraph::query
