#pragma once

#include <string>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::render {

/// What an atlas page covers.
struct atlas_options {
  day_number from = 0;  ///< first day of the span
  day_number to = 0;    ///< last day of the span (included)
  /// The kinds of tie the page carries; the page opens on the alliance ties among them (the standard
  /// snapshot) and offers a toggle for each other group it has ties of (memberships, cooperation, hostile).
  tie_kind kinds = tie_kind::all;
  /// Who can appear: states, and with `any` also organisations (shown with the membership toggle).
  actor_kind actors = actor_kind::any;
  std::string title = "Alliance atlas";
};

/// The atlas of `net` over a span as one self-contained HTML page (script, styles and data inline):
/// every state in the system and every tie of the shown kinds on any day of the span, at positions
/// laid out once by Graphviz over the union of all days, with yearly statistics and centralities.
/// Throws usage_error when the span is empty or no source of the network covers any of it.
std::string write_atlas(const alliance_network& net, const atlas_options& options);

}  // namespace pactgraph::render
