#pragma once

// The Boost.Graph concepts, apart from the public algorithms/concepts.hpp so that the kernels in
// detail/ can constrain their inputs without including a public header above them.

#include <concepts>
#include <cstddef>
#include <type_traits>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

namespace boost {
struct keep_all;
template <typename Graph, typename EdgePredicate, typename VertexPredicate>
class filtered_graph;
}  // namespace boost

namespace pactgraph {

namespace detail {

/// True for a filtered_graph that hides vertices. Its num_vertices counts the underlying graph, so an
/// algorithm would score the hidden vertices and normalise by the whole graph; hiding edges only is safe,
/// because the algorithms find edges by walking them.
template <class G>
inline constexpr bool hides_vertices = false;
template <class G, class EdgePredicate, class VertexPredicate>
inline constexpr bool hides_vertices<boost::filtered_graph<G, EdgePredicate, VertexPredicate>> =
    !std::is_same_v<VertexPredicate, boost::keep_all>;

}  // namespace detail

/// A Boost.Graph graph the algorithms can read: a VertexListGraph and IncidenceGraph whose vertices
/// carry an index in [0, num_vertices) (adjacency_list with vecS vertices, compressed_sparse_row_graph).
///
/// A filtered_graph with a vertex filter (such as `active_view`) is refused: num_vertices does not
/// count what it keeps. Materialise a `snapshot` of the same day instead.
template <class G>
concept bgl_graph =
    !detail::hides_vertices<G> &&
    // Checked first because boost::graph_traits is a hard error, not a substitution failure, on a non-graph.
    requires {
      typename G::vertex_descriptor;
      typename G::traversal_category;
    } &&
    requires(const G& g, typename boost::graph_traits<G>::vertex_descriptor v,
             typename boost::graph_traits<G>::edge_descriptor e) {
      { num_vertices(g) } -> std::convertible_to<std::size_t>;
      vertices(g);
      out_edges(v, g);
      { target(e, g) } -> std::convertible_to<typename boost::graph_traits<G>::vertex_descriptor>;
      { get(boost::vertex_index, g, v) } -> std::convertible_to<std::size_t>;
    } &&
    std::is_convertible_v<typename boost::graph_traits<G>::traversal_category, boost::vertex_list_graph_tag> &&
    std::is_convertible_v<typename boost::graph_traits<G>::traversal_category, boost::incidence_graph_tag>;

/// A readable property map from the edges of `G` to a length (or weight) convertible to double.
template <class M, class G>
concept edge_length_map = bgl_graph<G> && requires(const M& m, typename boost::graph_traits<G>::edge_descriptor e) {
  { get(m, e) } -> std::convertible_to<double>;
};

}  // namespace pactgraph
