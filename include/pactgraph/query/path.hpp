// `path`: shortest paths between two actors on a day, each step with the pacts that carry it.
#pragma once

#include <cstddef>
#include <string_view>

#include "pactgraph/algorithms/edge_length.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// The options of `path`, named as the command's; `all` and `k` exclude each other.
struct path_options {
  bool all = false;         ///< every shortest path
  std::size_t k = 0;        ///< the k shortest simple paths (Yen); 0: one shortest path
  edge_length length = edge_length::hops;  ///< how long a step is (the command's --length)
  snapshot_options view{};  ///< which ties and actors (the command's --kinds, --actors)
};

/// The tables of `path`. Both lead with the scalar date (text, ISO) and carry the same notes: no
/// path; no source covers the day.
struct path_tables {
  /// One row per path: path (integer: its number from 1), length (real: the sum of its steps'
  /// lengths), hops (integer), actors (text: abbreviations joined by " > ").
  table paths;
  /// One row per step: path, step (integer, from 1), from, to (text: abbreviations), via (text: the
  /// pacts' labels joined by "; ", or "membership").
  table steps;
};

/// Paths from `from` to `to` (codes, abbreviations or names) in the snapshot of `day`; name_error
/// on an unknown actor, usage_error on both all and k.
[[nodiscard]] path_tables path(const alliance_network& net, std::string_view from, std::string_view to, day_number day,
                               const path_options& options = {});

}  // namespace pactgraph::query
