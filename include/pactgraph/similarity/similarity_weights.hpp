#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// Weights w_k of S by state and year, e.g. COW CINC scores, read from a `ccode,year,weight` CSV.
class similarity_weights {
 public:
  similarity_weights() = default;

  /// Reads the columns ccode, year and weight (others are ignored). Throws parse_error at
  /// file:line:column for a field that is not a number or a weight that is negative or not
  /// finite, and data_error for a code no state of `net` has or a (ccode, year) given twice.
  [[nodiscard]] static similarity_weights read(const io::text_file& file, const alliance_network& net);

  /// w_k of a state in a year, if the file gives one.
  [[nodiscard]] std::optional<double> weight(actor_id state, int year) const;
  /// The file name, for messages.
  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] std::size_t size() const { return m_weights.size(); }

 private:
  std::string m_name{};
  std::map<std::pair<int, actor_id>, double> m_weights{};
};

}  // namespace pactgraph
