#pragma once

#include <string_view>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/model/date.hpp"

namespace pactgraph::io {

/// The date of the article the seed scenario comes from, the default query date.
inline constexpr date seed_date{2007, 5, 30};

/// The text of examples/data/central_asia_2007.json, compiled into the library.
std::string_view seed_scenario_json();

/// The built-in seed scenario (docs/design.md): Russia, Uzbekistan, the CSTO and their pacts as of May 2007.
alliance_network seed_scenario();

}  // namespace pactgraph::io
