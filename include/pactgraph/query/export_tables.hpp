// `export --to csv|json`: every actor and every tie active on a day, parallel ties kept, so a
// reader can rebuild the multigraph of the day.
#pragma once

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The view of a picture of the day unless told otherwise: every actor and every tie.
inline const snapshot_options picture_view{.kinds = tie_kind::all, .actors = actor_kind::any};

/// The tables of `export`. Both lead with the scalar date (text, ISO) and carry the note of a day
/// no source covers.
struct export_tables {
  /// One row per actor the view keeps, in actor order: code (integer; missing when none), abbrev,
  /// name, kind (text: state or organisation).
  table nodes;
  /// One row per tie active on the day (parallel ties kept), in tie order: source, target (integer:
  /// COW codes; missing when none), source_abbrev, target_abbrev, source_pledges, target_pledges,
  /// kinds (text: kinds joined by '+'), sign (integer), via (text: the pact's label or "membership
  /// of ORG"), begin (text, ISO), end (text, ISO last day; empty when ongoing).
  table ties;
};

/// The actors and ties of `day` that `view` keeps.
[[nodiscard]] export_tables tidy_export(const alliance_network& net, day_number day,
                                        const snapshot_options& view = picture_view);

}  // namespace pactgraph::query
