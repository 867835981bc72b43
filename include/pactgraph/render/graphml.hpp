#pragma once

#include <string>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/render/dot.hpp"

namespace pactgraph::render {

/// The whole network as GraphML for Gephi and networkx (`networkx.read_graphml` gives a MultiGraph):
/// one node per actor (id: its abbreviation), one edge per tie, with the attributes of the DOT
/// export (docs/diagrams.md). Deterministic. Needs no Graphviz.
std::string write_graphml(const alliance_network& net);

/// The network on `day` as GraphML: the actors and ties `selection` keeps (by default, like the
/// diagrams, every actor and every tie active on the day).
std::string write_graphml(const alliance_network& net, day_number day,
                          const snapshot_options& selection = dot_options{}.selection);

}  // namespace pactgraph::render
