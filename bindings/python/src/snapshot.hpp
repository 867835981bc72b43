#pragma once

#include <memory>

#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::python {

/// A snapshot and the network it was taken of (kept alive for the actors' names).
struct snapshot_handle {
  std::shared_ptr<const alliance_network> net;
  snapshot graph;
};

}  // namespace pactgraph::python
