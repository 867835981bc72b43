#pragma once

#include <boost/graph/filtered_graph.hpp>

#include "pactgraph/temporal/selection.hpp"

namespace pactgraph {

/// Edge predicate of the lazy view: the tie behind the edge is kept by the selection.
struct active_tie_filter {
  selection rule;
  bool operator()(multigraph::edge_descriptor e) const {
    const auto& net = rule.network();
    return rule.keeps(net[net.graph()[e].id]);
  }
};

/// Vertex predicate of the lazy view: the actor is kept by the selection.
struct active_actor_filter {
  selection rule;
  bool operator()(multigraph::vertex_descriptor v) const {
    return rule.keeps(actor_id{static_cast<actor_id::value_type>(v)});
  }
};

/// The network's multigraph as seen on one day, filtered lazily; parallel ties stay parallel.
///
/// Cheap to make, O(1) per edge to test; every traversal re-tests, so run heavy algorithms
/// on a materialised `snapshot` instead. Must not outlive the network.
using active_view = boost::filtered_graph<multigraph, active_tie_filter, active_actor_filter>;

/// The lazy view of `net` on `day`.
inline active_view make_active_view(const alliance_network& net, day_number day, snapshot_options options = {}) {
  const selection rule(net, day, options);
  return active_view(net.graph(), active_tie_filter{rule}, active_actor_filter{rule});
}

}  // namespace pactgraph
