// Core numbers by Batagelj and Zaversnik's bucket algorithm.

#include "pactgraph/algorithms/kcore.hpp"

#include <algorithm>
#include <utility>

namespace pactgraph {

namespace detail {

std::vector<std::uint32_t> core_numbers(const simple_graph& g) {
  const std::size_t n = g.vertex_count();
  // A directed graph counts in- and out-arcs, so a reciprocated pair counts twice, as networkx does.
  auto for_each_neighbour = [&](std::uint32_t v, auto visit) {
    for (const std::uint32_t w : g.out(v)) visit(w);
    if (g.directed())
      for (const std::uint32_t w : g.in(v)) visit(w);
  };
  std::vector<std::uint32_t> degree(n);
  std::uint32_t top = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    degree[v] = static_cast<std::uint32_t>(g.out(v).size() + (g.directed() ? g.in(v).size() : 0));
    top = std::max(top, degree[v]);
  }
  // Vertices bucket-sorted by degree: bin[d] is where degree d starts in `order`.
  std::vector<std::uint32_t> bin(top + 2, 0), order(n), position(n);
  for (std::uint32_t v = 0; v < n; ++v) ++bin[degree[v] + 1];
  for (std::uint32_t d = 0; d <= top; ++d) bin[d + 1] += bin[d];
  {
    std::vector<std::uint32_t> next(bin.begin(), bin.end() - 1);
    for (std::uint32_t v = 0; v < n; ++v) {
      position[v] = next[degree[v]]++;
      order[position[v]] = v;
    }
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t v = order[i];
    for_each_neighbour(v, [&](std::uint32_t u) {
      if (degree[u] <= degree[v]) return;
      // Move u to the front of its bucket, then shrink the bucket past it.
      const std::uint32_t du = degree[u], pu = position[u], pw = bin[du], w = order[pw];
      if (u != w) {
        std::swap(order[pu], order[pw]);
        position[u] = pw;
        position[w] = pu;
      }
      ++bin[du];
      --degree[u];
    });
  }
  return degree;
}

}  // namespace detail

}  // namespace pactgraph
