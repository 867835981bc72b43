#include "pactgraph/panels/state_years.hpp"

#include <algorithm>
#include <tuple>

#include "pact_groups.hpp"

namespace pactgraph {
namespace {

/// One member row of a state, placed in the pact group it counts for.
struct member_row {
  actor_id state{};
  int code = 0;
  std::uint32_t group = 0;
  const member_spell* row = nullptr;
};

}  // namespace

state_year_panel state_years(const alliance_network& net, year_span years, const panel_options& options) {
  state_year_panel panel;
  panel.members_without_code = panels_detail::member_rows_without_code(net);
  if (years.count() == 0) return panel;
  const panels_detail::pact_groups groups(net);

  std::vector<std::vector<member_row>> by_year(static_cast<std::size_t>(years.count()));
  const auto pacts = net.pacts();
  for (std::size_t pi = 0; pi < pacts.size(); ++pi)
    for (const pact_member& m : pacts[pi].members) {
      const auto code = panels_detail::state_code(net, m.actor);
      if (!code) continue;
      for (const member_spell& s : m.spells) {
        if (s.when.begin >= s.when.end) continue;  // an empty row is never in force
        const std::uint32_t g = groups.group_of[pi];
        const year_span counted = panels_detail::counted_years(s.when, groups.groups[g], years);
        for (int y = counted.first; y <= counted.last; ++y)
          by_year[static_cast<std::size_t>(y - years.first)].push_back(
              {.state = m.actor, .code = *code, .group = g, .row = &s});
      }
    }

  std::vector<panels_detail::year_rows<state_year>> per_year(by_year.size());
  panels_detail::for_each_index(by_year.size(), options, [&](std::size_t i) {
    const int year = years.first + static_cast<int>(i);
    auto& rows = by_year[i];
    std::sort(rows.begin(), rows.end(), [](const member_row& x, const member_row& y) {
      return std::tie(x.code, x.group, x.row->when.begin) < std::tie(y.code, y.group, y.row->when.begin);
    });
    auto& out = per_year[i];
    for (std::size_t j = 0; j < rows.size();) {
      state_year row{.state = rows[j].state, .ccode = rows[j].code, .year = year,
                     .first_pact = static_cast<std::uint32_t>(out.pacts.size())};
      std::size_t k = j;
      while (k < rows.size() && rows[k].code == rows[j].code) {
        // One pact group: its last row in the year gives the obligations (the later phase counts).
        std::size_t end = k;
        for (; end < rows.size() && rows[end].code == rows[k].code && rows[end].group == rows[k].group; ++end) {
          const spell& when = rows[end].row->when;
          row.obvary = row.obvary || rows[end].row->pledges_vary;
          row.transyr = row.transyr || panels_detail::year_of(when.begin) == year ||
                        (!when.is_open() && panels_detail::year_of(when.end) == year);
        }
        row.obligations |= rows[end - 1].row->pledges;
        out.pacts.push_back(groups.groups[rows[k].group].first);
        ++row.pact_count;
        k = end;
      }
      out.rows.push_back(row);
      j = k;
    }
  });

  panels_detail::concatenate(per_year, panel.rows, panel.pacts);
  return panel;
}

}  // namespace pactgraph
