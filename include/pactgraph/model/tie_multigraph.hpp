#pragma once

// The network's multigraph: the ties themselves are its edge list, and each actor keeps the ids of
// its ties. It models Boost.Graph's VertexListGraph, IncidenceGraph, BidirectionalGraph,
// AdjacencyGraph and EdgeListGraph (undirected, parallel edges allowed), so BGL algorithms and
// filtered_graph run on it directly. Why not an adjacency_list: that stores each edge three times
// (a 24-byte edge record and a 24-byte entry at each end, about 86 bytes a tie with slack); here an
// edge costs its tie and 4 bytes at each end.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <boost/graph/adjacency_iterator.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include "pactgraph/model/tie.hpp"

// In a namespace of its own because the free functions must be called `source` and `target`, and
// pactgraph::source is the type of a data source; argument-dependent lookup finds them here.
namespace pactgraph::bgl {

/// What an edge of the multigraph carries: the tie it stands for (`net.graph()[e].id`).
struct tie_ref {
  tie_id id{};
};

/// An edge of the multigraph: one tie, walked from `source` to `target`.
struct tie_edge {
  std::uint32_t source = 0;
  std::uint32_t target = 0;
  tie_id id{};

  /// One tie is one edge, whichever end it is walked from (as adjacency_list's undirected edges).
  friend bool operator==(const tie_edge& x, const tie_edge& y) { return x.id == y.id; }
};

class tie_multigraph;

namespace detail {

/// Walks an actor's tie ids as edges leaving it (`Incoming` false) or arriving at it (true).
template <bool Incoming>
class incident_tie_iterator
    : public boost::iterator_facade<incident_tie_iterator<Incoming>, tie_edge, boost::random_access_traversal_tag,
                                    tie_edge> {
 public:
  incident_tie_iterator() = default;
  incident_tie_iterator(const std::uint32_t* at, const tie* ties, std::uint32_t end)
      : m_at(at), m_ties(ties), m_end(end) {}

 private:
  friend class boost::iterator_core_access;
  [[nodiscard]] tie_edge dereference() const {
    const tie& t = m_ties[*m_at];
    const std::uint32_t other = t.a.value() == m_end ? t.b.value() : t.a.value();
    return Incoming ? tie_edge{other, m_end, tie_id{*m_at}} : tie_edge{m_end, other, tie_id{*m_at}};
  }
  [[nodiscard]] bool equal(const incident_tie_iterator& o) const { return m_at == o.m_at; }
  void increment() { ++m_at; }
  void decrement() { --m_at; }
  void advance(std::ptrdiff_t k) { m_at += k; }
  [[nodiscard]] std::ptrdiff_t distance_to(const incident_tie_iterator& o) const { return o.m_at - m_at; }

  const std::uint32_t* m_at = nullptr;
  const tie* m_ties = nullptr;
  std::uint32_t m_end = 0;
};

/// Walks every tie once, as the edge a → b.
class tie_edge_iterator
    : public boost::iterator_facade<tie_edge_iterator, tie_edge, boost::random_access_traversal_tag, tie_edge> {
 public:
  tie_edge_iterator() = default;
  tie_edge_iterator(const tie* ties, std::uint32_t index) : m_ties(ties), m_index(index) {}

 private:
  friend class boost::iterator_core_access;
  [[nodiscard]] tie_edge dereference() const {
    const tie& t = m_ties[m_index];
    return {t.a.value(), t.b.value(), tie_id{m_index}};
  }
  [[nodiscard]] bool equal(const tie_edge_iterator& o) const { return m_index == o.m_index; }
  void increment() { ++m_index; }
  void decrement() { --m_index; }
  void advance(std::ptrdiff_t k) { m_index = static_cast<std::uint32_t>(m_index + k); }
  [[nodiscard]] std::ptrdiff_t distance_to(const tie_edge_iterator& o) const {
    return static_cast<std::ptrdiff_t>(o.m_index) - static_cast<std::ptrdiff_t>(m_index);
  }

  const tie* m_ties = nullptr;
  std::uint32_t m_index = 0;
};

/// The tie id of an edge, as an edge_index property map.
struct tie_index_map {
  using key_type = tie_edge;
  using value_type = std::size_t;
  using reference = std::size_t;
  using category = boost::readable_property_map_tag;
  friend std::size_t get(tie_index_map, const tie_edge& e) { return e.id.value(); }
};

}  // namespace detail

/// Vertices are actors (vertex index == actor_id value); edge i is tie i; parallel edges are normal.
class tie_multigraph {
 public:
  // ---- Boost.Graph traits ----
  using vertex_descriptor = std::size_t;
  using edge_descriptor = tie_edge;
  using directed_category = boost::undirected_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  struct traversal_category : boost::vertex_list_graph_tag,
                              boost::bidirectional_graph_tag,
                              boost::adjacency_graph_tag,
                              boost::edge_list_graph_tag {};
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  using vertex_iterator = boost::counting_iterator<std::size_t>;
  using out_edge_iterator = detail::incident_tie_iterator<false>;
  using in_edge_iterator = detail::incident_tie_iterator<true>;
  using edge_iterator = detail::tie_edge_iterator;
  using adjacency_iterator = boost::adjacency_iterator_generator<tie_multigraph, vertex_descriptor,
                                                                 out_edge_iterator>::type;
  using edge_bundled = tie_ref;
  using vertex_bundled = boost::no_property;
  using graph_bundled = boost::no_property;

  [[nodiscard]] static vertex_descriptor null_vertex() { return static_cast<vertex_descriptor>(-1); }

  // ---- building: only alliance_network adds, after validating ----

  void add_vertex() { m_incident.emplace_back(); }
  /// Appends a tie between two existing, distinct actors; its id is its position.
  tie_id add_tie(const tie& t) {
    const tie_id id{static_cast<std::uint32_t>(m_ties.size())};
    m_ties.push_back(t);
    m_incident[t.a.value()].push_back(id.value());
    m_incident[t.b.value()].push_back(id.value());
    return id;
  }

  // ---- reading ----

  [[nodiscard]] std::span<const tie> ties() const { return m_ties; }
  /// The ids of an actor's ties, in the order they were added.
  [[nodiscard]] std::span<const std::uint32_t> incident(std::size_t v) const { return m_incident[v]; }
  [[nodiscard]] std::size_t vertex_count() const { return m_incident.size(); }
  [[nodiscard]] tie_ref operator[](const tie_edge& e) const { return {e.id}; }

  [[nodiscard]] out_edge_iterator out_begin(std::size_t v) const {
    return {m_incident[v].data(), m_ties.data(), static_cast<std::uint32_t>(v)};
  }
  [[nodiscard]] out_edge_iterator out_end(std::size_t v) const {
    return {m_incident[v].data() + m_incident[v].size(), m_ties.data(), static_cast<std::uint32_t>(v)};
  }
  [[nodiscard]] in_edge_iterator in_begin(std::size_t v) const {
    return {m_incident[v].data(), m_ties.data(), static_cast<std::uint32_t>(v)};
  }
  [[nodiscard]] in_edge_iterator in_end(std::size_t v) const {
    return {m_incident[v].data() + m_incident[v].size(), m_ties.data(), static_cast<std::uint32_t>(v)};
  }
  [[nodiscard]] edge_iterator edges_begin() const { return {m_ties.data(), 0}; }
  [[nodiscard]] edge_iterator edges_end() const {
    return {m_ties.data(), static_cast<std::uint32_t>(m_ties.size())};
  }

 private:
  std::vector<tie> m_ties;
  std::vector<std::vector<std::uint32_t>> m_incident;
};

// ---- the Boost.Graph free functions, found by argument-dependent lookup ----

inline std::pair<tie_multigraph::vertex_iterator, tie_multigraph::vertex_iterator> vertices(const tie_multigraph& g) {
  return {tie_multigraph::vertex_iterator(0), tie_multigraph::vertex_iterator(g.vertex_count())};
}
inline std::size_t num_vertices(const tie_multigraph& g) { return g.vertex_count(); }
inline std::pair<tie_multigraph::out_edge_iterator, tie_multigraph::out_edge_iterator> out_edges(
    std::size_t v, const tie_multigraph& g) {
  return {g.out_begin(v), g.out_end(v)};
}
inline std::pair<tie_multigraph::in_edge_iterator, tie_multigraph::in_edge_iterator> in_edges(
    std::size_t v, const tie_multigraph& g) {
  return {g.in_begin(v), g.in_end(v)};
}
inline std::size_t out_degree(std::size_t v, const tie_multigraph& g) { return g.incident(v).size(); }
inline std::size_t in_degree(std::size_t v, const tie_multigraph& g) { return g.incident(v).size(); }
inline std::size_t degree(std::size_t v, const tie_multigraph& g) { return g.incident(v).size(); }
inline std::size_t source(const tie_edge& e, const tie_multigraph&) { return e.source; }
inline std::size_t target(const tie_edge& e, const tie_multigraph&) { return e.target; }
inline std::pair<tie_multigraph::adjacency_iterator, tie_multigraph::adjacency_iterator> adjacent_vertices(
    std::size_t v, const tie_multigraph& g) {
  return {tie_multigraph::adjacency_iterator(g.out_begin(v), &g), tie_multigraph::adjacency_iterator(g.out_end(v), &g)};
}
inline std::pair<tie_multigraph::edge_iterator, tie_multigraph::edge_iterator> edges(const tie_multigraph& g) {
  return {g.edges_begin(), g.edges_end()};
}
inline std::size_t num_edges(const tie_multigraph& g) { return g.ties().size(); }

inline boost::typed_identity_property_map<std::size_t> get(boost::vertex_index_t, const tie_multigraph&) { return {}; }
inline std::size_t get(boost::vertex_index_t, const tie_multigraph&, std::size_t v) { return v; }
inline detail::tie_index_map get(boost::edge_index_t, const tie_multigraph&) { return {}; }
inline std::size_t get(boost::edge_index_t, const tie_multigraph&, const tie_edge& e) { return e.id.value(); }

}  // namespace pactgraph::bgl

namespace pactgraph {
using bgl::tie_edge;
using bgl::tie_multigraph;
using bgl::tie_ref;
}  // namespace pactgraph

namespace boost {

template <>
struct property_map<pactgraph::bgl::tie_multigraph, vertex_index_t> {
  using type = typed_identity_property_map<std::size_t>;
  using const_type = type;
};
template <>
struct property_map<pactgraph::bgl::tie_multigraph, edge_index_t> {
  using type = pactgraph::bgl::detail::tie_index_map;
  using const_type = type;
};

// So that qualified calls in the BGL style (`boost::num_edges(net.graph())`) find the functions too.
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
