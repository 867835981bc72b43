#pragma once

// The umbrella header of pactgraph::core (and the dataset reader of pactgraph::io).
// Rendering is not included: it needs pactgraph::render and Graphviz.

#include "pactgraph/error.hpp"
#include "pactgraph/version.hpp"

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
