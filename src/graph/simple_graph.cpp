// Building and searching the rows of a simple graph.

#include "pactgraph/graph/simple_graph.hpp"

#include <algorithm>
#include <iterator>

namespace pactgraph::bgl {

void simple_graph::reset(bool directed) {
  m_directed = directed;
  m_actors.clear();
  m_edges.clear();
  m_ties.clear();
  m_values.clear();
  m_offsets.assign(1, 0);
  m_targets.clear();
  m_arc_edges.clear();
  m_in_offsets.assign(1, 0);
  m_in_sources.clear();
  m_in_edges.clear();
}

void simple_graph::add_tie(std::uint32_t u, std::uint32_t v, tie_id id, tie_kind kinds, int sign) {
  if (m_edges.empty() || m_edges.back().u != u || m_edges.back().v != v)
    m_edges.push_back({.u = u, .v = v, .first_tie = static_cast<std::uint32_t>(m_ties.size())});
  auto& e = m_edges.back();
  ++e.multiplicity;
  (sign < 0 ? e.negative : e.positive) += 1;
  e.kinds |= kinds;
  m_ties.push_back(id);
}

void simple_graph::add_edge(std::uint32_t u, std::uint32_t v, std::uint32_t multiplicity) {
  m_edges.push_back({.u = u, .v = v, .multiplicity = multiplicity, .positive = multiplicity});
}

void simple_graph::place(std::vector<std::uint32_t>& next, std::uint32_t from, std::uint32_t to, std::uint32_t edge) {
  const std::uint32_t slot = next[from]++;
  m_targets[slot] = to;
  m_arc_edges[slot] = edge;
}

void simple_graph::finish() {
  const std::size_t n = m_actors.size();
  const auto m = static_cast<std::uint32_t>(m_edges.size());
  m_offsets.assign(n + 1, 0);
  for (const auto& e : m_edges) {
    ++m_offsets[e.u + 1];
    if (!m_directed) ++m_offsets[e.v + 1];
  }
  for (std::size_t i = 0; i < n; ++i) m_offsets[i + 1] += m_offsets[i];
  m_targets.resize(m_offsets[n]);
  m_arc_edges.resize(m_offsets[n]);
  std::vector<std::uint32_t> next(m_offsets.begin(), m_offsets.end() - 1);
  // Edges come sorted by (u, v), so each row comes out sorted: when undirected, every arc to a smaller
  // neighbour (edges by ascending u, read v → u) is placed before every arc to a larger one.
  if (!m_directed)
    for (std::uint32_t e = 0; e < m; ++e) place(next, m_edges[e].v, m_edges[e].u, e);
  for (std::uint32_t e = 0; e < m; ++e) place(next, m_edges[e].u, m_edges[e].v, e);
  if (!m_directed) return;
  m_in_offsets.assign(n + 1, 0);
  for (const auto& e : m_edges) ++m_in_offsets[e.v + 1];
  for (std::size_t i = 0; i < n; ++i) m_in_offsets[i + 1] += m_in_offsets[i];
  m_in_sources.resize(m);
  m_in_edges.resize(m);
  next.assign(m_in_offsets.begin(), m_in_offsets.end() - 1);
  // Edges by ascending u, so every in-row comes out sorted by source.
  for (std::uint32_t e = 0; e < m; ++e) {
    const std::uint32_t slot = next[m_edges[e].v]++;
    m_in_sources[slot] = m_edges[e].u;
    m_in_edges[slot] = e;
  }
}

std::vector<std::uint32_t> simple_graph::neighbours(std::uint32_t v) const {
  const auto o = out(v);
  if (!m_directed) return {o.begin(), o.end()};
  const auto i = in(v);
  std::vector<std::uint32_t> all;
  all.reserve(o.size() + i.size());
  std::set_union(o.begin(), o.end(), i.begin(), i.end(), std::back_inserter(all));
  return all;
}

std::uint32_t simple_graph::arc(std::uint32_t u, std::uint32_t v) const {
  const auto row = out(u);
  const auto it = std::lower_bound(row.begin(), row.end(), v);
  if (it == row.end() || *it != v) return no_arc;
  return m_offsets[u] + static_cast<std::uint32_t>(it - row.begin());
}

}  // namespace pactgraph::bgl

#include "pactgraph/graph/to_simple_graph.hpp"

#include <cmath>

namespace pactgraph::detail {

simple_graph simple_graph_of_arcs(std::size_t n, bool directed, std::vector<copied_arc> arcs, bool with_values) {
  std::erase_if(arcs, [](const copied_arc& a) { return a.u == a.v; });
  std::sort(arcs.begin(), arcs.end(), [](const copied_arc& a, const copied_arc& b) {
    return std::tie(a.u, a.v) < std::tie(b.u, b.v);
  });
  simple_graph g;
  g.reset(directed);
  for (std::size_t v = 0; v < n; ++v) g.add_vertex();
  std::vector<double> values;
  for (std::size_t i = 0; i < arcs.size();) {
    std::size_t j = i;
    double least = arcs[i].value;
    for (; j < arcs.size() && arcs[j].u == arcs[i].u && arcs[j].v == arcs[i].v; ++j)
      if (!std::isnan(least) && (std::isnan(arcs[j].value) || arcs[j].value < least)) least = arcs[j].value;
    g.add_edge(arcs[i].u, arcs[i].v, static_cast<std::uint32_t>(j - i));
    values.push_back(least);
    i = j;
  }
  if (with_values) g.set_values(std::move(values));
  g.finish();
  return g;
}

}  // namespace pactgraph::detail
