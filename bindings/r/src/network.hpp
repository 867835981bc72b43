// The network an R session holds: an external pointer of class `pactgraph_network`.
#pragma once

#include <Rcpp.h>

#include <string>
#include <vector>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::r {

/// A loaded network with where it came from and, for a data folder, what the importers reported
/// (the `info` query shows both).
struct loaded_network {
  alliance_network network;
  std::string description;
  std::vector<io::import_report> reports;
};

/// Wraps a network in an external pointer of class `pactgraph_network`, freed with it.
SEXP wrap_network(loaded_network&& loaded);

/// The network behind `x`; usage_error when `x` is not a network or its pointer is gone (a network
/// saved with saveRDS() and read back points to nothing).
const loaded_network& network_of(SEXP x);

}  // namespace pactgraph::r
