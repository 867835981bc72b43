// `--size-by`: one measure per actor, by which a diagram sizes and fills its nodes.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/measures.hpp"

namespace pactgraph::query {

/// The scores of a diagram's nodes (render::dot_options::scores and score_name).
struct node_sizes {
  std::unordered_map<actor_id, double> scores;
  std::string measure;                ///< the measure's name, for the legend
  std::vector<std::string> failures;  ///< why the measure failed; its scores are then NaN
};

/// The measure named `measure` (one of measure_names) on the standard snapshot of `day` (states,
/// alliance ties), as `centrality` gives it whatever the diagram shows. usage_error naming `option`
/// unless `measure` names exactly one measure.
[[nodiscard]] node_sizes size_by(const alliance_network& net, day_number day, std::string_view measure,
                                 const iteration_limits& limits = {}, std::string_view option = "size_by");

}  // namespace pactgraph::query
