// `snapshot`: the nodes and ties of the (standard) snapshot of a day.
#pragma once

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The tables of `snapshot`. Both lead with the scalar date (text, ISO) and carry the same notes:
/// ties left out because an end is outside the state system; no source covers the day.
struct snapshot_tables {
  /// One row per vertex, in vertex order: code (integer; missing when none), abbrev, name (text),
  /// kind (text: state or organisation), degree (integer: distinct neighbours).
  table nodes;
  /// One row per edge: source, target (integer: COW codes; missing when none), source_abbrev,
  /// target_abbrev (text), multiplicity (integer: active ties merged), kinds (text), sign (integer).
  table ties;
};

/// The snapshot of `day` with `options` (pactgraph::snapshot), as tables.
[[nodiscard]] snapshot_tables snapshot(const alliance_network& net, day_number day,
                                       const snapshot_options& options = {});

}  // namespace pactgraph::query
