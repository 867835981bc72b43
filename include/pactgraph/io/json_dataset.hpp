#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "pactgraph/io/pact_limits.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::io {

/// Reads a native JSON dataset (docs/dataset-format.md) from text; `name` is used in error messages.
///
/// Throws parse_error (malformed JSON, with line:column; a pact over `limits`, with a JSON pointer) or
/// data_error (wrong type, unknown key, unknown actor, impossible date, reversed spell, duplicate id;
/// with a JSON pointer). Returns a new network, so a failed read can never touch an existing one.
alliance_network read_dataset(std::string_view text, const std::string& name = "<string>",
                              const pact_limits& limits = {});

/// Reads a native JSON dataset from a file. Throws as above, or data_error when the file cannot be read.
alliance_network read_dataset_file(const std::filesystem::path& path, const pact_limits& limits = {});

/// Writes the network as a native JSON dataset. Byte-stable: the same network always gives the same text.
std::string write_dataset(const alliance_network& net);

/// Writes the dataset to a file, whole or not at all (write_file_atomically).
/// Throws output_error when the file cannot be written.
void write_dataset_file(const alliance_network& net, const std::filesystem::path& path);

}  // namespace pactgraph::io
