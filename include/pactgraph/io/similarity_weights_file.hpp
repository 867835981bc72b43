#pragma once

#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/similarity/similarity_weights.hpp"

namespace pactgraph::io {

/// Reads the weights of portfolio similarity from a CSV with the columns ccode, year and weight
/// (others are ignored), for the states of `net`. Throws parse_error at file:line:column for a field
/// that is not a number or a weight that is negative or not finite, and data_error for a code no
/// state of `net` has or a (ccode, year) given twice.
[[nodiscard]] similarity_weights read_similarity_weights(const text_file& file, const alliance_network& net);

}  // namespace pactgraph::io
