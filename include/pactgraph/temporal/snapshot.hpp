#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "pactgraph/error.hpp"
#include "pactgraph/temporal/active_ties.hpp"
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
/// EdgeList concepts, so BGL algorithms run on it directly. Build cost O(T + A) for T
/// ties and A actors in the network. Does not keep a reference to the network.
class snapshot {
 public:
  snapshot() = default;

  /// The undirected snapshot of `net` on `day`.
  snapshot(const alliance_network& net, day_number day, snapshot_options options = {})
      : m_day(day), m_options(options), m_directed(false) {
    build_undirected(net, nullptr);
  }

  /// The undirected snapshot on the day a cursor stands at (see active_ties.hpp): the same graph, built
  /// from the active ties alone instead of a scan of every tie.
  explicit snapshot(const active_ties& active, snapshot_options options = {})
      : m_day(active.day()), m_options(options), m_directed(false) {
    build_undirected(active.network(), &active);
  }

  [[nodiscard]] day_number day() const { return m_day; }
  [[nodiscard]] const snapshot_options& options() const { return m_options; }
  [[nodiscard]] bool directed() const { return m_directed; }

  [[nodiscard]] std::size_t vertex_count() const { return m_nodes.size(); }
  [[nodiscard]] std::size_t edge_count() const { return m_edges.size(); }
  /// The actor behind each vertex, in vertex order.
  [[nodiscard]] std::span<const actor_id> nodes() const { return m_nodes; }
  /// The actor behind `vertex`; throws lookup_error when the snapshot has no such vertex.
  [[nodiscard]] actor_id actor_at(std::uint32_t vertex) const {
    if (vertex >= m_nodes.size())
      throw lookup_error("vertex " + std::to_string(vertex) + " out of range (" + std::to_string(m_nodes.size()) +
                         " in the snapshot)");
    return m_nodes[vertex];
  }
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

  /// One kept tie as an arc u → v between local vertices (u < v for undirected snapshots), with what
  /// the edge needs from it, so building never goes back to the network's tie array.
  struct kept_tie {
    std::uint32_t u = 0;
    std::uint32_t v = 0;
    tie_id id{};
    tie_kind kinds = tie_kind::none;  ///< for a directed arc, what its tail pledges
    int sign = 0;
  };

  /// Picks the vertices and calls `on_tie(tie, id, local a, local b)` for every kept tie, in tie order.
  /// Reads only the ties `active` holds when given, else every tie.
  template <class OnTie>
  void collect(const alliance_network& net, const selection& rule, const active_ties* active, OnTie on_tie) {
    std::vector<std::uint32_t> local(net.actor_count(), unmapped);
    for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
      const actor_id a{i};
      if (!rule.keeps(a)) continue;
      local[i] = static_cast<std::uint32_t>(m_nodes.size());
      m_nodes.push_back(a);
    }
    // Absent ends are marked, not listed per tie: one tie-heavy absent actor would list itself thousands of times.
    std::vector<bool> absent_end(net.actor_count(), false);
    const auto ties = net.ties();
    auto visit = [&](std::uint32_t i) {
      const tie& t = ties[i];
      if (!rule.keeps_tie(t)) return;
      const std::uint32_t a = local[t.a.value()];
      const std::uint32_t b = local[t.b.value()];
      if (a != unmapped && b != unmapped) {
        on_tie(t, tie_id{i}, a, b);
        return;
      }
      // Only ends of a kept kind that are absent on the day count as "outside the data".
      bool absent = false;
      for (const actor_id end : {t.a, t.b})
        if (local[end.value()] == unmapped && includes(rule.options().actors, net[end].kind)) {
          absent_end[end.value()] = true;
          absent = true;
        }
      if (absent) ++m_diagnostics.ties_with_absent_end;
    };
    if (active != nullptr)
      active->for_each(visit);
    else
      for (std::uint32_t i = 0; i < ties.size(); ++i) visit(i);
    for (std::uint32_t i = 0; i < absent_end.size(); ++i)
      if (absent_end[i]) m_diagnostics.absent_actors.push_back(actor_id{i});
    m_diagnostics.covered = net.covered(m_day);
  }

  /// Collapses the arcs (given in tie order) into edges and builds the CSR graph: O(T + V), no comparison sort.
  void build(std::vector<kept_tie> arcs) {
    arcs = sorted_by_ends(std::move(arcs), m_nodes.size());
    m_ties.reserve(arcs.size());
    for (const auto& a : arcs) {
      if (m_edges.empty() || m_edges.back().u != a.u || m_edges.back().v != a.v)
        m_edges.push_back({.u = a.u, .v = a.v, .first_tie = static_cast<std::uint32_t>(m_ties.size())});
      auto& e = m_edges.back();
      ++e.multiplicity;
      (a.sign < 0 ? e.negative : e.positive) += 1;
      e.kinds |= a.kinds;
      m_ties.push_back(a.id);
    }
    // Boost places arcs row by row in the order given, so rows come out sorted when the arcs to smaller
    // neighbours (edges sorted by (u, v), read as v → u) come before the arcs to larger ones (u → v).
    std::vector<std::pair<std::size_t, std::size_t>> csr_arcs;
    std::vector<snapshot_arc> props;
    csr_arcs.reserve(m_edges.size() * (m_directed ? 1 : 2));
    props.reserve(csr_arcs.capacity());
    if (!m_directed)
      for (std::uint32_t i = 0; i < m_edges.size(); ++i) {
        csr_arcs.emplace_back(m_edges[i].v, m_edges[i].u);
        props.push_back({i});
      }
    for (std::uint32_t i = 0; i < m_edges.size(); ++i) {
      csr_arcs.emplace_back(m_edges[i].u, m_edges[i].v);
      props.push_back({i});
    }
    m_graph = snapshot_graph(boost::edges_are_unsorted_multi_pass, csr_arcs.begin(), csr_arcs.end(), props.begin(),
                             m_nodes.size());
  }

 private:
  void build_undirected(const alliance_network& net, const active_ties* active) {
    const selection rule(net, m_day, m_options);
    std::vector<kept_tie> arcs;
    collect(net, rule, active, [&](const tie& t, tie_id id, std::uint32_t a, std::uint32_t b) {
      arcs.push_back({.u = std::min(a, b), .v = std::max(a, b), .id = id, .kinds = t.kinds(), .sign = t.sign()});
    });
    build(std::move(arcs));
  }

  /// Arcs in tie order, sorted by (u, v, tie) with two stable counting passes (by v, then by u): O(T + V).
  static std::vector<kept_tie> sorted_by_ends(std::vector<kept_tie> arcs, std::size_t n) {
    std::vector<kept_tie> out(arcs.size());
    std::vector<std::size_t> start(n + 1);
    auto pass = [&](const std::vector<kept_tie>& from, std::vector<kept_tie>& to, auto key) {
      std::fill(start.begin(), start.end(), 0);
      for (const auto& a : from) ++start[key(a) + 1];
      for (std::size_t i = 0; i < n; ++i) start[i + 1] += start[i];
      for (const auto& a : from) to[start[key(a)]++] = a;
    };
    pass(arcs, out, [](const kept_tie& a) { return a.v; });
    pass(out, arcs, [](const kept_tie& a) { return a.u; });
    return arcs;
  }

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
