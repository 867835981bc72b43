// Building a snapshot or an obligation view: pick the vertices, keep the ties, collapse them by pair.

#include "pactgraph/temporal/snapshot.hpp"

#include <utility>

#include "pactgraph/temporal/active_ties.hpp"

namespace pactgraph {

namespace {

constexpr std::uint32_t unmapped = 0xffffffffu;

/// One kept tie as an arc u → v between local vertices (u < v for undirected snapshots), with what
/// the edge needs from it, so building never goes back to the network's tie array.
struct kept_tie {
  std::uint32_t u = 0;
  std::uint32_t v = 0;
  tie_id id{};
  tie_kind kinds = tie_kind::none;  ///< for a directed arc, what its tail pledges
  int sign = 0;
};

/// The working arrays of a build, kept per thread so that a series of snapshots allocates them once.
struct build_buffers {
  std::vector<std::uint32_t> local;  ///< network actor → local vertex, or unmapped
  std::vector<bool> absent_end;
  std::vector<kept_tie> arcs, sorted;
  std::vector<std::size_t> start;

  /// Sorts `arcs` (in tie order) by (u, v, tie) with two stable counting passes, by v then by u: O(T + V).
  void sort_by_ends(std::size_t n) {
    sorted.resize(arcs.size());
    auto pass = [&](const std::vector<kept_tie>& from, std::vector<kept_tie>& to, auto key) {
      start.assign(n + 1, 0);
      for (const auto& a : from) ++start[key(a) + 1];
      for (std::size_t i = 0; i < n; ++i) start[i + 1] += start[i];
      for (const auto& a : from) to[start[key(a)]++] = a;
    };
    pass(arcs, sorted, [](const kept_tie& a) { return a.v; });
    pass(sorted, arcs, [](const kept_tie& a) { return a.u; });
  }
};

}  // namespace

snapshot::snapshot(const alliance_network& net, day_number day, snapshot_options options)
    : m_day(day), m_options(options) {
  build(net, nullptr, false);
}

snapshot::snapshot(const active_ties& active, snapshot_options options) { assign(active, options); }

void snapshot::assign(const active_ties& active, snapshot_options options) {
  m_day = active.day();
  m_options = options;
  build(active.network(), &active, false);
}

void snapshot::build_obligations(const alliance_network& net, day_number day, snapshot_options options) {
  m_day = day;
  m_options = options;
  build(net, nullptr, true);
}

void snapshot::build(const alliance_network& net, const active_ties* active, bool obligations) {
  thread_local build_buffers buffers;
  auto& local = buffers.local;
  auto& arcs = buffers.arcs;
  const selection rule(net, m_day, m_options);
  m_graph.reset(obligations);
  m_diagnostics = {};

  local.assign(net.actor_count(), unmapped);
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    const actor_id a{i};
    if (!rule.keeps(a)) continue;
    local[i] = static_cast<std::uint32_t>(m_graph.vertex_count());
    m_graph.add_vertex(a);
  }
  // Absent ends are marked, not listed per tie: one tie-heavy absent actor would list itself thousands of times.
  buffers.absent_end.assign(net.actor_count(), false);
  arcs.clear();
  const auto ties = net.ties();
  auto visit = [&](std::uint32_t i) {
    const tie& t = ties[i];
    if (!rule.keeps_tie(t)) return;
    const std::uint32_t a = local[t.a.value()];
    const std::uint32_t b = local[t.b.value()];
    if (a != unmapped && b != unmapped) {
      const tie_id id{i};
      if (!obligations) {
        arcs.push_back({.u = std::min(a, b), .v = std::max(a, b), .id = id, .kinds = t.kinds(), .sign = t.sign()});
        return;
      }
      if (any_of(t.pledges_a, m_options.kinds))
        arcs.push_back({.u = a, .v = b, .id = id, .kinds = t.pledges_a, .sign = t.sign()});
      if (any_of(t.pledges_b, m_options.kinds))
        arcs.push_back({.u = b, .v = a, .id = id, .kinds = t.pledges_b, .sign = t.sign()});
      return;
    }
    // Only ends of a kept kind that are absent on the day count as "outside the data".
    bool absent = false;
    for (const actor_id end : {t.a, t.b})
      if (local[end.value()] == unmapped && includes(m_options.actors, net[end].kind)) {
        buffers.absent_end[end.value()] = true;
        absent = true;
      }
    if (absent) ++m_diagnostics.ties_with_absent_end;
  };
  if (active != nullptr)
    active->for_each(visit);
  else
    for (std::uint32_t i = 0; i < ties.size(); ++i) visit(i);
  for (std::uint32_t i = 0; i < buffers.absent_end.size(); ++i)
    if (buffers.absent_end[i]) m_diagnostics.absent_actors.push_back(actor_id{i});
  m_diagnostics.covered = net.covered(m_day);

  buffers.sort_by_ends(m_graph.vertex_count());
  for (const auto& a : arcs) m_graph.add_tie(a.u, a.v, a.id, a.kinds, a.sign);
  m_graph.finish();
}

}  // namespace pactgraph
