#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/io/pact_limits.hpp"
#include "pactgraph/model/source.hpp"

namespace pactgraph::io {

/// What an importer does with a bad row.
enum class import_mode : std::uint8_t {
  strict,   ///< throw at the first bad row; the network is left as it was
  lenient,  ///< skip the row and report it in a diagnostic
};

/// How an importer reads its files.
struct import_options {
  import_mode mode = import_mode::strict;
  csv_limits limits = {};
  pact_limits pacts = {};  ///< used by the ATOP importer, the one that makes pacts
};

/// A row an importer skipped in lenient mode, and why.
struct diagnostic {
  source_location where{};
  std::string message{};

  /// Compiler-style: `file:line:col: message`.
  [[nodiscard]] std::string to_string() const { return where.to_string() + ": " + message; }
};

/// What an import did: the source it declared, the rows it read and loaded, what it skipped.
struct import_report {
  source_id source{};
  std::size_t rows_read = 0;    ///< data rows, the header not counted, over every file read
  std::size_t rows_loaded = 0;  ///< rows that became part of the network
  std::vector<diagnostic> diagnostics{};
};

}  // namespace pactgraph::io
