#pragma once

// The graphs the structural algorithms (paths, blocs, statistics) are cross-checked on, and
// networkx's answers for them, computed by structure_reference.py with Debian's /usr/bin/python3.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "support.hpp"

// A namespace of its own: tests/algorithms/networkx_reference.hpp has its own reference_graph.
namespace pactgraph::testing::structure {

/// One graph for the cross-check, in networkx's terms: vertices 0..n-1, weighted edges.
struct structure_graph {
  std::string name;
  std::size_t n = 0;
  bool directed = false;
  std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> edges;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  ///< path queries
  std::size_t k = 5;                                           ///< simple paths asked per pair
  std::vector<std::uint32_t> partition;                        ///< community of each vertex, for modularity
};

using undirected_bgl = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                             boost::property<boost::edge_weight_t, double>>;
using directed_bgl = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                           boost::property<boost::edge_weight_t, double>>;

/// Calls `f` with the graph as a plain Boost.Graph adjacency_list of the right direction.
template <class F>
decltype(auto) with_bgl(const structure_graph& r, F f) {
  auto fill = [&](auto& g) {
    for (const auto& [u, v, w] : r.edges) boost::add_edge(u, v, w, g);
  };
  if (r.directed) {
    directed_bgl g(r.n);
    fill(g);
    return f(g);
  }
  undirected_bgl g(r.n);
  fill(g);
  return f(g);
}

/// The graph of a snapshot, each edge weighted 1 / multiplicity (the weighted path length).
inline structure_graph from_snapshot(const std::string& name, const snapshot& s) {
  structure_graph r{.name = name, .n = s.vertex_count(), .directed = s.directed()};
  for (const auto& e : s.edges()) r.edges.emplace_back(e.u, e.v, 1.0 / e.multiplicity);
  return r;
}

/// Erdős–Rényi G(n, p) from a fixed seed; the coin uses the raw mt19937 output, which the standard fixes.
inline structure_graph random_graph(const std::string& name, std::size_t n, double p, std::uint32_t seed,
                                    bool directed = false, bool integer_weights = false) {
  std::mt19937 gen(seed);
  structure_graph r{.name = name, .n = n, .directed = directed};
  const auto threshold = static_cast<std::uint32_t>(p * 4294967296.0);
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint32_t v = directed ? 0 : u + 1; v < n; ++v) {
      if (u == v || gen() >= threshold) continue;
      // Small integer weights make equal weighted lengths exact, so ties are really ties.
      r.edges.emplace_back(u, v, integer_weights ? 1.0 + gen() % 4 : 1.0);
    }
  return r;
}

inline structure_graph karate_club() {
  // networkx.karate_club_graph() edges (Zachary 1977), as printed by sorted(G.edges()).
  static const std::vector<std::pair<std::uint32_t, std::uint32_t>> edges{
      {0, 1},   {0, 2},   {0, 3},   {0, 4},   {0, 5},   {0, 6},   {0, 7},   {0, 8},   {0, 10},  {0, 11},
      {0, 12},  {0, 13},  {0, 17},  {0, 19},  {0, 21},  {0, 31},  {1, 2},   {1, 3},   {1, 7},   {1, 13},
      {1, 17},  {1, 19},  {1, 21},  {1, 30},  {2, 3},   {2, 7},   {2, 8},   {2, 9},   {2, 13},  {2, 27},
      {2, 28},  {2, 32},  {3, 7},   {3, 12},  {3, 13},  {4, 6},   {4, 10},  {5, 6},   {5, 10},  {5, 16},
      {6, 16},  {8, 30},  {8, 32},  {8, 33},  {9, 33},  {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33},
      {18, 32}, {18, 33}, {19, 33}, {20, 32}, {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29},
      {23, 32}, {23, 33}, {24, 25}, {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31},
      {28, 33}, {29, 32}, {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}};
  structure_graph r{.name = "karate", .n = 34};
  for (const auto& [u, v] : edges) r.edges.emplace_back(u, v, 1.0);
  return r;
}

/// The standard set: the seed scenario's views, the classic shapes, random graphs with isolates
/// and several components, and the degenerate cases.
inline std::vector<structure_graph> structure_graphs() {
  std::vector<structure_graph> out;
  const auto net = io::seed_scenario();
  const auto day = io::seed_date.first_day();
  out.push_back(from_snapshot("seed alliance", snapshot(net, day)));
  out.push_back(from_snapshot("seed everything",
                              snapshot(net, day, {.kinds = tie_kind::all, .actors = actor_kind::any})));
  out.push_back(from_snapshot("seed 1995", snapshot(net, day_of(1995, 1, 1))));
  out.push_back(from_snapshot("seed obligations", obligation_view(net, day)));
  out.push_back({.name = "empty"});
  out.push_back({.name = "one vertex", .n = 1});
  out.push_back({.name = "three isolates", .n = 3});
  auto shape = [&](const std::string& name, std::size_t n, auto edge) {
    structure_graph r{.name = name, .n = n};
    for (std::uint32_t u = 0; u < n; ++u)
      for (std::uint32_t v = u + 1; v < n; ++v)
        if (edge(u, v)) r.edges.emplace_back(u, v, 1.0);
    out.push_back(r);
  };
  shape("star", 7, [](auto u, auto) { return u == 0; });
  shape("path", 8, [](auto u, auto v) { return v == u + 1; });
  shape("cycle", 9, [](auto u, auto v) { return v == u + 1 || (u == 0 && v == 8); });
  shape("complete", 6, [](auto, auto) { return true; });
  // 4 x 4 grid: many shortest paths of equal length between opposite corners.
  shape("grid", 16, [](auto u, auto v) { return (v == u + 1 && v % 4 != 0) || v == u + 4; });
  shape("two triangles and an isolate", 7, [](auto u, auto v) { return v < 3 || (u >= 3 && u < 6 && v < 6); });
  out.push_back(karate_club());
  out.push_back(random_graph("gnp 30 0.08", 30, 0.08, 1));
  out.push_back(random_graph("gnp 40 0.10", 40, 0.10, 2));
  out.push_back(random_graph("gnp 25 0.25", 25, 0.25, 3));
  out.push_back(random_graph("gnp 60 0.04", 60, 0.04, 4));
  out.push_back(random_graph("gnp 20 0.30 weighted", 20, 0.30, 5, false, true));
  out.push_back(random_graph("directed gnp 20 0.12", 20, 0.12, 6, true));
  out.push_back(random_graph("directed gnp 15 0.25 weighted", 15, 0.25, 7, true, true));
  for (auto& r : out) {
    if (r.n < 2) continue;
    const auto last = static_cast<std::uint32_t>(r.n - 1);
    r.pairs = {{0, last}, {0, last / 2}, {1, last - 1}};
    if (r.name == "grid") r.pairs.push_back({0, 15});
  }
  return out;
}

/// True when our value equals networkx's to 1e-9 (relative above 1); null stands for networkx's
/// nan, or for a function that raises on the graph, and matches our NaN.
inline bool matches_networkx(double ours, const nlohmann::json& theirs) {
  if (theirs.is_null()) return std::isnan(ours);
  const double x = theirs.get<double>();
  return std::abs(ours - x) <= 1e-9 * std::max(1.0, std::abs(x));
}

/// networkx's answers for `graphs`; `tag` names the scratch files. Fails (never skips) when
/// /usr/bin/python3 or networkx is missing.
inline nlohmann::json networkx_structure(const std::vector<structure_graph>& graphs, const std::string& tag) {
  nlohmann::json in;
  in["graphs"] = nlohmann::json::array();
  for (const auto& r : graphs) {
    nlohmann::json g{{"name", r.name}, {"n", r.n}, {"directed", r.directed}, {"k", r.k}};
    g["edges"] = nlohmann::json::array();
    for (const auto& [u, v, w] : r.edges) g["edges"].push_back({u, v, w});
    g["pairs"] = nlohmann::json::array();
    for (const auto& [s, t] : r.pairs) g["pairs"].push_back({s, t});
    if (r.partition.size() == r.n) g["partition"] = r.partition;  // also the empty partition of the empty graph
    in["graphs"].push_back(g);
  }
  const std::filesystem::path dir = std::filesystem::path(PACTGRAPH_BINARY_DIR) / "tests" / "algorithms";
  std::filesystem::create_directories(dir);
  const auto input = dir / ("structure_" + tag + "_in.json");
  const auto output = dir / ("structure_" + tag + "_out.json");
  std::ofstream(input) << in.dump();
  std::filesystem::remove(output);
  const std::string script = std::string(PACTGRAPH_SOURCE_DIR) + "/tests/algorithms/structure_reference.py";
  const std::string command =
      std::string(PACTGRAPH_PYTHON) + " '" + script + "' '" + input.string() + "' '" + output.string() + "'";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, "networkx cross-check failed to run: " << command);
  std::ifstream result(output);
  const auto answers = nlohmann::json::parse(result);
  BOOST_TEST_REQUIRE(answers["graphs"].size() == graphs.size());
  return answers["graphs"];
}

}  // namespace pactgraph::testing::structure
