// The plain Boost.Graph peer of W2: what a user writes with Boost.Graph alone, no pactgraph code.
// Betweenness is BGL's brandes_betweenness_centrality; closeness is one breadth_first_search per
// vertex (BGL's closeness_centrality needs an all-pairs distance matrix: 800 MB at 10,000 vertices).
// The graph is a compressed_sparse_row_graph holding each undirected edge as two arcs.
//
//   pactgraph_bench_bgl_peer --edges FILE --measure betweenness|closeness [--dump-values FILE]
//
// Values are printed in networkx's convention so that bench/compare can check them against the others.

#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/visitors.hpp>

namespace {

using graph = boost::compressed_sparse_row_graph<boost::directedS>;

struct distance_recorder : boost::default_bfs_visitor {
  std::vector<std::size_t>* dist;
  void tree_edge(graph::edge_descriptor e, const graph& g) const { (*dist)[target(e, g)] = (*dist)[source(e, g)] + 1; }
};

}  // namespace

int main(int argc, char** argv) {
  std::string edges_path, measure = "betweenness", dump;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    if (key == "--edges") edges_path = argv[i + 1];
    else if (key == "--measure") measure = argv[i + 1];
    else if (key == "--dump-values") dump = argv[i + 1];
  }
  std::ifstream in(edges_path);
  std::size_t n = 0, m = 0;
  if (!(in >> n >> m)) {
    std::cerr << "bgl_peer: cannot read '" << edges_path << "'\n";
    return 1;
  }
  std::vector<std::pair<std::size_t, std::size_t>> arcs;
  arcs.reserve(2 * m);
  for (std::size_t i = 0; i < m; ++i) {
    std::size_t u = 0, v = 0;
    in >> u >> v;
    arcs.emplace_back(u, v);
    arcs.emplace_back(v, u);
  }

  auto cpu_now = [] {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
  };
  const double c0 = cpu_now();
  const auto t0 = std::chrono::steady_clock::now();
  const graph g(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), n);
  std::vector<double> values(n, 0.0);
  const double nd = static_cast<double>(n);
  if (measure == "betweenness") {
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(values.begin(), get(boost::vertex_index, g)));
    // BGL sums over ordered pairs of the two-arc graph; networkx: B_unordered · 2/((n−1)(n−2)).
    for (double& x : values) x /= (nd - 1.0) * (nd - 2.0);
  } else if (measure == "closeness") {
    std::vector<std::size_t> dist(n);
    std::vector<boost::default_color_type> colour(n);
    for (std::size_t s = 0; s < n; ++s) {
      std::fill(dist.begin(), dist.end(), 0);
      distance_recorder vis;
      vis.dist = &dist;
      boost::breadth_first_search(
          g, s, boost::visitor(vis).color_map(boost::make_iterator_property_map(colour.begin(), get(boost::vertex_index, g))));
      double total = 0.0, reached = 0.0;
      for (std::size_t v = 0; v < n; ++v)
        if (colour[v] != boost::white_color && v != s) {
          total += static_cast<double>(dist[v]);
          reached += 1.0;
        }
      // Undirected, so distances from s equal distances to s; Wasserman–Faust as networkx.
      values[s] = total > 0.0 ? (reached / total) * (reached / (nd - 1.0)) : 0.0;
    }
  } else {
    std::cerr << "bgl_peer: unknown measure '" << measure << "'\n";
    return 2;
  }
  const double run_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu_s = cpu_now() - c0;
  if (!dump.empty()) {
    FILE* out = std::fopen(dump.c_str(), "w");
    for (const double x : values) std::fprintf(out, "%.17g\n", x);
    std::fclose(out);
  }
  // VmHWM, not ru_maxrss: Linux keeps ru_maxrss across execve, so it would report the driver's peak.
  long peak = -1;
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) peak = std::stol(line.substr(6));
  std::printf("{\"run_s\": %.6f, \"cpu_s\": %.6f, \"threads\": 1, \"peak_hwm_kib\": %ld}\n", run_s, cpu_s, peak);
  return 0;
}
