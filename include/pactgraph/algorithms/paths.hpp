#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "pactgraph/algorithms/carriers.hpp"
#include "pactgraph/algorithms/edge_length.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"
#include "pactgraph/error.hpp"

namespace pactgraph {

/// A path as vertex indices with its length (hops, or the sum of arc lengths).
struct vertex_path {
  std::vector<std::uint32_t> vertices;
  double length = 0;

  friend bool operator==(const vertex_path&, const vertex_path&) = default;
};

/// A path between actors of a snapshot; `steps[i]` carries actors[i] → actors[i + 1].
struct actor_path {
  std::vector<actor_id> actors{};
  std::vector<carriers> steps{};
  double length = 0;
};

/// How a snapshot path measures an edge, and how many paths all_shortest_paths lists.
struct path_options {
  edge_length length = edge_length::hops;
  std::span<const double> lengths = {};  ///< one length per edge (snapshot::edges() order); overrides `length`
  std::size_t limit = std::numeric_limits<std::size_t>::max();  ///< all_shortest_paths: stop after this many
};

/// Hop distance value of a vertex that cannot be reached.
inline constexpr std::uint32_t unreachable = std::numeric_limits<std::uint32_t>::max();

namespace detail {

// The path functions on the graph every front builds; `lengths` (one per edge, checked by the one
// rule of edge lengths) makes them weighted, empty means hops.
std::vector<std::uint32_t> hop_distances(const simple_graph& g, std::uint32_t s);
std::vector<std::uint32_t> reachable(const simple_graph& g, std::uint32_t s);
std::optional<vertex_path> shortest_path(const simple_graph& g, std::uint32_t s, std::uint32_t t,
                                         std::span<const double> lengths);
std::vector<vertex_path> all_shortest_paths(const simple_graph& g, std::uint32_t s, std::uint32_t t,
                                            std::span<const double> lengths, std::size_t limit);
std::vector<vertex_path> k_shortest_paths(const simple_graph& g, std::uint32_t s, std::uint32_t t, std::size_t k,
                                          std::span<const double> lengths);

}  // namespace detail

// ---- plain Boost.Graph graphs (vertex indices) ----

/// Hops from `source` to every vertex (`unreachable` when none); breadth-first search, O(n + m).
template <bgl_graph Graph>
std::vector<std::uint32_t> hop_distances(const Graph& g, std::uint32_t source) {
  return detail::hop_distances(to_simple_graph(g), source);
}

/// The vertices reachable from `source` along arcs, without `source` itself, ascending
/// (networkx `descendants`, or the connected component less the source when undirected). O(n + m).
template <bgl_graph Graph>
std::vector<std::uint32_t> reachable(const Graph& g, std::uint32_t source) {
  return detail::reachable(to_simple_graph(g), source);
}

/// A shortest path in hops, the lexicographically smallest of them; nothing when `to` is unreachable. O(n + m).
template <bgl_graph Graph>
std::optional<vertex_path> shortest_path(const Graph& g, std::uint32_t from, std::uint32_t to) {
  return detail::shortest_path(to_simple_graph(g), from, to, {});
}

/// A shortest path under the edge lengths of `length` (a readable edge property map, lengths positive and finite;
/// parallel edges use their shortest), lexicographically smallest among equals. Dijkstra, O(m log n).
template <bgl_graph Graph, edge_length_map<Graph> LengthMap>
std::optional<vertex_path> weighted_shortest_path(const Graph& g, std::uint32_t from, std::uint32_t to,
                                                  LengthMap length) {
  const auto copy = to_simple_graph(g, length);
  return detail::shortest_path(copy, from, to, copy.values());
}

/// Every shortest path in hops, in lexicographic order of their vertices, at most `limit`.
/// O(n + m) plus the size of the output.
template <bgl_graph Graph>
std::vector<vertex_path> all_shortest_paths(const Graph& g, std::uint32_t from, std::uint32_t to,
                                            std::size_t limit = std::numeric_limits<std::size_t>::max()) {
  return detail::all_shortest_paths(to_simple_graph(g), from, to, {}, limit);
}

/// Every shortest path under the edge lengths of `length`, in lexicographic order, at most `limit`.
/// Dijkstra, O(m log n) plus the size of the output.
template <bgl_graph Graph, edge_length_map<Graph> LengthMap>
std::vector<vertex_path> all_shortest_paths(const Graph& g, std::uint32_t from, std::uint32_t to, LengthMap length,
                                            std::size_t limit = std::numeric_limits<std::size_t>::max()) {
  const auto copy = to_simple_graph(g, length);
  return detail::all_shortest_paths(copy, from, to, copy.values(), limit);
}

/// The `k` shortest simple paths in hops, by length then lexicographic order.
/// Yen's algorithm, O(k n (n + m)); J. Y. Yen, doi:10.1287/mnsc.17.11.712.
template <bgl_graph Graph>
std::vector<vertex_path> k_shortest_paths(const Graph& g, std::uint32_t from, std::uint32_t to, std::size_t k) {
  return detail::k_shortest_paths(to_simple_graph(g), from, to, k, {});
}

/// The `k` shortest simple paths under the edge lengths of `length`; Yen's algorithm with Dijkstra,
/// O(k n m log n); doi:10.1287/mnsc.17.11.712.
template <bgl_graph Graph, edge_length_map<Graph> LengthMap>
std::vector<vertex_path> k_shortest_paths(const Graph& g, std::uint32_t from, std::uint32_t to, std::size_t k,
                                          LengthMap length) {
  const auto copy = to_simple_graph(g, length);
  return detail::k_shortest_paths(copy, from, to, k, copy.values());
}

// ---- snapshots (actors, with the pacts behind each step) ----

/// The actors reachable from `from` in the snapshot (along arcs for an obligation view), ascending.
/// Throws usage_error when the snapshot does not keep `from`.
std::vector<actor_id> reachable(const alliance_network& net, const snapshot& s, actor_id from);

/// The shortest path between two actors (hops, or the lengths `options` chooses), the
/// lexicographically smallest by vertex order among equals, each step with its pacts.
/// Throws usage_error when an actor is not in the snapshot or a length is not positive and finite.
std::optional<actor_path> shortest_path(const alliance_network& net, const snapshot& s, actor_id from, actor_id to,
                                        const path_options& options = {});

/// Every shortest path between two actors, in lexicographic vertex order, at most `options.limit`.
std::vector<actor_path> all_shortest_paths(const alliance_network& net, const snapshot& s, actor_id from, actor_id to,
                                           const path_options& options = {});

/// The `k` shortest simple paths between two actors (Yen, doi:10.1287/mnsc.17.11.712), by length then
/// lexicographic vertex order.
std::vector<actor_path> k_shortest_paths(const alliance_network& net, const snapshot& s, actor_id from, actor_id to,
                                         std::size_t k, const path_options& options = {});

}  // namespace pactgraph
