#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "pactgraph/model/actor.hpp"
#include "pactgraph/model/tie_kind.hpp"

namespace pactgraph::render {

/// How a tie of one kind is drawn: a Graphviz colour, line style and pen width, and its legend text.
struct tie_style {
  std::string_view colour{};
  std::string_view line{};  ///< Graphviz `style`: solid, dashed or dotted
  double width = 1.0;     ///< Graphviz `penwidth`
  std::string_view legend{};
};

/// Tie styles in drawing priority: a tie takes the style of the first group it has a kind of,
/// so a defence pact that also pledges consultation is drawn as defence, and anything hostile as hostile.
inline constexpr std::array<std::pair<tie_kind, tie_style>, 8> tie_styles{{
    {tie_kind::hostile, {"#d62728", "dashed", 2.0, "hostile (sanction, rivalry), bar at the target"}},
    {tie_kind::membership, {"#7f7f7f", "dotted", 1.2, "member of an organisation"}},
    {tie_kind::defence, {"#1f4e9c", "solid", 2.2, "defence"}},
    {tie_kind::offence, {"#6a3d9a", "solid", 1.8, "offence"}},
    {tie_kind::neutrality, {"#2ca02c", "solid", 1.5, "neutrality"}},
    {tie_kind::non_aggression, {"#17a2b8", "solid", 1.5, "non-aggression"}},
    {tie_kind::consultation, {"#9e9e9e", "solid", 1.2, "consultation"}},
    {tie_kind::cooperation, {"#e69f00", "solid", 1.8, "cooperation (basing, arms, information, intelligence)"}},
}};

/// The style of a tie with these kinds; a tie that pledges nothing is drawn thin and grey.
constexpr tie_style style_of(tie_kind kinds) {
  for (const auto& [group, style] : tie_styles)
    if (any_of(kinds, group)) return style;
  return {"#bdbdbd", "solid", 1.0, "no obligation"};
}

/// How an actor is drawn: a Graphviz node shape and fill colour, and its legend text.
struct actor_style {
  std::string_view shape{};
  std::string_view fill{};
  std::string_view legend{};
};

/// States are ellipses, organisations boxes.
constexpr actor_style style_of(actor_kind kind) {
  if (kind == actor_kind::organisation) return {"box", "#fff4d6", "organisation (box)"};
  return {"ellipse", "#eef3fb", "state (ellipse)"};
}

}  // namespace pactgraph::render
