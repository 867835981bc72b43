// `balance`: structural balance of the signed snapshot of a day (a census of its triangles).
#pragma once

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The view balance looks at unless told otherwise: hostile ties beside the cooperative ones, and
/// every actor, since hostile ties often involve an organisation (an EU embargo).
inline const snapshot_options balance_view{.kinds = tie_kind::alliance | tie_kind::cooperation | tie_kind::hostile,
                                           .actors = actor_kind::any};

/// Table "triangles". Scalars: date (text, ISO), balance_ratio (real: balanced among the triangles
/// without a mixed edge; NaN when there is none). Columns: pattern (text: +++, ++-, +--, ---, mixed),
/// balanced (text: yes, no, or - for mixed), count (integer). Notes: no triangle without a mixed
/// edge; no source covers the day.
[[nodiscard]] table balance(const alliance_network& net, day_number day, const snapshot_options& view = balance_view);

}  // namespace pactgraph::query
