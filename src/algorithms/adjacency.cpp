// The simple graph the structural algorithms and paths run on, built once per call.

#include "pactgraph/algorithms/detail/adjacency.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace pactgraph::detail {

std::vector<std::uint32_t> adjacency::neighbours(std::uint32_t v) const {
  const auto o = out(v);
  if (!directed) return {o.begin(), o.end()};
  const auto i = in(v);
  std::vector<std::uint32_t> all;
  all.reserve(o.size() + i.size());
  std::set_union(o.begin(), o.end(), i.begin(), i.end(), std::back_inserter(all));
  return all;
}

adjacency adjacency::from_arcs(std::size_t n, bool directed,
                               std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, double>> arcs) {
  adjacency a;
  a.directed = directed;
  std::erase_if(arcs, [](const auto& x) { return std::get<0>(x) == std::get<1>(x); });
  if (!directed) {
    const std::size_t m = arcs.size();
    for (std::size_t i = 0; i < m; ++i) {
      const auto [u, v, e, w] = arcs[i];
      arcs.emplace_back(v, u, e, w);
    }
  }
  std::sort(arcs.begin(), arcs.end(), [](const auto& x, const auto& y) {
    return std::tie(std::get<0>(x), std::get<1>(x), std::get<3>(x), std::get<2>(x)) <
           std::tie(std::get<0>(y), std::get<1>(y), std::get<3>(y), std::get<2>(y));
  });
  arcs.erase(std::unique(arcs.begin(), arcs.end(),
                         [](const auto& x, const auto& y) {
                           return std::get<0>(x) == std::get<0>(y) && std::get<1>(x) == std::get<1>(y);
                         }),
             arcs.end());
  a.offsets.assign(n + 1, 0);
  for (const auto& x : arcs) ++a.offsets[std::get<0>(x) + 1];
  for (std::size_t v = 0; v < n; ++v) a.offsets[v + 1] += a.offsets[v];
  a.targets.reserve(arcs.size());
  for (const auto& [u, v, e, w] : arcs) {
    a.targets.push_back(v);
    a.edges.push_back(e);
    a.weights.push_back(w);
  }
  a.edge_count = directed ? arcs.size() : arcs.size() / 2;
  if (directed) {
    a.in_offsets.assign(n + 1, 0);
    for (const auto t : a.targets) ++a.in_offsets[t + 1];
    for (std::size_t v = 0; v < n; ++v) a.in_offsets[v + 1] += a.in_offsets[v];
    a.in_sources.resize(a.targets.size());
    std::vector<std::uint32_t> next(a.in_offsets.begin(), a.in_offsets.end() - 1);
    // Sources arrive in increasing order, so every in-row comes out sorted.
    for (std::uint32_t u = 0; u < n; ++u)
      for (std::uint32_t k = a.offsets[u]; k < a.offsets[u + 1]; ++k) a.in_sources[next[a.targets[k]]++] = u;
  }
  return a;
}

adjacency adjacency_of(const snapshot& s) {
  return adjacency_of(s, [](const snapshot_edge&) { return 1.0; });
}

}  // namespace pactgraph::detail
