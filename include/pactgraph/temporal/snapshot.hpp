#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/graph/simple_graph.hpp"
#include "pactgraph/temporal/selection.hpp"

namespace pactgraph {

class active_ties;

/// The materialised graph type of a snapshot.
using snapshot_graph = simple_graph;

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
/// `graph()` is a simple_graph, which models the Boost.Graph VertexList, Incidence, Bidirectional,
/// Adjacency and EdgeList concepts, so BGL algorithms run on it directly. Build cost O(T + A) for T
/// ties and A actors in the network. Does not keep a reference to the network.
class snapshot {
 public:
  snapshot() = default;

  /// The undirected snapshot of `net` on `day`.
  snapshot(const alliance_network& net, day_number day, snapshot_options options = {});

  /// The undirected snapshot on the day a cursor stands at (see active_ties.hpp): the same graph, built
  /// from the active ties alone instead of a scan of every tie.
  explicit snapshot(const active_ties& active, snapshot_options options = {});

  /// Rebuilds this snapshot on the day `active` stands at, reusing its storage (a series builds one
  /// snapshot per date this way).
  void assign(const active_ties& active, snapshot_options options = {});

  [[nodiscard]] day_number day() const { return m_day; }
  [[nodiscard]] const snapshot_options& options() const { return m_options; }
  [[nodiscard]] bool directed() const { return m_graph.directed(); }

  [[nodiscard]] std::size_t vertex_count() const { return m_graph.vertex_count(); }
  [[nodiscard]] std::size_t edge_count() const { return m_graph.edge_count(); }
  /// The actor behind each vertex, in vertex order.
  [[nodiscard]] std::span<const actor_id> nodes() const { return m_graph.actors(); }
  /// The actor behind `vertex`; throws lookup_error when the snapshot has no such vertex.
  [[nodiscard]] actor_id actor_at(std::uint32_t vertex) const {
    if (vertex >= vertex_count())
      throw lookup_error("vertex " + std::to_string(vertex) + " out of range (" + std::to_string(vertex_count()) +
                         " in the snapshot)");
    return nodes()[vertex];
  }
  /// The vertex of an actor, if the snapshot keeps it.
  [[nodiscard]] std::optional<std::uint32_t> vertex_of(actor_id a) const {
    const auto all = nodes();
    const auto it = std::lower_bound(all.begin(), all.end(), a);
    if (it == all.end() || *it != a) return std::nullopt;
    return static_cast<std::uint32_t>(it - all.begin());
  }

  [[nodiscard]] std::span<const snapshot_edge> edges() const { return m_graph.edges(); }
  /// The network's ties collapsed into an edge.
  [[nodiscard]] std::span<const tie_id> ties_of(const snapshot_edge& e) const { return m_graph.ties_of(e); }
  /// The edge between two vertices (for directed snapshots, the arc u → v), if any.
  [[nodiscard]] std::optional<std::uint32_t> edge_between(std::uint32_t u, std::uint32_t v) const {
    return m_graph.edge_between(u, v);
  }

  [[nodiscard]] const snapshot_graph& graph() const { return m_graph; }
  /// CSR row offsets: the out-arcs of vertex v are columns()[row_starts()[v] .. row_starts()[v+1]).
  [[nodiscard]] std::span<const std::uint32_t> row_starts() const { return m_graph.out_offsets(); }
  /// CSR targets, sorted within each row.
  [[nodiscard]] std::span<const std::uint32_t> columns() const { return m_graph.out_targets(); }
  /// The snapshot edge of each CSR arc, parallel to columns().
  [[nodiscard]] std::uint32_t arc_edge(std::size_t arc) const { return m_graph.out_edges()[arc]; }

  [[nodiscard]] const snapshot_diagnostics& diagnostics() const { return m_diagnostics; }

 protected:
  /// The directed obligation view's build: arc i → j when i pledges one of `options.kinds` to j.
  void build_obligations(const alliance_network& net, day_number day, snapshot_options options);

 private:
  void build(const alliance_network& net, const active_ties* active, bool obligations);

  day_number m_day = 0;
  snapshot_options m_options;
  simple_graph m_graph;
  snapshot_diagnostics m_diagnostics;
};

}  // namespace pactgraph
