#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace pactgraph {

/// A value per edge of a simple graph: for a snapshot, `ends` and `values` follow snapshot::edges();
/// for a plain Boost.Graph graph, its distinct vertex pairs in ascending order (u < v when undirected).
/// Vertex measures return a std::vector<double> indexed by vertex instead.
struct edge_centrality {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
  std::vector<double> values{};
};

}  // namespace pactgraph
