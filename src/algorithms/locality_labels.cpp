#include "locality_labels.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace pactgraph::detail {

bool locality_pays(const compact_out_arcs& g) {
  const std::size_t bytes = 16 * (g.rows.size() - 1) + 4 * g.cols.size();
  return bytes > std::size_t{256} * 1024;
}

std::vector<std::uint32_t> locality_labels(const compact_out_arcs& g) {
  const auto n = static_cast<std::uint32_t>(g.rows.size() - 1);
  const auto degree = [&](std::uint32_t v) { return g.rows[v + 1] - g.rows[v]; };
  const auto busier = [&](std::uint32_t a, std::uint32_t b) { return degree(a) > degree(b); };
  std::vector<std::uint32_t> starts(n);
  std::iota(starts.begin(), starts.end(), 0u);
  std::stable_sort(starts.begin(), starts.end(), busier);
  std::vector<std::uint32_t> order;  // new → old
  order.reserve(n);
  std::vector<bool> seen(n, false);
  std::vector<std::uint32_t> next;
  for (const auto s : starts) {
    if (seen[s]) continue;
    seen[s] = true;
    order.push_back(s);
    for (std::size_t head = order.size() - 1; head < order.size(); ++head) {
      const auto v = order[head];
      next.assign(g.cols.begin() + g.rows[v], g.cols.begin() + g.rows[v + 1]);
      std::stable_sort(next.begin(), next.end(), busier);
      for (const auto w : next)
        if (!seen[w]) {
          seen[w] = true;
          order.push_back(w);
        }
    }
  }
  std::vector<std::uint32_t> label(n);
  for (std::uint32_t i = 0; i < n; ++i) label[order[i]] = i;
  return label;
}

void relabel_arcs(compact_out_arcs& g, std::span<const std::uint32_t> label) {
  const std::size_t n = g.rows.size() - 1;
  std::vector<std::uint32_t> old_of(n);
  for (std::uint32_t v = 0; v < n; ++v) old_of[label[v]] = v;
  compact_out_arcs out;
  out.symmetric = g.symmetric;
  out.rows.assign(n + 1, 0);
  out.cols.resize(g.cols.size());
  out.arc_edge.resize(g.arc_edge.size());
  std::vector<std::uint32_t> arcs;
  for (std::uint32_t i = 0; i < n; ++i) {
    const auto v = old_of[i];
    arcs.resize(g.rows[v + 1] - g.rows[v]);
    std::iota(arcs.begin(), arcs.end(), g.rows[v]);
    std::sort(arcs.begin(), arcs.end(), [&](auto a, auto b) { return label[g.cols[a]] < label[g.cols[b]]; });
    std::uint32_t k = out.rows[i];
    for (const auto a : arcs) {
      out.cols[k] = label[g.cols[a]];
      if (!g.arc_edge.empty()) out.arc_edge[k] = g.arc_edge[a];
      ++k;
    }
    out.rows[i + 1] = k;
  }
  g = std::move(out);
}

}  // namespace pactgraph::detail
