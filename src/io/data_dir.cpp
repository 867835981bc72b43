#include "pactgraph/io/data_dir.hpp"

#include <cstdlib>

#include "pactgraph/io/atop.hpp"
#include "pactgraph/io/cow_states.hpp"

#ifndef PACTGRAPH_DEFAULT_DATA_DIR
#error "pactgraph_io is built with PACTGRAPH_DEFAULT_DATA_DIR, the CMake cache variable PACTGRAPH_DATA_DIR"
#endif

namespace pactgraph::io {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("PACTGRAPH_DATA_DIR"); env != nullptr && *env != '\0') return env;
  return PACTGRAPH_DEFAULT_DATA_DIR;
}

data_dir_load load_data_dir_with_reports(const std::filesystem::path& dir, const data_dir_options& options) {
  const auto states = dir / "cow_states_v2016" / "states2016.csv";
  const auto members = dir / "atop_v5.1" / "atop5_1m.csv";
  const auto alliances = dir / "atop_v5.1" / "atop5_1a.csv";
  const auto igo = dir / "cow_igo_v3" / "state_year_format3.csv";
  std::vector<std::filesystem::path> needed{states, members, alliances};
  if (!options.organisations.empty()) needed.push_back(igo);
  for (const auto& path : needed) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
      throw data_error({.file = path.string()},
                       "data file not found; set PACTGRAPH_DATA_DIR to a folder laid out as docs/data.md "
                       "describes");
  }
  data_dir_load out;
  out.reports.push_back(import_cow_states(out.network, states, options.import));
  out.reports.push_back(import_atop(out.network, members, alliances, options.import));
  if (!options.organisations.empty())
    out.reports.push_back(import_cow_igo(out.network, igo, options.organisations, options.import));
  return out;
}

alliance_network load_data_dir(const std::filesystem::path& dir, const data_dir_options& options) {
  return load_data_dir_with_reports(dir, options).network;
}

}  // namespace pactgraph::io
