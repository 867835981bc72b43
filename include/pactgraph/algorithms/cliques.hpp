#pragma once

#include <cstdint>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

namespace detail {

/// The maximal cliques of the underlying undirected graph of `g`, each ascending, in lexicographic order.
std::vector<std::vector<std::uint32_t>> maximal_cliques(const simple_graph& g);

}  // namespace detail

/// Every maximal clique (isolated vertices are cliques of one), each ascending, listed in
/// lexicographic order; a directed graph is read as its underlying undirected graph.
/// Bron–Kerbosch with Tomita's pivot, O(3^(n/3)) in the worst case; Tomita, Tanaka and Takahashi,
/// doi:10.1016/j.tcs.2006.06.015. The set equals networkx `find_cliques`.
template <algorithm_graph Graph>
std::vector<std::vector<std::uint32_t>> maximal_cliques(const Graph& g) {
  return detail::maximal_cliques(detail::simple_graph_of(g));
}

}  // namespace pactgraph
