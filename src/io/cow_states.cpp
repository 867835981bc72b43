#include "pactgraph/io/cow_states.hpp"

#include <map>
#include <unordered_map>

#include "import_rows.hpp"

namespace pactgraph::io {
namespace {

/// The rows of one ccode, gathered before the state is added.
struct state_rows {
  actor state;
  source_location first_row;
  std::size_t rows = 0;
};

}  // namespace

import_report import_cow_states(alliance_network& net, const text_file& states, const import_options& options) {
  // Everything goes into a copy, assigned back only on success, so a throw leaves `net` untouched.
  alliance_network work = net;
  import_report report;
  report.source = work.add_source({.key = std::string(cow_states_source_key),
                                   .citation = "Correlates of War Project. 2017. \"State System Membership List, "
                                               "v2016.\" Online, http://correlatesofwar.org",
                                   .first = date(1816, 1, 1),
                                   .last = date(2016, 12, 31)},
                                  {.file = states.name});
  csv_reader reader(states, options.limits);
  const std::size_t abb_col = reader.column("stateabb");
  const std::size_t code_col = reader.column("ccode");
  const std::size_t name_col = reader.column("statenme");
  const std::size_t sy_col = reader.column("styear");
  const std::size_t sm_col = reader.column("stmonth");
  const std::size_t sd_col = reader.column("stday");
  const std::size_t ey_col = reader.column("endyear");
  const std::size_t em_col = reader.column("endmonth");
  const std::size_t ed_col = reader.column("endday");
  // The last day of the data: a spell ending there is still running when the data end.
  constexpr day_number data_end = day_of(2016, 12, 31);

  std::vector<state_rows> groups;
  std::unordered_map<long long, std::size_t> group_of;
  detail::for_each_row(reader, options, report, [&] {
    const long long code = reader.integer(code_col);
    const std::string_view abbreviation = detail::utf8_field(reader, abb_col);
    const std::string_view name = detail::utf8_field(reader, name_col);
    if (abbreviation.empty()) throw reader.error_at(abb_col, "expected an abbreviation, found an empty field");
    if (code < 0 || code > 99999) throw reader.error_at(code_col, "expected a COW code, found '" +
                                                                     std::string(reader.field(code_col)) + "'");
    if (work.find_state(static_cast<int>(code)))
      throw data_error(reader.location(code_col), "column 'ccode': state " + std::to_string(code) +
                                                      " is already in the network");
    const date start = detail::partial_date(reader, sy_col, sm_col, sd_col);
    const date end = detail::partial_date(reader, ey_col, em_col, ed_col);
    spell when = spell::between(start, end);
    if (when.is_reversed())
      throw data_error(reader.location(ey_col), "column 'endyear': end " + end.to_string() + " precedes start " +
                                                    start.to_string());
    if (when.end == data_end) when = spell::between(start);  // open, like every open spell (no end precision)

    auto [it, fresh] = group_of.emplace(code, groups.size());
    if (fresh) {
      groups.push_back({.state = {.kind = actor_kind::state,
                                  .abbreviation = std::string(abbreviation),
                                  .name = std::string(name),
                                  .cow_code = static_cast<int>(code)},
                        .first_row = reader.record_location()});
    }
    state_rows& g = groups[it->second];
    if (g.state.abbreviation != abbreviation)
      throw reader.error_at(abb_col, "state " + std::to_string(code) + " was '" + g.state.abbreviation +
                                         "' on line " + std::to_string(g.first_row.line) + ", found '" +
                                         std::string(abbreviation) + "'");
    if (g.state.name != name)
      throw reader.error_at(name_col, "state " + std::to_string(code) + " was '" + g.state.name + "' on line " +
                                          std::to_string(g.first_row.line) + ", found '" + std::string(name) + "'");
    for (const auto& s : g.state.spells)
      if (s.when.overlaps(when))
        throw data_error(reader.location(sy_col), "column 'styear': spell from " + start.to_string() +
                                                      " overlaps an earlier spell of state " + std::to_string(code));
    g.state.spells.push_back({.when = when, .source = report.source});
    ++g.rows;
  });

  for (auto& g : groups) {
    if (g.rows == 0) continue;  // every row of this code was skipped
    try {
      work.add_actor(std::move(g.state), g.first_row);
      report.rows_loaded += g.rows;
    } catch (const data_error& e) {
      detail::reject(e, options, report);
    }
  }
  net = std::move(work);
  return report;
}

import_report import_cow_states(alliance_network& net, const std::filesystem::path& states,
                                const import_options& options) {
  return import_cow_states(net, read_text_file(states), options);
}

}  // namespace pactgraph::io
