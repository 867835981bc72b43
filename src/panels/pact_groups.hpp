// Pacts grouped as the yearly panels count them, and the spells two members share.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"

namespace pactgraph::panels_detail {

/// The calendar year of a day.
inline int year_of(day_number day) {
  return static_cast<int>(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}}.year());
}

/// The pacts of one ATOP id (its parallel phases are separate pacts), or one pact without an id.
struct pact_group {
  pact_id first{};          ///< the pact that names the group in output
  bool bilateral = false;
  bool asymmetric = false;
  int first_year = 0;       ///< years the group's source covers (all years when it has none)
  int last_year = 0;
};

/// Every pact's group, groups numbered in output order: ascending ATOP id, then pact key.
struct pact_groups {
  std::vector<pact_group> groups{};
  std::vector<std::uint32_t> group_of{};  ///< by pact_id value

  explicit pact_groups(const alliance_network& net);
};

/// The years a spell counts in, clipped to its group's coverage and to `years`: from the year of
/// its start through the year of its end, the end day included as ATOP counts it. Empty when
/// first > last.
year_span counted_years(const spell& when, const pact_group& group, year_span years);

/// The COW code of a state, or nothing for organisations and states without a COW state code.
/// COW state codes have at most three digits: ATOP's 8152 (Annam) is a code ATOP made up.
inline std::optional<int> state_code(const alliance_network& net, actor_id id) {
  const actor& a = net[id];
  if (a.kind != actor_kind::state || !a.cow_code || *a.cow_code < 1 || *a.cow_code > 999) return std::nullopt;
  return a.cow_code;
}

/// Member rows (spells) of states that state_code leaves out.
std::size_t member_rows_without_code(const alliance_network& net);

/// One spell two states share in a pact group: `lo` has the smaller COW code.
struct shared_spell {
  actor_id lo{};
  actor_id hi{};
  int lo_code = 0;
  int hi_code = 0;
  std::uint32_t group = 0;
  spell when{};
  tie_kind lo_to_hi = tie_kind::none;
  tie_kind hi_to_lo = tie_kind::none;
  bool obvary = false;  ///< either member row has OBVARY = 1
};

/// Every pair of member rows of a pact that overlap (half-open: a join on the other's exit day is
/// no overlap), between two states with COW codes. In pact, member and spell order.
std::vector<shared_spell> shared_spells(const alliance_network& net, const pact_groups& groups);

/// The rows one year gives and the pacts they point into (row.first_pact counts from 0).
template <class Row>
struct year_rows {
  std::vector<Row> rows{};
  std::vector<pact_id> pacts{};
};

/// Appends the years' rows and pacts in year order, shifting each row's first_pact.
template <class Row>
void concatenate(std::vector<year_rows<Row>>& years, std::vector<Row>& rows, std::vector<pact_id>& pacts) {
  std::size_t row_count = rows.size();
  std::size_t pact_count = pacts.size();
  for (const auto& y : years) {
    row_count += y.rows.size();
    pact_count += y.pacts.size();
  }
  rows.reserve(row_count);
  pacts.reserve(pact_count);
  for (auto& y : years) {
    const auto offset = static_cast<std::uint32_t>(pacts.size());
    for (auto& row : y.rows) {
      row.first_pact += offset;
      rows.push_back(row);
    }
    pacts.insert(pacts.end(), y.pacts.begin(), y.pacts.end());
    y = {};
  }
}

/// Runs `work(i)` for i in [0, count) on options.threads threads, reporting progress; rethrows
/// the first failure (by index) after every worker stopped.
void for_each_index(std::size_t count, const panel_options& options, const std::function<void(std::size_t)>& work);

}  // namespace pactgraph::panels_detail
