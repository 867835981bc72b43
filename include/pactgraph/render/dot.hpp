#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "pactgraph/io/pact_limits.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/temporal/selection.hpp"

namespace pactgraph::render {

/// What one DOT edge of a snapshot stands for.
enum class edge_mode : std::uint8_t {
  ties,   ///< one edge per tie, parallel edges kept (the default)
  pairs,  ///< one edge per pair of actors, with the number and kinds of its ties
};

/// How a network or snapshot is written as DOT.
struct dot_options {
  bool styled = true;   ///< shapes and colours by actor and tie kind; false writes the data attributes only
  bool legend = true;   ///< a legend as the graph's HTML-like label (styled only)
  std::string title{};    ///< shown above the legend; a snapshot's default names its date
  /// Snapshots only: a box around each organisation with its members on the day. A state that
  /// belongs to several organisations is drawn in the first of them, by actor order.
  bool clusters = false;
  edge_mode edges = edge_mode::ties;  ///< snapshots only
  /// A score per actor (e.g. betweenness): node size and fill grow with score / maximum score.
  std::unordered_map<actor_id, double> scores{};
  std::string score_name = "score";  ///< what the scores are, for the legend
  /// Snapshots only: what the diagram keeps. The default is the diagram default (docs/design.md):
  /// every actor and every tie active on the day, hostile ties included.
  snapshot_options selection = {.kinds = tie_kind::all, .actors = actor_kind::any};
};

/// The whole network as DOT built with Graphviz cgraph: one node per actor (id: its abbreviation),
/// one edge per tie, and the sources, pacts and memberships as attribute-only subgraphs, so that
/// read_dot() gives back an equal network. Deterministic: the same network gives the same bytes.
/// The attributes are described in docs/diagrams.md.
///
/// Throws usage_error when asked for clusters or pair edges (they need a date), render_error when
/// Graphviz fails.
std::string write_dot(const alliance_network& net, const dot_options& options = {});

/// The network on `day` as DOT: the actors and ties `options.selection` keeps. For pictures; it has
/// no pact records, so read_dot() refuses it.
std::string write_dot(const alliance_network& net, day_number day, const dot_options& options = {});

/// Reads a whole-network DOT export back through Graphviz cgraph (agmemread); `name` is used in errors.
///
/// Throws parse_error with Graphviz's message (and its line, when it gives one) when the text is not
/// DOT, parse_error at a pact's subgraph when the pact is over `limits` (as read_dataset()), and
/// data_error when it is DOT but not a pactgraph network export or its records are wrong.
alliance_network read_dot(std::string_view text, const std::string& name = "<string>",
                          const io::pact_limits& limits = {});

}  // namespace pactgraph::render
