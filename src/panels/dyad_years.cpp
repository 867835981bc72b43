#include "pactgraph/panels/dyad_years.hpp"

#include <algorithm>
#include <tuple>

#include "pact_groups.hpp"

namespace pactgraph {
namespace {

using panels_detail::shared_spell;

/// One pair's year: the aggregate of its shared spells in the year, both directions at once.
struct pair_year {
  const shared_spell* first = nullptr;  ///< any spell of the pair (names the pair)
  tie_kind lo_to_hi = tie_kind::none;
  tie_kind hi_to_lo = tie_kind::none;
  bool transyr = false;
  bool asymm = false;
  bool obvary = false;
  std::uint16_t bilateral = 0;
  std::uint16_t multilateral = 0;
  std::vector<pact_id> pacts{};
};

/// The pairs allied in `year`, ascending by (lo code, hi code), from the spells counted in it.
std::vector<pair_year> pairs_in_year(int year, std::vector<const shared_spell*>& spells,
                                     const panels_detail::pact_groups& groups) {
  std::sort(spells.begin(), spells.end(), [](const shared_spell* x, const shared_spell* y) {
    return std::tie(x->lo_code, x->hi_code, x->group, x->when.begin) <
           std::tie(y->lo_code, y->hi_code, y->group, y->when.begin);
  });
  std::vector<pair_year> out;
  for (std::size_t i = 0; i < spells.size();) {
    pair_year row{.first = spells[i]};
    std::size_t j = i;
    for (; j < spells.size() && spells[j]->lo_code == spells[i]->lo_code && spells[j]->hi_code == spells[i]->hi_code;) {
      // One pact group: the last spell of the year gives the obligations (the later phase counts).
      std::size_t k = j;
      for (; k < spells.size() && spells[k]->lo_code == spells[j]->lo_code && spells[k]->hi_code == spells[j]->hi_code &&
             spells[k]->group == spells[j]->group;
           ++k) {
        const shared_spell& s = *spells[k];
        row.obvary = row.obvary || s.obvary;
        row.transyr = row.transyr || panels_detail::year_of(s.when.begin) == year ||
                      (!s.when.is_open() && panels_detail::year_of(s.when.end) == year);
      }
      const shared_spell& last = *spells[k - 1];
      const auto& group = groups.groups[last.group];
      row.lo_to_hi |= last.lo_to_hi;
      row.hi_to_lo |= last.hi_to_lo;
      row.asymm = row.asymm || group.asymmetric;
      ++(group.bilateral ? row.bilateral : row.multilateral);
      row.pacts.push_back(group.first);
      j = k;
    }
    out.push_back(std::move(row));
    i = j;
  }
  return out;
}

/// The row of a pair in one direction (`lo_first`) or both (`directed` false).
dyad_year make_row(const pair_year& p, int year, bool lo_first, bool directed) {
  const shared_spell& s = *p.first;
  const tie_kind either = p.lo_to_hi | p.hi_to_lo;
  return {.a = lo_first ? s.lo : s.hi,
          .b = lo_first ? s.hi : s.lo,
          .ccode_a = lo_first ? s.lo_code : s.hi_code,
          .ccode_b = lo_first ? s.hi_code : s.lo_code,
          .year = year,
          .obligations = directed ? (lo_first ? p.lo_to_hi : p.hi_to_lo) : either,
          .covered = true,
          .shareob = either == tie_kind::none,
          .transyr = p.transyr,
          .asymm = p.asymm,
          .obvary = p.obvary,
          .bilateral = p.bilateral,
          .multilateral = p.multilateral,
          .first_pact = 0,
          .pact_count = static_cast<std::uint32_t>(p.pacts.size())};
}

dyad_year_panel dyad_years(const alliance_network& net, year_span years, const panel_options& options, bool directed) {
  dyad_year_panel panel;
  panel.members_without_code = panels_detail::member_rows_without_code(net);
  if (years.count() == 0) return panel;
  const panels_detail::pact_groups groups(net);
  const std::vector<shared_spell> spells = panels_detail::shared_spells(net, groups);

  std::vector<std::vector<const shared_spell*>> by_year(static_cast<std::size_t>(years.count()));
  for (const shared_spell& s : spells) {
    const year_span counted = panels_detail::counted_years(s.when, groups.groups[s.group], years);
    for (int y = counted.first; y <= counted.last; ++y) by_year[static_cast<std::size_t>(y - years.first)].push_back(&s);
  }

  std::vector<panels_detail::year_rows<dyad_year>> per_year(by_year.size());
  panels_detail::for_each_index(by_year.size(), options, [&](std::size_t i) {
    const int year = years.first + static_cast<int>(i);
    const std::vector<pair_year> pairs = pairs_in_year(year, by_year[i], groups);
    auto& out = per_year[i];
    // Rows in (ccode_a, ccode_b) order: the pairs are in (lo, hi) order; sort light keys, not rows.
    struct order {
      std::uint64_t key;
      std::uint32_t pair;
      bool lo_first;
    };
    std::vector<order> orders;
    orders.reserve(pairs.size() * (directed ? 2 : 1));
    auto key = [](int a, int b) { return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint32_t>(b); };
    for (std::uint32_t k = 0; k < pairs.size(); ++k) {
      const shared_spell& s = *pairs[k].first;
      orders.push_back({key(s.lo_code, s.hi_code), k, true});
      if (directed) orders.push_back({key(s.hi_code, s.lo_code), k, false});
    }
    if (directed)
      std::sort(orders.begin(), orders.end(), [](const order& x, const order& y) { return x.key < y.key; });
    out.rows.reserve(orders.size());
    for (const order& o : orders) {
      out.rows.push_back(make_row(pairs[o.pair], year, o.lo_first, directed));
      out.rows.back().first_pact = static_cast<std::uint32_t>(out.pacts.size());
      out.pacts.insert(out.pacts.end(), pairs[o.pair].pacts.begin(), pairs[o.pair].pacts.end());
    }
  });

  panels_detail::concatenate(per_year, panel.rows, panel.pacts);
  return panel;
}

}  // namespace

dyad_year_panel directed_dyad_years(const alliance_network& net, year_span years, const panel_options& options) {
  return dyad_years(net, years, options, true);
}

dyad_year_panel undirected_dyad_years(const alliance_network& net, year_span years, const panel_options& options) {
  return dyad_years(net, years, options, false);
}

}  // namespace pactgraph
