#pragma once

// The one adjacency form the centrality kernels read: CSR rows of out-arcs (and in-arcs for
// directed graphs), each arc mapped to the simple edge it belongs to. A snapshot lends its own
// arrays; any other Boost.Graph graph is copied once into owned arrays, collapsing parallel
// edges and dropping self-loops, so every graph is read as the simple graph networkx would see.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/graph/graph_traits.hpp>

#include "pactgraph/detail/graph_concepts.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::detail {

/// Borrowed CSR arrays over vertices 0..n-1.
struct csr_view {
  std::size_t n = 0;
  bool directed = false;
  std::span<const std::size_t> out_rows;  ///< n + 1 offsets into out_cols
  std::span<const std::size_t> out_cols;
  std::span<const std::size_t> in_rows;  ///< directed only; undirected graphs read out_rows
  std::span<const std::size_t> in_cols;
  std::span<const std::size_t> in_arc;      ///< directed only: the out-arc index of each in-arc
  std::span<const snapshot_arc> arc_edges;  ///< the edge of each out-arc
  std::size_t edge_count = 0;

  [[nodiscard]] std::size_t out_degree(std::size_t v) const { return out_rows[v + 1] - out_rows[v]; }
  [[nodiscard]] std::size_t in_degree(std::size_t v) const {
    return directed ? in_rows[v + 1] - in_rows[v] : out_degree(v);
  }
  /// Calls f(u, edge) for every arc u → v.
  template <class F>
  void for_each_in(std::size_t v, F&& f) const {
    if (directed) {
      for (std::size_t k = in_rows[v]; k < in_rows[v + 1]; ++k) f(in_cols[k], arc_edges[in_arc[k]].edge);
    } else {
      for (std::size_t k = out_rows[v]; k < out_rows[v + 1]; ++k) f(out_cols[k], arc_edges[k].edge);
    }
  }
};

/// The CSR form of a graph, owning its arrays unless they are borrowed from a snapshot.
/// Pinned in memory because the view points into it.
class csr_adjacency {
 public:
  csr_adjacency(const csr_adjacency&) = delete;
  csr_adjacency& operator=(const csr_adjacency&) = delete;

  /// Borrows the snapshot's arrays: O(1).
  explicit csr_adjacency(const snapshot& s) : m_snapshot(&s) {
    const auto& g = s.graph();
    m_view = {.n = s.vertex_count(),
              .directed = s.directed(),
              .out_rows = s.row_starts(),
              .out_cols = s.columns(),
              .in_rows = s.directed() ? std::span<const std::size_t>(g.m_backward.m_rowstart) : s.row_starts(),
              .in_cols = s.directed() ? std::span<const std::size_t>(g.m_backward.m_column) : s.columns(),
              .in_arc = s.directed() ? std::span<const std::size_t>(g.m_backward.m_edge_properties)
                                     : std::span<const std::size_t>(),
              .arc_edges = g.m_forward.m_edge_properties,
              .edge_count = s.edge_count()};
  }

  /// Copies a Boost.Graph graph: O(V + E log E). Parallel edges become one edge, self-loops are dropped.
  template <bgl_graph G>
  explicit csr_adjacency(const G& g) {
    build(g, [](const auto&) { return 1.0; });
  }

  /// As above, keeping for each edge the least length `lengths` gives its parallel copies.
  template <bgl_graph G, edge_length_map<G> M>
  csr_adjacency(const G& g, const M& lengths) {
    build(g, [&](const auto& e) { return static_cast<double>(get(lengths, e)); });
    m_has_lengths = true;
  }

  [[nodiscard]] const csr_view& view() const { return m_view; }
  [[nodiscard]] const snapshot* source_snapshot() const { return m_snapshot; }

  /// The ends of every edge, in edge order (u < v for undirected graphs).
  [[nodiscard]] std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_ends() const {
    if (m_snapshot == nullptr) return m_ends;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    out.reserve(m_snapshot->edge_count());
    for (const auto& e : m_snapshot->edges()) out.emplace_back(e.u, e.v);
    return out;
  }

  /// The length of each edge given by the caller's map (copied graphs built with a map only).
  [[nodiscard]] std::span<const double> copied_lengths() const {
    return m_has_lengths ? std::span<const double>(m_lengths) : std::span<const double>();
  }

 private:
  template <class G, class Length>
  void build(const G& g, Length length) {
    using traits = boost::graph_traits<G>;
    const bool directed = boost::is_directed_graph<G>::value;
    const std::size_t n = num_vertices(g);
    struct arc {
      std::uint32_t u, v;
      double length;
    };
    std::vector<arc> arcs;
    const auto index = get(boost::vertex_index, g);
    for (auto [vi, vend] = vertices(g); vi != vend; ++vi) {
      const auto u = static_cast<std::uint32_t>(get(index, *vi));
      for (auto [ei, eend] = out_edges(*vi, g); ei != eend; ++ei) {
        const auto v = static_cast<std::uint32_t>(get(index, target(*ei, g)));
        if (u == v) continue;
        // An undirected edge is met from both ends; keep it once, as (min, max).
        if (!directed && v < u) continue;
        arcs.push_back({u, v, length(typename traits::edge_descriptor(*ei))});
      }
    }
    std::sort(arcs.begin(), arcs.end(), [](const arc& a, const arc& b) {
      return std::tie(a.u, a.v, a.length) < std::tie(b.u, b.v, b.length);
    });
    for (const arc& a : arcs)
      if (m_ends.empty() || m_ends.back() != std::pair(a.u, a.v)) {
        m_ends.emplace_back(a.u, a.v);
        m_lengths.push_back(a.length);  // the least length of the pair, since lengths sort ascending
      }

    // Out-rows by counting; columns come out sorted because edges are sorted by (u, v).
    m_out_rows.assign(n + 1, 0);
    for (const auto& [u, v] : m_ends) {
      ++m_out_rows[u + 1];
      if (!directed) ++m_out_rows[v + 1];
    }
    for (std::size_t i = 0; i < n; ++i) m_out_rows[i + 1] += m_out_rows[i];
    m_out_cols.resize(m_out_rows[n]);
    m_arc_edges.resize(m_out_rows[n]);
    std::vector<std::size_t> next(m_out_rows.begin(), m_out_rows.end() - 1);
    if (directed) {
      for (std::uint32_t e = 0; e < m_ends.size(); ++e) place(next, m_ends[e].first, m_ends[e].second, e);
    } else {
      // Two passes over the sorted edges keep each row sorted: first every arc to a smaller
      // neighbour (edges come by ascending u), then every arc to a larger one.
      for (std::uint32_t e = 0; e < m_ends.size(); ++e) place(next, m_ends[e].second, m_ends[e].first, e);
      for (std::uint32_t e = 0; e < m_ends.size(); ++e) place(next, m_ends[e].first, m_ends[e].second, e);
    }
    if (directed) {
      m_in_rows.assign(n + 1, 0);
      for (const auto& [u, v] : m_ends) ++m_in_rows[v + 1];
      for (std::size_t i = 0; i < n; ++i) m_in_rows[i + 1] += m_in_rows[i];
      m_in_cols.resize(m_in_rows[n]);
      m_in_arc.resize(m_in_rows[n]);
      std::vector<std::size_t> in_next(m_in_rows.begin(), m_in_rows.end() - 1);
      for (std::size_t u = 0; u < n; ++u)
        for (std::size_t k = m_out_rows[u]; k < m_out_rows[u + 1]; ++k) {
          const std::size_t slot = in_next[m_out_cols[k]]++;
          m_in_cols[slot] = u;
          m_in_arc[slot] = k;
        }
    }
    m_view = {.n = n,
              .directed = directed,
              .out_rows = m_out_rows,
              .out_cols = m_out_cols,
              .in_rows = directed ? std::span<const std::size_t>(m_in_rows) : m_out_rows,
              .in_cols = directed ? std::span<const std::size_t>(m_in_cols) : m_out_cols,
              .in_arc = m_in_arc,
              .arc_edges = m_arc_edges,
              .edge_count = m_ends.size()};
  }

  void place(std::vector<std::size_t>& next, std::uint32_t from, std::uint32_t to, std::uint32_t edge) {
    const std::size_t slot = next[from]++;
    m_out_cols[slot] = to;
    m_arc_edges[slot] = {edge};
  }

  const snapshot* m_snapshot = nullptr;
  csr_view m_view;
  bool m_has_lengths = false;
  std::vector<std::size_t> m_out_rows, m_out_cols, m_in_rows, m_in_cols, m_in_arc;
  std::vector<snapshot_arc> m_arc_edges;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_ends;
  std::vector<double> m_lengths;
};

}  // namespace pactgraph::detail
