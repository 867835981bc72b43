// `ties`: an actor's partners on a day, by tie kind.
#pragma once

#include <string_view>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// Table "ties", one row per active tie and kind (a tie of several kinds is listed under each),
/// ordered by kind, partner name, tie. Scalars: date (text, ISO), actor (text, abbreviation).
/// Columns: kind (text), hostile (text: yes or no), code (integer; missing when none), abbrev, name
/// (text: the partner), pledged, received (text: kinds joined by '+', or '-'), via (text: the pact's
/// label or "membership of ORG"). Notes: no source covers the day; the actor is outside the state
/// system then. usage_error with suggestions when nothing is named `actor`.
[[nodiscard]] table ties(const alliance_network& net, std::string_view actor, day_number day,
                         tie_kind kinds = tie_kind::all);

}  // namespace pactgraph::query
