#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"

namespace pactgraph {

/// One dyad in one year, as ATOP's dyad-year files code it (codebook §2.6–2.7).
///
/// Directed rows read "A toward B": `obligations` is what A pledges to B, OR over their shared
/// pacts. Undirected rows have `ccode_a < ccode_b` and `obligations` pledged either way.
/// When `covered` is false the year lies outside every source of pacts (a system-frame row
/// only): the flags are unknown, not zero.
struct dyad_year {
  actor_id a{};
  actor_id b{};
  int ccode_a = 0;
  int ccode_b = 0;
  int year = 0;
  tie_kind obligations = tie_kind::none;  ///< alliance kinds (defense … consul) and any native kinds
  bool covered = true;
  bool shareob = false;  ///< in a common pact, no pledge either way
  bool transyr = false;  ///< a shared spell starts or ends in the year (phase changes included)
  bool asymm = false;    ///< some shared pact is asymmetric
  bool obvary = false;   ///< a member row involved has OBVARY = 1: the flags are an upper bound
  std::uint16_t bilateral = 0;     ///< BILATNO
  std::uint16_t multilateral = 0;  ///< MULTINO
  std::uint32_t first_pact = 0;    ///< into dyad_year_panel::pacts
  std::uint32_t pact_count = 0;

  /// NUMBER: shared pacts (ATOP counts an `atopid` once, whatever its phases).
  [[nodiscard]] constexpr unsigned number() const { return pact_count; }
  /// True when the pair shares a pact in the year (ATOPALLY).
  [[nodiscard]] constexpr bool allied() const { return pact_count != 0; }
};

/// Dyad-year rows sorted by year, ccode_a, ccode_b, and the pacts each row shares.
struct dyad_year_panel {
  std::vector<dyad_year> rows{};
  /// Shared pacts of all rows, each row's run ascending by ATOP id (then key); a pact with an
  /// `atop_id` stands for every pact of that id (ATOP's parallel phases).
  std::vector<pact_id> pacts{};
  /// Member rows left out because their actor has no COW state code (ATOP's 8152, Annam).
  std::size_t members_without_code = 0;

  [[nodiscard]] std::span<const pact_id> pacts_of(const dyad_year& row) const {
    return std::span<const pact_id>(pacts).subspan(row.first_pact, row.pact_count);
  }
};

/// Every ordered pair of states sharing a pact in a year of `years`, with A's obligations toward B.
///
/// Rules (ATOP 5.1, reproduced on its files): a member row is in force from its entry through its
/// exit day, and two rows share the pact only when each starts before the other's exit (a state
/// joining on the day another leaves never shared it); a shared spell counts in every year from
/// its start through its end; in a year, each direction's obligations in a pact are those of the
/// pair's last shared spell of that pact in the year (a phase change counts the later phase).
/// Years outside the pact's source coverage give no row. Actors are states with a COW code;
/// organisations are skipped and code-less states counted in `members_without_code`.
/// O(shared spell-years · log) / threads.
[[nodiscard]] dyad_year_panel directed_dyad_years(const alliance_network& net, year_span years,
                                                  const panel_options& options = {});

/// As directed_dyad_years, one row per unordered pair (`ccode_a < ccode_b`), obligations OR-ed
/// over both directions.
[[nodiscard]] dyad_year_panel undirected_dyad_years(const alliance_network& net, year_span years,
                                                    const panel_options& options = {});

}  // namespace pactgraph
