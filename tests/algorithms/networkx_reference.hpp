#pragma once

// Runs tests/algorithms/centrality_reference.py under Debian's /usr/bin/python3 (which has
// networkx) on an edge list and reads back every value it prints. Missing networkx fails the test.

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unistd.h>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>

namespace pactgraph::testing {

/// A simple graph as networkx will read it: vertices 0..n-1, edges with a length.
struct reference_graph {
  std::string name;
  bool directed = false;
  std::size_t n = 0;
  std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> edges;
};

/// networkx's values: per measure a value per vertex, per edge measure a value per (u, v).
struct reference_values {
  std::map<std::string, std::vector<double>> vertex;
  std::map<std::string, std::map<std::pair<std::uint32_t, std::uint32_t>, double>> edge;
  std::set<std::string> failed;  ///< measures networkx could not converge
};

inline std::filesystem::path scratch_file(const std::string& stem) {
  static int counter = 0;
  return std::filesystem::temp_directory_path() /
         ("pactgraph_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" + stem);
}

/// Runs a command and returns what it printed; fails the test when it exits non-zero.
inline std::string run_python(const std::string& arguments) {
  const auto out = scratch_file("out.txt");
  const std::string command = std::string(PACTGRAPH_PYTHON) + " " + arguments + " > " + out.string();
  const int status = std::system(command.c_str());
  BOOST_TEST_REQUIRE(status == 0, "python failed: " << command);
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  std::filesystem::remove(out);
  return text.str();
}

inline reference_values networkx_reference(const reference_graph& g) {
  const auto input = scratch_file("edges.txt");
  {
    std::ofstream f(input);
    f.precision(17);
    f << (g.directed ? 1 : 0) << ' ' << g.n << '\n';
    for (const auto& [u, v, length] : g.edges) f << u << ' ' << v << ' ' << length << '\n';
  }
  const std::string script = std::string(PACTGRAPH_SOURCE_DIR) + "/tests/algorithms/centrality_reference.py";
  std::istringstream lines(run_python(script + " " + input.string()));
  std::filesystem::remove(input);
  reference_values out;
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    std::istringstream words(line);
    std::string measure;
    words >> measure;
    if (measure.starts_with("edge_")) {
      std::uint32_t u = 0, v = 0;
      double x = 0;
      words >> u >> v >> x;
      out.edge[measure][{u, v}] = x;
      continue;
    }
    std::string vertex;
    words >> vertex;
    if (vertex == "fail") {
      out.failed.insert(measure);
      continue;
    }
    auto& values = out.vertex[measure];
    values.resize(g.n);
    words >> values.at(std::stoul(vertex));
  }
  return out;
}

/// |a − b| ≤ tol · max(1, |b|): relative for large values, absolute near 0.
inline bool close_to(double a, double b, double tol) { return std::abs(a - b) <= tol * std::max(1.0, std::abs(b)); }

}  // namespace pactgraph::testing
