// `members`: an organisation's or a pact's members on a day.
#pragma once

#include <string_view>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// Table "members". Scalars (leading columns): date (text, ISO), group (text: the organisation's
/// name or the pact's label). Columns: code (integer, COW code; missing when none), abbrev, name
/// (text), status (text: full, associate, observer, suspended), pledges (text: kinds joined by '+').
/// Organisation members come in actor order, pact members in the pact's order. Notes: no source
/// covers the day. `group`: organisation (CSTO) or pact (name, or key such as atop-3470);
/// usage_error with suggestions otherwise.
[[nodiscard]] table members(const alliance_network& net, std::string_view group, day_number day);

}  // namespace pactgraph::query
