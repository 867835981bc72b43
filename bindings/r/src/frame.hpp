// The one converter from the library's tables to R: a query::table becomes a data.frame column by
// column (integer, double, character; NA where missing), with its notes as the attribute "notes".
#pragma once

#include <Rcpp.h>

#include "pactgraph/query/table.hpp"

namespace pactgraph::r {

SEXP to_data_frame(const query::table& table);

/// Several tables as a named list of data.frames, e.g. {"nodes", "ties"} of a snapshot.
SEXP to_data_frames(std::initializer_list<const query::table*> tables);

}  // namespace pactgraph::r
