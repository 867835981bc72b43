#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <tuple>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::detail {

/// The simple graph every structural algorithm here runs on: sorted, duplicate-free
/// neighbour rows without self-loops, so parallel ties count once (as in networkx).
///
/// Undirected graphs store each edge as two arcs. Directed graphs also keep the reversed
/// rows (`in_*`), so algorithms can follow arcs backwards or read the underlying undirected graph.
struct adjacency {
  static constexpr std::uint32_t no_edge = std::numeric_limits<std::uint32_t>::max();

  bool directed = false;
  std::size_t edge_count = 0;           ///< undirected edges or directed arcs
  std::vector<std::uint32_t> offsets{0};  ///< out-row of v: [offsets[v], offsets[v+1])
  std::vector<std::uint32_t> targets;
  std::vector<std::uint32_t> edges;     ///< per out-arc: the source's edge index (snapshot edge), or no_edge
  std::vector<double> weights;          ///< per out-arc: the weight or length the caller chose
  std::vector<std::uint32_t> in_offsets{0};  ///< directed only: in-row of v
  std::vector<std::uint32_t> in_sources;

  [[nodiscard]] std::size_t size() const { return offsets.size() - 1; }
  [[nodiscard]] std::span<const std::uint32_t> out(std::uint32_t v) const {
    return std::span<const std::uint32_t>(targets).subspan(offsets[v], offsets[v + 1] - offsets[v]);
  }
  [[nodiscard]] std::span<const std::uint32_t> in(std::uint32_t v) const {
    if (!directed) return out(v);
    return std::span<const std::uint32_t>(in_sources).subspan(in_offsets[v], in_offsets[v + 1] - in_offsets[v]);
  }
  /// The position of arc u → v in `targets`, or no_edge.
  [[nodiscard]] std::uint32_t arc(std::uint32_t u, std::uint32_t v) const {
    const auto row = out(u);
    const auto it = std::lower_bound(row.begin(), row.end(), v);
    if (it == row.end() || *it != v) return no_edge;
    return offsets[u] + static_cast<std::uint32_t>(it - row.begin());
  }

  /// The neighbours of v in the underlying undirected graph, sorted and distinct.
  [[nodiscard]] std::vector<std::uint32_t> neighbours(std::uint32_t v) const;

  /// Builds the rows from (u, v, edge, weight) arcs; keeps the smallest weight of parallel arcs.
  static adjacency from_arcs(std::size_t n, bool directed,
                             std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, double>> arcs);
};

/// The adjacency of a snapshot; `weight(const snapshot_edge&)` gives each edge's weight.
template <class Weight>
adjacency adjacency_of(const snapshot& s, Weight weight) {
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, double>> arcs;
  arcs.reserve(s.edge_count());
  const auto edges = s.edges();
  for (std::uint32_t i = 0; i < edges.size(); ++i)
    arcs.emplace_back(edges[i].u, edges[i].v, i, static_cast<double>(weight(edges[i])));
  return adjacency::from_arcs(s.vertex_count(), s.directed(), std::move(arcs));
}

/// The adjacency of a snapshot, every edge of weight 1.
adjacency adjacency_of(const snapshot& s);

/// The adjacency of a Boost.Graph graph; `weight` is a readable edge property map.
/// Parallel edges collapse and keep their smallest weight; self-loops are dropped.
template <bgl_graph Graph, edge_length_map<Graph> WeightMap>
adjacency adjacency_of(const Graph& g, WeightMap weight) {
  constexpr bool directed = boost::is_directed_graph<Graph>::value;
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, double>> arcs;
  // Unqualified, as BGL calls them: found by argument-dependent lookup at instantiation, so a graph
  // type whose header comes after this one works too.
  for (auto [v, v_end] = vertices(g); v != v_end; ++v)
    for (auto [e, e_end] = out_edges(*v, g); e != e_end; ++e) {
      const auto a = static_cast<std::uint32_t>(get(boost::vertex_index, g, *v));
      const auto b = static_cast<std::uint32_t>(get(boost::vertex_index, g, target(*e, g)));
      // An undirected graph lists each edge at both ends; keep one copy.
      if (!directed && b < a) continue;
      arcs.emplace_back(a, b, adjacency::no_edge, static_cast<double>(get(weight, *e)));
    }
  return adjacency::from_arcs(num_vertices(g), directed, std::move(arcs));
}

/// The adjacency of a Boost.Graph graph, every edge of weight 1.
template <bgl_graph Graph>
adjacency adjacency_of(const Graph& g) {
  return adjacency_of(g, boost::make_constant_property<typename boost::graph_traits<Graph>::edge_descriptor>(1.0));
}

}  // namespace pactgraph::detail
