#pragma once

#include "pactgraph/panels/dyad_years.hpp"

namespace pactgraph {

/// Every pair of states in the state system on a common day of each year of `years`, allied or
/// not: the frame a regression on all dyads merges onto (like peacesciencer's
/// create_dyadyears()), with the dyad-year flags where the pair is allied and zeros where not.
///
/// States are those with a COW code; one is in the system on the days of its spells (half-open,
/// so the Yemens of 1990-05-22 share no day). In a network where no state has system spells,
/// every state is in the system every year. Rows whose year no source of pacts covers have
/// `covered` false: their flags are unknown, not zero. Directed rows by default; `directed` false
/// gives one row per unordered pair (`ccode_a < ccode_b`). O(pairs · years) / threads.
[[nodiscard]] dyad_year_panel system_frame(const alliance_network& net, year_span years, bool directed = true,
                                           const panel_options& options = {});

}  // namespace pactgraph
