#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"

namespace pactgraph {

/// A pair of states over a maximal run of days with the same shared pacts and obligations: what
/// the yearly files cannot say (the day a pledge began, a phase that changed mid-year).
///
/// Directed rows read "A toward B"; undirected rows have `ccode_a < ccode_b` and obligations
/// pledged either way. `when` is half-open at day precision: `when.end` is the first day the pair
/// no longer shares these pacts (an exit date, as ATOP writes them), open when still running at
/// the end of the data.
struct dyad_spell {
  actor_id a{};
  actor_id b{};
  int ccode_a = 0;
  int ccode_b = 0;
  spell when{};
  tie_kind obligations = tie_kind::none;
  bool shareob = false;  ///< in a common pact, no pledge either way
  bool asymm = false;    ///< some shared pact is asymmetric
  bool obvary = false;   ///< a member row involved has OBVARY = 1: the flags are an upper bound
  std::uint16_t bilateral = 0;
  std::uint16_t multilateral = 0;
  std::uint32_t first_pact = 0;  ///< into dyad_spell_panel::pacts
  std::uint32_t pact_count = 0;

  [[nodiscard]] constexpr unsigned number() const { return pact_count; }
};

/// Dyad spells sorted by ccode_a, ccode_b, then start, and the pacts each shares.
struct dyad_spell_panel {
  std::vector<dyad_spell> rows{};
  std::vector<pact_id> pacts{};  ///< each row's run ascending by ATOP id (then key)
  std::size_t members_without_code = 0;

  [[nodiscard]] std::span<const pact_id> pacts_of(const dyad_spell& row) const {
    return std::span<const pact_id>(pacts).subspan(row.first_pact, row.pact_count);
  }
};

/// What dyad_spells covers and how it orients rows.
struct dyad_spell_options {
  day_number first = std::numeric_limits<day_number>::min();  ///< first day kept
  day_number last = open_end - 1;                              ///< last day kept (inclusive)
  bool directed = true;
};

/// Every pair of states sharing a pact, one row per maximal spell of constant shared pacts and
/// obligations, clipped to the window and to each pact's source coverage. Two member rows share a
/// pact when their half-open spells overlap. O(shared spells · log).
[[nodiscard]] dyad_spell_panel dyad_spells(const alliance_network& net, const dyad_spell_options& options = {});

}  // namespace pactgraph
