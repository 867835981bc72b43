#pragma once

// ATOP 5.1 and the COW state system from PACTGRAPH_DATA_DIR, loaded once per test binary. The
// tests that use it fail, never skip, when the data are missing.

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pactgraph/io/data_dir.hpp"

namespace pactgraph::testing {

inline std::filesystem::path require_data_dir() {
  const auto dir = io::data_dir();
  BOOST_REQUIRE_MESSAGE(std::filesystem::is_regular_file(dir / "atop_v5.1" / "atop5_1sy.csv"),
                        "the real datasets are missing from '" << dir.string()
                                                               << "': set PACTGRAPH_DATA_DIR to a folder laid out "
                                                                  "like shared/data");
  return dir;
}

/// COW states and ATOP, without organisations.
inline const alliance_network& atop_and_cow() {
  static const alliance_network net = io::load_data_dir(require_data_dir(), {.organisations = {}});
  return net;
}

/// The records of a plain CSV file (no quoting: the ATOP and COW files have none), header first,
/// CR stripped, empty fields kept.
inline std::vector<std::vector<std::string>> read_plain_csv(const std::filesystem::path& path) {
  std::ifstream in(path);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " << path.string());
  std::vector<std::vector<std::string>> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::string field;
    std::istringstream split(line);
    while (std::getline(split, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    out.push_back(std::move(fields));
  }
  return out;
}

}  // namespace pactgraph::testing
