// `cascade`: who is obliged to fight, hop by hop, if an actor is attacked on a day (chain-ganging).
#pragma once

#include <string_view>

#include "pactgraph/algorithms/cascade.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// Table "drawn_in", one row per obligation that draws a state in (a state drawn in through several
/// appears once for each), hop by hop. Scalars: date (text, ISO), target (text, abbreviation).
/// Columns: code (integer; missing when none), abbrev, name (text), hop (integer, from 1),
/// obliged_to (text: the abbreviation of the actor it must defend), pledges (text: kinds joined by
/// '+'), via (text: the pacts' labels joined by "; "). Notes: nobody is obliged; no source covers
/// the day. `options` as pactgraph::obligation_cascade takes them (the command's --obligations
/// and --max-hops). usage_error on an unknown target.
[[nodiscard]] table cascade(const alliance_network& net, std::string_view target, day_number day,
                            const cascade_options& options = {});

}  // namespace pactgraph::query
