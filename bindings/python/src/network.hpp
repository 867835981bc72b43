#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::python {

/// What a Python Network holds: the loaded network, never changed after loading, so any number of
/// Python threads may read it at once; snapshots share it so it lives as long as any of them.
struct network_handle {
  std::shared_ptr<const alliance_network> net;
  std::string description;                  ///< where it came from, as `info` names it
  std::vector<io::import_report> reports;   ///< what the importers reported (data folders only)

  [[nodiscard]] const alliance_network& operator*() const { return *net; }
};

}  // namespace pactgraph::python
