#pragma once

// The umbrella header of pactgraph::core (and the dataset reader of pactgraph::io).
// Rendering is not included: it needs pactgraph::render and Graphviz.

#include "pactgraph/error.hpp"
#include "pactgraph/version.hpp"

#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/centrality_result.hpp"
#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/harmonic.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/algorithms/shortest_path_options.hpp"

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

#include "pactgraph/temporal/active_view.hpp"
#include "pactgraph/temporal/diff.hpp"
#include "pactgraph/temporal/members.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "pactgraph/temporal/partners.hpp"
#include "pactgraph/temporal/selection.hpp"
#include "pactgraph/temporal/snapshot.hpp"
