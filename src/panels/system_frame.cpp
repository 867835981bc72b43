#include "pactgraph/panels/system_frame.hpp"

#include <algorithm>
#include <tuple>

#include "pact_groups.hpp"

namespace pactgraph {
namespace {

/// A state's days in the system within one year, as half-open intervals.
struct in_system {
  actor_id state{};
  int code = 0;
  std::vector<std::pair<day_number, day_number>> days{};
};

bool share_a_day(const in_system& x, const in_system& y) {
  for (const auto& [b1, e1] : x.days)
    for (const auto& [b2, e2] : y.days)
      if (b1 < e2 && b2 < e1) return true;
  return false;
}

/// The states with a COW code in the system on some day of `year`, ascending by code.
std::vector<in_system> states_in(const alliance_network& net, int year, bool any_spells) {
  const day_number first = day_of(year, 1, 1);
  const day_number end = day_of(year + 1, 1, 1);
  std::vector<in_system> out;
  const auto actors = net.actors();
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    const auto code = panels_detail::state_code(net, actor_id{i});
    if (!code) continue;
    in_system s{.state = actor_id{i}, .code = *code};
    if (!any_spells) s.days.emplace_back(first, end);
    for (const auto& sp : actors[i].spells) {
      const day_number b = std::max(sp.when.begin, first);
      const day_number e = std::min(sp.when.end, end);
      if (b < e) s.days.emplace_back(b, e);
    }
    if (!s.days.empty()) out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const in_system& x, const in_system& y) { return x.code < y.code; });
  return out;
}

/// True when some source of pacts covers a day of the year.
bool year_covered(const alliance_network& net, int year) {
  const day_number first = day_of(year, 1, 1);
  const day_number last = day_of(year, 12, 31);
  for (const pact& p : net.pacts()) {
    if (!p.source.valid()) return true;
    const source& s = net[p.source];
    if (s.first.first_day() <= last && first <= s.last.last_day()) return true;
  }
  return false;
}

}  // namespace

dyad_year_panel system_frame(const alliance_network& net, year_span years, bool directed,
                             const panel_options& options) {
  const dyad_year_panel allied = directed ? directed_dyad_years(net, years, {.threads = options.threads})
                                          : undirected_dyad_years(net, years, {.threads = options.threads});
  dyad_year_panel panel;
  panel.members_without_code = allied.members_without_code;
  if (years.count() == 0) return panel;
  const bool any_spells = std::any_of(net.actors().begin(), net.actors().end(), [](const actor& a) {
    return a.kind == actor_kind::state && !a.spells.empty();
  });

  // Where each year's allied rows begin.
  std::vector<std::size_t> year_begin(static_cast<std::size_t>(years.count()) + 1, allied.rows.size());
  for (std::size_t i = allied.rows.size(); i-- > 0;) year_begin[static_cast<std::size_t>(allied.rows[i].year - years.first)] = i;
  for (std::size_t y = year_begin.size() - 1; y-- > 0;) year_begin[y] = std::min(year_begin[y], year_begin[y + 1]);

  std::vector<panels_detail::year_rows<dyad_year>> per_year(static_cast<std::size_t>(years.count()));
  panels_detail::for_each_index(per_year.size(), options, [&](std::size_t i) {
    const int year = years.first + static_cast<int>(i);
    const std::vector<in_system> states = states_in(net, year, any_spells);
    const bool covered = year_covered(net, year);
    auto& out = per_year[i];
    std::size_t next = year_begin[i];
    const std::size_t stop = year_begin[i + 1];
    out.rows.reserve(states.size() * states.size());
    for (const in_system& a : states)
      for (const in_system& b : states) {
        if (a.code == b.code || (!directed && b.code < a.code) || !share_a_day(a, b)) continue;
        // Allied rows outside the frame (a state not yet in the system) are passed over.
        while (next < stop && std::tie(allied.rows[next].ccode_a, allied.rows[next].ccode_b) < std::tie(a.code, b.code))
          ++next;
        dyad_year row{.a = a.state, .b = b.state, .ccode_a = a.code, .ccode_b = b.code, .year = year,
                      .covered = covered, .first_pact = static_cast<std::uint32_t>(out.pacts.size())};
        if (next < stop && allied.rows[next].ccode_a == a.code && allied.rows[next].ccode_b == b.code) {
          const dyad_year& found = allied.rows[next];
          row = found;
          row.first_pact = static_cast<std::uint32_t>(out.pacts.size());
          const auto shared = allied.pacts_of(found);
          out.pacts.insert(out.pacts.end(), shared.begin(), shared.end());
        }
        out.rows.push_back(row);
      }
  });
  panels_detail::concatenate(per_year, panel.rows, panel.pacts);
  return panel;
}

}  // namespace pactgraph
