#pragma once

// The one way a Boost.Graph graph becomes the graph the algorithms read.

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <vector>

#include "pactgraph/detail/graph_concepts.hpp"
#include "pactgraph/graph/simple_graph.hpp"

namespace pactgraph {

namespace detail {

/// One arc of a graph being copied, with the value its map gives (1 without a map).
struct copied_arc {
  std::uint32_t u = 0;
  std::uint32_t v = 0;
  double value = 1.0;
};

/// Collapses copied arcs into a simple graph: parallel arcs become one edge that keeps their count and
/// their least value (a NaN wins, so that a check of the values sees it); self-loops are dropped.
simple_graph simple_graph_of_arcs(std::size_t n, bool directed, std::vector<copied_arc> arcs, bool with_values);

template <bgl_graph G, class Value>
simple_graph copy_arcs(const G& g, Value value, bool with_values) {
  bool directed = boost::is_directed_graph<G>::value;
  // A simple graph is bidirectional to Boost.Graph even when undirected (an arc each way): ask it.
  if constexpr (std::is_same_v<G, simple_graph>) directed = g.directed();
  std::vector<copied_arc> arcs;
  // Unqualified, as BGL calls them: found by argument-dependent lookup at instantiation, so a graph
  // type whose header comes after this one works too.
  for (auto [vi, vend] = vertices(g); vi != vend; ++vi)
    for (auto [ei, eend] = out_edges(*vi, g); ei != eend; ++ei) {
      const auto u = static_cast<std::uint32_t>(get(boost::vertex_index, g, *vi));
      const auto v = static_cast<std::uint32_t>(get(boost::vertex_index, g, target(*ei, g)));
      // An undirected graph lists each edge at both ends; keep one copy, as (min, max).
      if (!directed && v < u) continue;
      arcs.push_back({u, v, value(*ei)});
    }
  return simple_graph_of_arcs(num_vertices(g), directed, std::move(arcs), with_values);
}

}  // namespace detail

/// Copies a Boost.Graph graph whose vertices carry an index in [0, num_vertices): O(V + E log E).
/// Parallel edges become one edge whose multiplicity counts them; self-loops are dropped, so the
/// copy is the simple graph networkx would see. Vertices stand for no actor.
template <bgl_graph G>
[[nodiscard]] simple_graph to_simple_graph(const G& g) {
  return detail::copy_arcs(g, [](const auto&) { return 1.0; }, false);
}

/// As above, with each edge's value (a length or a weight) from a readable property map; parallel
/// edges keep the least (simple_graph::values()).
template <bgl_graph G, edge_length_map<G> M>
[[nodiscard]] simple_graph to_simple_graph(const G& g, const M& values) {
  return detail::copy_arcs(g, [&](const auto& e) { return static_cast<double>(get(values, e)); }, true);
}

}  // namespace pactgraph
