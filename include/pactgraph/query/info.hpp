// `info`: what a network holds, what its sources cover, and what its importers skipped.
#pragma once

#include <span>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// The tables of `info`; each carries the same notes (the first skipped rows of a lenient import).
struct info_tables {
  /// item (text: states, organisations, pacts, ties, memberships), count (integer).
  table counts;
  /// source (text: its key), first, last (text: ISO dates of its coverage), citation (text).
  table sources;
  /// One row per import report: source (text), rows_read, rows_loaded, rows_skipped (integer).
  /// No rows when the network did not come from a data folder.
  table imports;
};

/// What `net` holds; `reports` are what its importers said (io::load_data_dir_with_reports).
[[nodiscard]] info_tables info(const alliance_network& net, std::span<const io::import_report> reports = {});

}  // namespace pactgraph::query
