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

  // The states of each year first, so every year's rows go straight to their place in one vector
  // (two million rows: a copy more would cost more than the work).
  const std::size_t year_count = static_cast<std::size_t>(years.count());
  std::vector<std::vector<in_system>> states(year_count);
  std::vector<std::size_t> first_row(year_count + 1, 0);
  for (std::size_t i = 0; i < year_count; ++i) {
    states[i] = states_in(net, years.first + static_cast<int>(i), any_spells);
    std::size_t pairs = 0;
    for (std::size_t x = 0; x < states[i].size(); ++x)
      for (std::size_t y = x + 1; y < states[i].size(); ++y) pairs += share_a_day(states[i][x], states[i][y]) ? 1 : 0;
    first_row[i + 1] = first_row[i] + pairs * (directed ? 2 : 1);
  }
  panel.rows.resize(first_row.back());
  std::vector<std::vector<pact_id>> pacts(year_count);

  panels_detail::for_each_index(year_count, options, [&](std::size_t i) {
    const int year = years.first + static_cast<int>(i);
    const bool covered = year_covered(net, year);
    std::size_t at = first_row[i];
    std::size_t next = year_begin[i];
    const std::size_t stop = year_begin[i + 1];
    for (const in_system& a : states[i])
      for (const in_system& b : states[i]) {
        if (a.code == b.code || (!directed && b.code < a.code) || !share_a_day(a, b)) continue;
        // Allied rows outside the frame (a state not yet in the system) are passed over.
        while (next < stop && std::tie(allied.rows[next].ccode_a, allied.rows[next].ccode_b) < std::tie(a.code, b.code))
          ++next;
        dyad_year& row = panel.rows[at++];
        if (next < stop && allied.rows[next].ccode_a == a.code && allied.rows[next].ccode_b == b.code) {
          const dyad_year& found = allied.rows[next];
          row = found;
          row.first_pact = static_cast<std::uint32_t>(pacts[i].size());
          const auto shared = allied.pacts_of(found);
          pacts[i].insert(pacts[i].end(), shared.begin(), shared.end());
        } else {
          row = {.a = a.state, .b = b.state, .ccode_a = a.code, .ccode_b = b.code, .year = year, .covered = covered};
        }
      }
  });
  for (std::size_t i = 0; i < year_count; ++i) {
    const auto offset = static_cast<std::uint32_t>(panel.pacts.size());
    for (std::size_t r = first_row[i]; r < first_row[i + 1]; ++r)
      if (panel.rows[r].pact_count != 0) panel.rows[r].first_pact += offset;
    panel.pacts.insert(panel.pacts.end(), pacts[i].begin(), pacts[i].end());
  }
  return panel;
}

}  // namespace pactgraph
