#pragma once

// The real data folder for the Boost.Test suites that need it: a missing folder fails the test,
// so a run without the data can never pass by skipping.

#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "support.hpp"

namespace pactgraph::testing {

/// The real data folder; fails the test (never skips it) when the data are missing.
inline std::filesystem::path require_data_dir() {
  const auto dir = data_dir();
  BOOST_REQUIRE_MESSAGE(std::filesystem::is_regular_file(dir / "atop_v5.1" / "atop5_1m.csv"),
                        "the real datasets are missing from '" << dir.string()
                                                               << "': set PACTGRAPH_DATA_DIR to a folder laid out as "
                                                                  "docs/data.md describes");
  return dir;
}

}  // namespace pactgraph::testing
