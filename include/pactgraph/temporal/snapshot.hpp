#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "pactgraph/temporal/selection.hpp"

namespace pactgraph {

/// Property of a CSR arc: the snapshot edge (collapsed pair) it belongs to.
struct snapshot_arc {
  std::uint32_t edge = 0;
};

/// The materialised graph type: CSR, arcs in both directions for undirected snapshots.
using snapshot_graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, snapshot_arc>;

/// All ties between one pair of vertices on the day, collapsed into one edge.
struct snapshot_edge {
  std::uint32_t u = 0;  ///< local vertex; for undirected snapshots u < v
  std::uint32_t v = 0;
  std::uint32_t first_tie = 0;  ///< into snapshot::tie_ids()
  std::uint32_t multiplicity = 0;
  std::uint32_t positive = 0;  ///< ties of sign +1
  std::uint32_t negative = 0;  ///< ties of sign -1
  tie_kind kinds = tie_kind::none;

  /// +1 or -1 when all ties agree, 0 when the pair has both cooperative and hostile ties.
  [[nodiscard]] int sign() const { return negative == 0 ? 1 : positive == 0 ? -1 : 0; }
};

/// What a snapshot left out, so "no tie" is never confused with "not in the data".
struct snapshot_diagnostics {
  std::size_t ties_with_absent_end = 0;  ///< active ties of kept kinds with an end outside the state system
  std::vector<actor_id> absent_actors{};   ///< distinct such ends, sorted
  bool covered = true;                   ///< some source of the network covers the day
};

/// A simple graph materialised from a network on one day: kept actors are the vertices
/// (in actor-id order), parallel ties between a pair collapse into one edge that keeps
/// their multiplicity, kinds and signs.
///
/// `graph()` models the Boost.Graph VertexList, Incidence, Bidirectional, Adjacency and
/// EdgeList concepts, so BGL algorithms run on it directly. Build cost O(T log T) for T
/// ties in the network. Does not keep a reference to the network.
class snapshot {
 public:
  snapshot() = default;

  /// The undirected snapshot of `net` on `day`.
  snapshot(const alliance_network& net, day_number day, snapshot_options options = {})
      : m_day(day), m_options(options), m_directed(false) {
    const selection rule(net, day, options);
    std::vector<std::tuple<std::uint32_t, std::uint32_t, tie_id>> arcs;
    collect(net, rule, [&](const tie&, tie_id id, std::uint32_t a, std::uint32_t b) {
      arcs.emplace_back(std::min(a, b), std::max(a, b), id);
    });
    build(net, std::move(arcs));
  }

  [[nodiscard]] day_number day() const { return m_day; }
  [[nodiscard]] const snapshot_options& options() const { return m_options; }
  [[nodiscard]] bool directed() const { return m_directed; }

  [[nodiscard]] std::size_t vertex_count() const { return m_nodes.size(); }
  [[nodiscard]] std::size_t edge_count() const { return m_edges.size(); }
  /// The actor behind each vertex, in vertex order.
  [[nodiscard]] std::span<const actor_id> nodes() const { return m_nodes; }
  [[nodiscard]] actor_id actor_at(std::uint32_t vertex) const { return m_nodes.at(vertex); }
  /// The vertex of an actor, if the snapshot keeps it.
  [[nodiscard]] std::optional<std::uint32_t> vertex_of(actor_id a) const {
    const auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), a);
    if (it == m_nodes.end() || *it != a) return std::nullopt;
    return static_cast<std::uint32_t>(it - m_nodes.begin());
  }

  [[nodiscard]] std::span<const snapshot_edge> edges() const { return m_edges; }
  /// The network's ties collapsed into an edge.
  [[nodiscard]] std::span<const tie_id> ties_of(const snapshot_edge& e) const {
    return std::span<const tie_id>(m_ties).subspan(e.first_tie, e.multiplicity);
  }
  /// The edge between two vertices (for directed snapshots, the arc u → v), if any.
  [[nodiscard]] std::optional<std::uint32_t> edge_between(std::uint32_t u, std::uint32_t v) const {
    if (u >= m_nodes.size() || v >= m_nodes.size()) return std::nullopt;
    const auto cols = columns();
    const auto first = cols.begin() + static_cast<std::ptrdiff_t>(row_starts()[u]);
    const auto last = cols.begin() + static_cast<std::ptrdiff_t>(row_starts()[u + 1]);
    const auto it = std::lower_bound(first, last, v);
    if (it == last || *it != v) return std::nullopt;
    return m_graph.m_forward.m_edge_properties[static_cast<std::size_t>(it - cols.begin())].edge;
  }

  [[nodiscard]] const snapshot_graph& graph() const { return m_graph; }
  /// CSR row offsets: the out-arcs of vertex v are columns()[row_starts()[v] .. row_starts()[v+1]).
  [[nodiscard]] std::span<const std::size_t> row_starts() const { return m_graph.m_forward.m_rowstart; }
  /// CSR targets, sorted within each row.
  [[nodiscard]] std::span<const std::size_t> columns() const { return m_graph.m_forward.m_column; }
  /// The snapshot edge of each CSR arc, parallel to columns().
  [[nodiscard]] std::uint32_t arc_edge(std::size_t arc) const { return m_graph.m_forward.m_edge_properties[arc].edge; }

  [[nodiscard]] const snapshot_diagnostics& diagnostics() const { return m_diagnostics; }

 protected:
  /// For derived views (the directed obligation view): members set, arcs supplied later.
  snapshot(day_number day, snapshot_options options, bool directed)
      : m_day(day), m_options(options), m_directed(directed) {}

  /// Picks the vertices and calls `on_tie(tie, id, local a, local b)` for every kept tie.
  template <class OnTie>
  void collect(const alliance_network& net, const selection& rule, OnTie on_tie) {
    std::vector<std::uint32_t> local(net.actor_count(), unmapped);
    for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
      const actor_id a{i};
      if (!rule.keeps(a)) continue;
      local[i] = static_cast<std::uint32_t>(m_nodes.size());
      m_nodes.push_back(a);
    }
    const auto ties = net.ties();
    for (std::uint32_t i = 0; i < ties.size(); ++i) {
      const tie& t = ties[i];
      if (!rule.keeps_tie(t)) continue;
      const std::uint32_t a = local[t.a.value()];
      const std::uint32_t b = local[t.b.value()];
      if (a != unmapped && b != unmapped) {
        on_tie(t, tie_id{i}, a, b);
        continue;
      }
      // Only ends of a kept kind that are absent on the day count as "outside the data".
      bool absent = false;
      for (const actor_id end : {t.a, t.b})
        if (local[end.value()] == unmapped && includes(rule.options().actors, net[end].kind)) {
          m_diagnostics.absent_actors.push_back(end);
          absent = true;
        }
      if (absent) ++m_diagnostics.ties_with_absent_end;
    }
    auto& absent = m_diagnostics.absent_actors;
    std::sort(absent.begin(), absent.end());
    absent.erase(std::unique(absent.begin(), absent.end()), absent.end());
    m_diagnostics.covered = net.covered(m_day);
  }

  /// Collapses (u, v, tie) arcs into edges and builds the CSR graph.
  void build(const alliance_network& net, std::vector<std::tuple<std::uint32_t, std::uint32_t, tie_id>> arcs) {
    std::sort(arcs.begin(), arcs.end());
    m_ties.reserve(arcs.size());
    for (const auto& [u, v, id] : arcs) {
      if (m_edges.empty() || m_edges.back().u != u || m_edges.back().v != v)
        m_edges.push_back({.u = u, .v = v, .first_tie = static_cast<std::uint32_t>(m_ties.size())});
      auto& e = m_edges.back();
      const tie& t = net[id];
      ++e.multiplicity;
      (t.sign() < 0 ? e.negative : e.positive) += 1;
      // An arc of a directed view carries what its tail pledges; an undirected edge both sides.
      e.kinds |= m_directed ? t.pledged_by(m_nodes[u]) : t.kinds();
      m_ties.push_back(id);
    }
    std::vector<std::pair<std::size_t, std::size_t>> csr_arcs;
    std::vector<snapshot_arc> props;
    csr_arcs.reserve(m_edges.size() * (m_directed ? 1 : 2));
    for (std::uint32_t i = 0; i < m_edges.size(); ++i) {
      csr_arcs.emplace_back(m_edges[i].u, m_edges[i].v);
      if (!m_directed) csr_arcs.emplace_back(m_edges[i].v, m_edges[i].u);
    }
    std::vector<std::uint32_t> order(csr_arcs.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return csr_arcs[x] < csr_arcs[y]; });
    std::vector<std::pair<std::size_t, std::size_t>> sorted;
    sorted.reserve(order.size());
    props.reserve(order.size());
    for (const std::uint32_t i : order) {
      sorted.push_back(csr_arcs[i]);
      props.push_back({m_directed ? i : i / 2});
    }
    m_graph = snapshot_graph(boost::edges_are_unsorted_multi_pass, sorted.begin(), sorted.end(), props.begin(),
                             m_nodes.size());
  }

 private:
  static constexpr std::uint32_t unmapped = 0xffffffffu;

  day_number m_day = 0;
  snapshot_options m_options;
  bool m_directed = false;
  std::vector<actor_id> m_nodes;
  std::vector<snapshot_edge> m_edges;
  std::vector<tie_id> m_ties;
  snapshot_graph m_graph;
  snapshot_diagnostics m_diagnostics;
};

}  // namespace pactgraph

namespace boost {
/// Boost 1.74's bidirectional CSR graph lacks the degree() that BidirectionalGraphConcept asks for.
inline std::size_t degree(std::size_t v, const pactgraph::snapshot_graph& g) { return out_degree(v, g) + in_degree(v, g); }
}  // namespace boost
