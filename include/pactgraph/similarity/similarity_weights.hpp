#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// Weights w_k of S by state and year, e.g. COW CINC scores; io::read_similarity_weights reads
/// them from a `ccode,year,weight` CSV.
class similarity_weights {
 public:
  /// Weight by (year, state).
  using table = std::map<std::pair<int, actor_id>, double>;

  similarity_weights() = default;
  /// `name` is where the weights came from, for messages.
  similarity_weights(std::string name, table weights) : m_name(std::move(name)), m_weights(std::move(weights)) {}

  /// w_k of a state in a year, if the file gives one.
  [[nodiscard]] std::optional<double> weight(actor_id state, int year) const;
  /// The file name, for messages.
  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] std::size_t size() const { return m_weights.size(); }

 private:
  std::string m_name{};
  table m_weights{};
};

}  // namespace pactgraph
