#include "pactgraph/panels/dyad_spells.hpp"

#include <algorithm>
#include <tuple>

#include "pact_groups.hpp"

namespace pactgraph {
namespace {

using panels_detail::shared_spell;

/// A shared spell cut to the window and to its source's coverage; nothing left when empty.
std::optional<spell> clipped(const shared_spell& s, const panels_detail::pact_groups& groups,
                             const alliance_network& net, const dyad_spell_options& options) {
  spell out = s.when;
  day_number first = options.first;
  day_number end = options.last == open_end - 1 ? open_end : options.last + 1;
  const pact& p = net[groups.groups[s.group].first];
  if (p.source.valid()) {
    first = std::max(first, net[p.source].first.first_day());
    const day_number covered_end = net[p.source].last.last_day() + 1;
    // Running past the source's last day means "still in force": kept open unless the window ends first.
    if (end == open_end && out.end >= covered_end) {
      out.begin = std::max(out.begin, first);
      return out.begin < covered_end ? std::optional(out) : std::nullopt;
    }
    end = std::min(end, covered_end);
  }
  out.begin = std::max(out.begin, first);
  out.end = std::min(out.end, end);
  if (out.begin >= out.end) return std::nullopt;
  return out;
}

/// The state of a pair on one stretch of days, to tell when it changes.
struct pair_state {
  tie_kind lo_to_hi = tie_kind::none;
  tie_kind hi_to_lo = tie_kind::none;
  bool obvary = false;
  std::vector<std::uint32_t> groups{};
  friend bool operator==(const pair_state&, const pair_state&) = default;
};

}  // namespace

dyad_spell_panel dyad_spells(const alliance_network& net, const dyad_spell_options& options) {
  dyad_spell_panel panel;
  panel.members_without_code = panels_detail::member_rows_without_code(net);
  const panels_detail::pact_groups groups(net);
  std::vector<shared_spell> spells;
  for (shared_spell s : panels_detail::shared_spells(net, groups))
    if (const auto cut = clipped(s, groups, net, options)) {
      s.when = *cut;
      spells.push_back(s);
    }
  std::sort(spells.begin(), spells.end(), [](const shared_spell& x, const shared_spell& y) {
    return std::tie(x.lo_code, x.hi_code, x.when.begin) < std::tie(y.lo_code, y.hi_code, y.when.begin);
  });

  struct stretch {
    spell when;
    pair_state state;
  };
  std::vector<dyad_spell> lo_rows;
  std::vector<dyad_spell> hi_rows;
  for (std::size_t i = 0; i < spells.size();) {
    std::size_t j = i;
    while (j < spells.size() && spells[j].lo_code == spells[i].lo_code && spells[j].hi_code == spells[i].hi_code) ++j;
    // Cut the pair's days at every start and end, then merge neighbours in the same state.
    std::vector<day_number> cuts;
    for (std::size_t k = i; k < j; ++k) {
      cuts.push_back(spells[k].when.begin);
      cuts.push_back(spells[k].when.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<stretch> stretches;
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
      pair_state state;
      for (std::size_t k = i; k < j; ++k) {
        const shared_spell& s = spells[k];
        if (!(s.when.begin <= cuts[c] && cuts[c] < s.when.end)) continue;
        state.lo_to_hi |= s.lo_to_hi;
        state.hi_to_lo |= s.hi_to_lo;
        state.obvary = state.obvary || s.obvary;
        state.groups.push_back(s.group);
      }
      if (state.groups.empty()) continue;
      std::sort(state.groups.begin(), state.groups.end());
      state.groups.erase(std::unique(state.groups.begin(), state.groups.end()), state.groups.end());
      spell when{.begin = cuts[c], .end = cuts[c + 1]};
      if (!stretches.empty() && stretches.back().when.end == when.begin && stretches.back().state == state)
        stretches.back().when.end = when.end;
      else
        stretches.push_back({when, std::move(state)});
    }
    for (const stretch& st : stretches) {
      const shared_spell& s = spells[i];
      dyad_spell row{.a = s.lo, .b = s.hi, .ccode_a = s.lo_code, .ccode_b = s.hi_code, .when = st.when,
                     .shareob = (st.state.lo_to_hi | st.state.hi_to_lo) == tie_kind::none,
                     .obvary = st.state.obvary, .first_pact = static_cast<std::uint32_t>(panel.pacts.size()),
                     .pact_count = static_cast<std::uint32_t>(st.state.groups.size())};
      for (const std::uint32_t g : st.state.groups) {
        row.asymm = row.asymm || groups.groups[g].asymmetric;
        ++(groups.groups[g].bilateral ? row.bilateral : row.multilateral);
        panel.pacts.push_back(groups.groups[g].first);
      }
      row.obligations = options.directed ? st.state.lo_to_hi : st.state.lo_to_hi | st.state.hi_to_lo;
      lo_rows.push_back(row);
      if (options.directed) {
        std::swap(row.a, row.b);
        std::swap(row.ccode_a, row.ccode_b);
        row.obligations = st.state.hi_to_lo;
        hi_rows.push_back(row);
      }
    }
    i = j;
  }
  panel.rows = std::move(lo_rows);
  panel.rows.insert(panel.rows.end(), hi_rows.begin(), hi_rows.end());
  std::stable_sort(panel.rows.begin(), panel.rows.end(), [](const dyad_spell& x, const dyad_spell& y) {
    return std::tie(x.ccode_a, x.ccode_b, x.when.begin) < std::tie(y.ccode_a, y.ccode_b, y.when.begin);
  });
  return panel;
}

}  // namespace pactgraph
