#pragma once

// The pieces of an atlas page, one file each: the timeline (who and what, with dates), the stable
// layout, the yearly series, and the page that wraps them. Internal to pactgraph::render.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pactgraph/render/atlas.hpp"

namespace pactgraph::render::detail {

/// The actors and ties an atlas carries, with the page's index of each network actor.
struct atlas_timeline {
  std::vector<actor_id> actors;      ///< page index → network actor
  std::vector<std::uint32_t> index;  ///< network actor → page index, or `absent`
  std::vector<tie_id> ties;          ///< the ties carried, in tie order
  nlohmann::json json;               ///< {actors, ties, origins}: what the page reads

  static constexpr std::uint32_t absent = 0xffffffffu;
};

/// The actors present on some day of the span (of the kinds asked for) and the ties of the kinds
/// asked for between them that are active on some day of it, clipped to the span.
atlas_timeline build_atlas_timeline(const alliance_network& net, const atlas_options& options);

/// One position per page actor, from one Graphviz layout (neato) of the union of every day's ties,
/// so that no state moves as the date changes: {x, y} in points, y growing downwards.
std::vector<std::pair<double, double>> lay_out_atlas(const alliance_network& net, const atlas_timeline& timeline);

/// The statistics of the standard snapshot on the last day of each year of the span (ties, density,
/// largest component) and each actor's degree and betweenness centrality on those days.
nlohmann::json build_atlas_series(const alliance_network& net, const atlas_options& options,
                                  const atlas_timeline& timeline);

/// The page: the embedded HTML, CSS and script around the data.
std::string assemble_atlas_page(const std::string& title, const nlohmann::json& data);

}  // namespace pactgraph::render::detail
