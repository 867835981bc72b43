#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"

namespace pactgraph {

/// One state in one year in which it is a member of some pact, as ATOP's state-year file codes
/// it (codebook §2.5): `obligations` is what it pledges to anyone, OR over its pacts.
struct state_year {
  actor_id state{};
  int ccode = 0;
  int year = 0;
  tie_kind obligations = tie_kind::none;
  bool transyr = false;  ///< one of its member rows starts or ends in the year (phase changes included)
  bool obvary = false;   ///< one of its member rows in the year has OBVARY = 1
  std::uint32_t first_pact = 0;  ///< into state_year_panel::pacts
  std::uint32_t pact_count = 0;

  /// NUMBER: pacts it is a member of (an ATOP id counts once, whatever its phases).
  [[nodiscard]] constexpr unsigned number() const { return pact_count; }
};

/// State-year rows sorted by year, then COW code, and the pacts of each row.
struct state_year_panel {
  std::vector<state_year> rows{};
  /// Pacts of all rows, each row's run ascending by ATOP id (then key); a pact with an `atop_id`
  /// stands for every pact of that id.
  std::vector<pact_id> pacts{};
  /// Member rows left out because their actor has no COW state code (ATOP's 8152, Annam).
  std::size_t members_without_code = 0;

  [[nodiscard]] std::span<const pact_id> pacts_of(const state_year& row) const {
    return std::span<const pact_id>(pacts).subspan(row.first_pact, row.pact_count);
  }
};

/// Every state with a COW code in every year of `years` in which it is a member of a pact.
///
/// A member row counts in every year from its entry through its exit (the exit day included, as
/// ATOP counts it); in a year, a state's obligations in a pact are those of its last row of that
/// pact in the year. Years outside the pact's source coverage give no row. Reproduces ATOP 5.1's
/// atop5_1sy.csv from its member file. O(member row-years · log) / threads.
[[nodiscard]] state_year_panel state_years(const alliance_network& net, year_span years,
                                           const panel_options& options = {});

}  // namespace pactgraph
