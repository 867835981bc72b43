#pragma once

#include <filesystem>
#include <string_view>

namespace pactgraph::io {

/// Replaces the file at `path` with `data`, whole or not at all: the bytes go to a temporary file of
/// a unique name in the target's folder, are flushed to disk (fsync), then renamed over the target.
/// Readers see the old file or the new one, never a part; any number of threads or processes may
/// write the same target at once, and the file ends up as one of their writes, complete.
///
/// Throws output_error naming `path` when the file cannot be written; the target is then as it was
/// and no temporary is left behind.
void write_file_atomically(const std::filesystem::path& path, std::string_view data);

}  // namespace pactgraph::io
