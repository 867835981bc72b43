#pragma once

// The one graph form every algorithm reads: a simple graph (at most one edge per ordered pair, no
// self-loops) in compressed sparse rows with 32-bit vertex, arc and edge ids. Each edge keeps what the
// ties it collapses say (multiplicity, kinds, signs, tie ids), each vertex the actor it stands for.
// Snapshots and obligation views build one; to_simple_graph.hpp copies any Boost.Graph graph into one.
//
// Undirected graphs store each edge once (u < v) and as two arcs; directed graphs one arc per edge
// and their in-arcs too. The graph models Boost.Graph's VertexListGraph, IncidenceGraph,
// BidirectionalGraph, AdjacencyGraph and EdgeListGraph as a bidirectional graph whose arcs are the
// rows (an undirected edge is an arc each way), so BGL algorithms run on a snapshot directly.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include "pactgraph/model/ids.hpp"
#include "pactgraph/model/tie_kind.hpp"

namespace pactgraph {

/// All ties between one pair of vertices on the day, collapsed into one edge.
struct snapshot_edge {
  std::uint32_t u = 0;  ///< local vertex; for undirected graphs u < v
  std::uint32_t v = 0;
  std::uint32_t first_tie = 0;  ///< into the graph's tie ids
  std::uint32_t multiplicity = 0;
  std::uint32_t positive = 0;  ///< ties of sign +1
  std::uint32_t negative = 0;  ///< ties of sign -1
  tie_kind kinds = tie_kind::none;

  /// +1 or -1 when all ties agree, 0 when the pair has both cooperative and hostile ties.
  [[nodiscard]] int sign() const { return negative == 0 ? 1 : positive == 0 ? -1 : 0; }
};

}  // namespace pactgraph

// In a namespace of its own, as tie_multigraph: the free functions must be called `source` and
// `target`, and pactgraph::source is the type of a data source.
namespace pactgraph::bgl {

/// An arc of a simple_graph as Boost.Graph sees it: walked from `source` to `target`, part of `edge`.
struct simple_arc {
  std::uint32_t source = 0;
  std::uint32_t target = 0;
  std::uint32_t edge = 0;

  friend bool operator==(const simple_arc&, const simple_arc&) = default;
};

namespace detail {

/// Walks a row of arcs: out-arcs (`Incoming` false: the row holds targets) or in-arcs (true: sources).
template <bool Incoming>
class row_arc_iterator
    : public boost::iterator_facade<row_arc_iterator<Incoming>, simple_arc, boost::random_access_traversal_tag,
                                    simple_arc> {
 public:
  row_arc_iterator() = default;
  row_arc_iterator(const std::uint32_t* ends, const std::uint32_t* edges, std::uint32_t self)
      : m_ends(ends), m_edges(edges), m_self(self) {}

 private:
  friend class boost::iterator_core_access;
  [[nodiscard]] simple_arc dereference() const {
    return Incoming ? simple_arc{*m_ends, m_self, *m_edges} : simple_arc{m_self, *m_ends, *m_edges};
  }
  [[nodiscard]] bool equal(const row_arc_iterator& o) const { return m_ends == o.m_ends; }
  void increment() { ++m_ends, ++m_edges; }
  void decrement() { --m_ends, --m_edges; }
  void advance(std::ptrdiff_t k) { m_ends += k, m_edges += k; }
  [[nodiscard]] std::ptrdiff_t distance_to(const row_arc_iterator& o) const { return o.m_ends - m_ends; }

  const std::uint32_t* m_ends = nullptr;
  const std::uint32_t* m_edges = nullptr;
  std::uint32_t m_self = 0;
};

/// The edge id of an arc, as an edge_index property map.
struct arc_edge_map {
  using key_type = simple_arc;
  using value_type = std::size_t;
  using reference = std::size_t;
  using category = boost::readable_property_map_tag;
  friend std::size_t get(arc_edge_map, const simple_arc& a) { return a.edge; }
};

}  // namespace detail

class simple_graph;

namespace detail {
class all_arc_iterator;
}

/// A simple graph in compressed sparse rows; see the top of this file.
class simple_graph {
 public:
  static constexpr std::uint32_t no_arc = 0xffffffffu;

  // ---- Boost.Graph traits ----
  using vertex_descriptor = std::uint32_t;
  using edge_descriptor = simple_arc;
  using directed_category = boost::bidirectional_tag;
  using edge_parallel_category = boost::disallow_parallel_edge_tag;
  struct traversal_category : boost::vertex_list_graph_tag,
                              boost::bidirectional_graph_tag,
                              boost::adjacency_graph_tag,
                              boost::edge_list_graph_tag {};
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  using vertex_iterator = boost::counting_iterator<std::uint32_t>;
  using out_edge_iterator = detail::row_arc_iterator<false>;
  using in_edge_iterator = detail::row_arc_iterator<true>;
  using adjacency_iterator = const std::uint32_t*;
  using edge_iterator = detail::all_arc_iterator;
  using vertex_bundled = boost::no_property;
  using edge_bundled = boost::no_property;
  using graph_bundled = boost::no_property;

  [[nodiscard]] static vertex_descriptor null_vertex() { return no_arc; }

  // ---- building, in place so that a series of snapshots reuses the storage ----

  /// Empties the graph (keeping its storage) for a new build.
  void reset(bool directed);
  /// Adds the next vertex, standing for `actor` (invalid for a graph copied from Boost.Graph).
  void add_vertex(actor_id actor = actor_id{}) { m_actors.push_back(actor); }
  /// Adds tie `id` to edge u → v, opening a new edge unless the last one joins u and v. Ties must come
  /// sorted by (u, v), without loops, u < v when undirected.
  void add_tie(std::uint32_t u, std::uint32_t v, tie_id id, tie_kind kinds, int sign);
  /// Adds an edge that stands for `multiplicity` parallel edges of another graph. Same order rules as add_tie.
  void add_edge(std::uint32_t u, std::uint32_t v, std::uint32_t multiplicity);
  /// Gives every edge a value (a length or a weight; see values()), one per edge in edge order.
  void set_values(std::vector<double> values) { m_values = std::move(values); }
  /// Builds the rows from the edges: O(V + E), no comparison sort. Call after the last add.
  void finish();

  // ---- reading ----

  [[nodiscard]] bool directed() const { return m_directed; }
  [[nodiscard]] std::size_t vertex_count() const { return m_actors.size(); }
  [[nodiscard]] std::size_t edge_count() const { return m_edges.size(); }
  [[nodiscard]] std::size_t arc_count() const { return m_targets.size(); }

  /// The actor of each vertex, in vertex order (ascending actor ids for a snapshot).
  [[nodiscard]] std::span<const actor_id> actors() const { return m_actors; }
  [[nodiscard]] std::span<const snapshot_edge> edges() const { return m_edges; }
  /// The tie ids collapsed into edge `e` (none for a graph copied from Boost.Graph).
  [[nodiscard]] std::span<const tie_id> ties_of(const snapshot_edge& e) const {
    if (m_ties.empty()) return {};
    return std::span<const tie_id>(m_ties).subspan(e.first_tie, e.multiplicity);
  }
  /// Per edge, the value the copied graph's map gave it (the least over parallel edges); empty otherwise.
  [[nodiscard]] std::span<const double> values() const { return m_values; }

  /// Out-rows: the out-arcs of v are [out_offsets()[v], out_offsets()[v + 1]) of out_targets().
  [[nodiscard]] std::span<const std::uint32_t> out_offsets() const { return m_offsets; }
  /// The target of each out-arc, ascending within a row.
  [[nodiscard]] std::span<const std::uint32_t> out_targets() const { return m_targets; }
  /// The edge of each out-arc.
  [[nodiscard]] std::span<const std::uint32_t> out_edges() const { return m_arc_edges; }
  /// In-rows (the out-rows again when undirected): sources ascending within a row.
  [[nodiscard]] std::span<const std::uint32_t> in_offsets() const { return m_directed ? m_in_offsets : m_offsets; }
  [[nodiscard]] std::span<const std::uint32_t> in_sources() const { return m_directed ? m_in_sources : m_targets; }
  [[nodiscard]] std::span<const std::uint32_t> in_edges() const { return m_directed ? m_in_edges : m_arc_edges; }

  /// The targets of v's out-arcs, ascending.
  [[nodiscard]] std::span<const std::uint32_t> out(std::uint32_t v) const {
    return std::span<const std::uint32_t>(m_targets).subspan(m_offsets[v], m_offsets[v + 1] - m_offsets[v]);
  }
  /// The sources of v's in-arcs, ascending (its neighbours when undirected).
  [[nodiscard]] std::span<const std::uint32_t> in(std::uint32_t v) const {
    const auto offsets = in_offsets();
    return in_sources().subspan(offsets[v], offsets[v + 1] - offsets[v]);
  }
  /// The neighbours of v in the underlying undirected graph, ascending and distinct.
  [[nodiscard]] std::vector<std::uint32_t> neighbours(std::uint32_t v) const;
  /// The out-arc u → v, or no_arc.
  [[nodiscard]] std::uint32_t arc(std::uint32_t u, std::uint32_t v) const;
  /// The edge of the arc u → v (either order when undirected), if any.
  [[nodiscard]] std::optional<std::uint32_t> edge_between(std::uint32_t u, std::uint32_t v) const {
    if (u >= vertex_count() || v >= vertex_count()) return std::nullopt;
    const std::uint32_t a = arc(u, v);
    if (a == no_arc) return std::nullopt;
    return m_arc_edges[a];
  }

 private:
  void place(std::vector<std::uint32_t>& next, std::uint32_t from, std::uint32_t to, std::uint32_t edge);

  bool m_directed = false;
  std::vector<actor_id> m_actors;
  std::vector<snapshot_edge> m_edges;
  std::vector<tie_id> m_ties;
  std::vector<double> m_values;
  std::vector<std::uint32_t> m_offsets{0}, m_targets, m_arc_edges;
  std::vector<std::uint32_t> m_in_offsets{0}, m_in_sources, m_in_edges;
};

namespace detail {

/// Walks every arc, row by row.
class all_arc_iterator
    : public boost::iterator_facade<all_arc_iterator, simple_arc, boost::forward_traversal_tag, simple_arc> {
 public:
  all_arc_iterator() = default;
  all_arc_iterator(const simple_graph* g, std::uint32_t arc) : m_g(g), m_arc(arc) { settle(); }

 private:
  friend class boost::iterator_core_access;
  [[nodiscard]] simple_arc dereference() const {
    return {m_row, m_g->out_targets()[m_arc], m_g->out_edges()[m_arc]};
  }
  [[nodiscard]] bool equal(const all_arc_iterator& o) const { return m_arc == o.m_arc; }
  void increment() {
    ++m_arc;
    settle();
  }
  /// Moves the row forward to the one holding the current arc.
  void settle() {
    const auto offsets = m_g->out_offsets();
    while (m_row + 1 < offsets.size() && offsets[m_row + 1] <= m_arc) ++m_row;
  }

  const simple_graph* m_g = nullptr;
  std::uint32_t m_arc = 0;
  std::uint32_t m_row = 0;
};

}  // namespace detail

// ---- the Boost.Graph free functions, found by argument-dependent lookup ----

inline std::pair<simple_graph::vertex_iterator, simple_graph::vertex_iterator> vertices(const simple_graph& g) {
  return {simple_graph::vertex_iterator(0), simple_graph::vertex_iterator(static_cast<std::uint32_t>(g.vertex_count()))};
}
inline std::size_t num_vertices(const simple_graph& g) { return g.vertex_count(); }
inline std::pair<simple_graph::out_edge_iterator, simple_graph::out_edge_iterator> out_edges(std::uint32_t v,
                                                                                             const simple_graph& g) {
  const auto first = g.out_offsets()[v], last = g.out_offsets()[v + 1];
  return {{g.out_targets().data() + first, g.out_edges().data() + first, v},
          {g.out_targets().data() + last, g.out_edges().data() + last, v}};
}
inline std::pair<simple_graph::in_edge_iterator, simple_graph::in_edge_iterator> in_edges(std::uint32_t v,
                                                                                          const simple_graph& g) {
  const auto first = g.in_offsets()[v], last = g.in_offsets()[v + 1];
  return {{g.in_sources().data() + first, g.in_edges().data() + first, v},
          {g.in_sources().data() + last, g.in_edges().data() + last, v}};
}
inline std::size_t out_degree(std::uint32_t v, const simple_graph& g) { return g.out(v).size(); }
inline std::size_t in_degree(std::uint32_t v, const simple_graph& g) { return g.in(v).size(); }
inline std::size_t degree(std::uint32_t v, const simple_graph& g) { return out_degree(v, g) + in_degree(v, g); }
inline std::uint32_t source(const simple_arc& a, const simple_graph&) { return a.source; }
inline std::uint32_t target(const simple_arc& a, const simple_graph&) { return a.target; }
inline std::pair<const std::uint32_t*, const std::uint32_t*> adjacent_vertices(std::uint32_t v,
                                                                               const simple_graph& g) {
  const auto row = g.out(v);
  return {row.data(), row.data() + row.size()};
}
inline std::pair<simple_graph::edge_iterator, simple_graph::edge_iterator> edges(const simple_graph& g) {
  return {{&g, 0}, {&g, static_cast<std::uint32_t>(g.arc_count())}};
}
inline std::size_t num_edges(const simple_graph& g) { return g.arc_count(); }

inline boost::typed_identity_property_map<std::uint32_t> get(boost::vertex_index_t, const simple_graph&) { return {}; }
inline std::uint32_t get(boost::vertex_index_t, const simple_graph&, std::uint32_t v) { return v; }
inline detail::arc_edge_map get(boost::edge_index_t, const simple_graph&) { return {}; }
inline std::size_t get(boost::edge_index_t, const simple_graph&, const simple_arc& a) { return a.edge; }

}  // namespace pactgraph::bgl

namespace pactgraph {
using bgl::simple_arc;
using bgl::simple_graph;
}  // namespace pactgraph

namespace boost {

template <>
struct property_map<pactgraph::bgl::simple_graph, vertex_index_t> {
  using type = typed_identity_property_map<std::uint32_t>;
  using const_type = type;
};
template <>
struct property_map<pactgraph::bgl::simple_graph, edge_index_t> {
  using type = pactgraph::bgl::detail::arc_edge_map;
  using const_type = type;
};

// So that qualified calls in the BGL style (`boost::num_edges(s.graph())`) find the functions too.
using pactgraph::bgl::adjacent_vertices;
using pactgraph::bgl::degree;
using pactgraph::bgl::edges;
using pactgraph::bgl::get;
using pactgraph::bgl::in_degree;
using pactgraph::bgl::in_edges;
using pactgraph::bgl::num_edges;
using pactgraph::bgl::num_vertices;
using pactgraph::bgl::out_degree;
using pactgraph::bgl::out_edges;
using pactgraph::bgl::source;
using pactgraph::bgl::target;
using pactgraph::bgl::vertices;

}  // namespace boost
