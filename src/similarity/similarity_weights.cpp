#include "pactgraph/similarity/similarity_weights.hpp"

namespace pactgraph {

std::optional<double> similarity_weights::weight(actor_id state, int year) const {
  const auto found = m_weights.find({year, state});
  if (found == m_weights.end()) return std::nullopt;
  return found->second;
}

}  // namespace pactgraph
