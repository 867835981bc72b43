// One actor as the network knows it, found by COW code, abbreviation or name.
#pragma once

#include <string_view>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// Table "actor", one row. Columns: code (integer, COW code; missing when none), abbrev (text),
/// name (text), kind (text: state or organisation), spells (integer: recorded spells of state-system
/// membership or of existence), first (text: ISO first day of the first spell), last (text: ISO last
/// day of the last spell). first is missing without spells, last too or when the last is ongoing.
/// usage_error with suggestions when nothing is named `text`.
[[nodiscard]] table actor(const alliance_network& net, std::string_view text);

}  // namespace pactgraph::query
