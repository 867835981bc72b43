#include "pactgraph/query/size_by.hpp"

#include <cstdint>

#include "pactgraph/error.hpp"

namespace pactgraph::query {

node_sizes size_by(const alliance_network& net, day_number day, std::string_view measure,
                   const iteration_limits& limits, std::string_view option) {
  const auto measures = parse_measures(measure, option);
  if (measures.size() != 1) throw usage_error(std::string(option) + ": name one measure");
  const snapshot s(net, day);
  auto values = compute_measures(s, measures, normalization::networkx, 0, limits);
  node_sizes out{.measure = std::string(measure_names[measures[0]]), .failures = std::move(values.failures)};
  for (std::uint32_t v = 0; v < s.vertex_count(); ++v) out.scores[s.actor_at(v)] = values.columns[0][v];
  return out;
}

}  // namespace pactgraph::query
