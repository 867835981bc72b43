#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "pactgraph/io/cow_igo.hpp"
#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::io {

/// The folder of real datasets: the environment variable `PACTGRAPH_DATA_DIR` when set and not
/// empty, else the CMake cache variable of the same name as it was when the library was built.
std::filesystem::path data_dir();

/// What load_data_dir reads.
struct data_dir_options {
  import_options import = {};
  /// COW IGO `ioname`s whose memberships to load; empty loads no IGO data (and skips its 22 MB file).
  std::vector<std::string> organisations{default_igo_names.begin(), default_igo_names.end()};
};

/// A loaded data folder with what each importer reported (COW states, ATOP, then COW IGO if asked).
struct data_dir_load {
  alliance_network network{};
  std::vector<import_report> reports{};
};

/// Loads a data folder (docs/data.md): `cow_states_v2016/states2016.csv`, then
/// `atop_v5.1/atop5_1m.csv` with `atop5_1a.csv`, then the named organisations of
/// `cow_igo_v3/state_year_format3.csv`.
///
/// Throws data_error naming the first missing file (and PACTGRAPH_DATA_DIR) before reading
/// anything, and whatever the importers throw in strict mode.
data_dir_load load_data_dir_with_reports(const std::filesystem::path& dir, const data_dir_options& options = {});

/// Like load_data_dir_with_reports, for callers that need only the network.
alliance_network load_data_dir(const std::filesystem::path& dir, const data_dir_options& options = {});

}  // namespace pactgraph::io
