#pragma once

// The umbrella header of pactgraph::core (and the dataset reader of pactgraph::io).
// Rendering is not included: it needs pactgraph::render and Graphviz. Nor is the lazy active view
// (temporal/active_view.hpp), which the algorithms refuse and which would make every includer
// compile Boost's filtered_graph; BGL code that walks a day's ties includes it itself.

#include "pactgraph/error.hpp"
#include "pactgraph/version.hpp"

#include "pactgraph/graph/simple_graph.hpp"
#include "pactgraph/graph/to_simple_graph.hpp"

#include "pactgraph/algorithms/balance.hpp"
#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/carriers.hpp"
#include "pactgraph/algorithms/cascade.hpp"
#include "pactgraph/algorithms/centrality_result.hpp"
#include "pactgraph/algorithms/cliques.hpp"
#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/algorithms/communities.hpp"
#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/edge_length.hpp"
#include "pactgraph/algorithms/edge_weight.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/harmonic.hpp"
#include "pactgraph/algorithms/iteration_options.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/kcore.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/algorithms/paths.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"
#include "pactgraph/algorithms/statistics.hpp"

#include "pactgraph/model/actor.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/model/date.hpp"
#include "pactgraph/model/ids.hpp"
#include "pactgraph/model/membership.hpp"
#include "pactgraph/model/pact.hpp"
#include "pactgraph/model/source.hpp"
#include "pactgraph/model/spell.hpp"
#include "pactgraph/model/tie.hpp"
#include "pactgraph/model/tie_kind.hpp"

#include "pactgraph/temporal/diff.hpp"
#include "pactgraph/temporal/members.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "pactgraph/temporal/partners.hpp"
#include "pactgraph/temporal/selection.hpp"
#include "pactgraph/temporal/snapshot.hpp"
