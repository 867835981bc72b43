// `blocs`: groups of actors in the snapshot of a day: components, k-cores, cliques or communities.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The options of `blocs`, named as the command's.
struct blocs_options {
  std::string method = "components";  ///< components, kcore, cliques or communities
  std::size_t min_size = 1;           ///< leave out blocs smaller than this
  std::uint64_t seed = 1;             ///< of the community search, so the same question gives the same blocs
  snapshot_options view{};            ///< which ties and actors (the command's --kinds, --actors)
};

/// The tables of `blocs`. Both lead with the scalars date (text, ISO), method (text) and, for
/// communities, modularity (real); both carry the note of a day no source covers. The label column
/// is `core` (integer: k, innermost shell first) for kcore, `bloc` (integer, from 1) otherwise.
struct blocs_tables {
  /// One row per bloc: bloc or core, size (integer), members (text: abbreviations joined by ' ').
  table blocs;
  /// One row per member of a bloc: bloc or core, code (integer; missing when none), abbrev, name (text).
  table members;
};

/// The blocs of the snapshot of `day`; usage_error on an unknown method.
[[nodiscard]] blocs_tables blocs(const alliance_network& net, day_number day, const blocs_options& options = {});

}  // namespace pactgraph::query
