#pragma once

#include <cstdint>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

namespace detail {

std::vector<std::uint32_t> core_numbers(const simple_graph& g);

}  // namespace detail

/// The core number of each vertex: the largest k such that the vertex is in a subgraph where every
/// vertex has degree at least k. Parallel ties count once; on a directed graph the degree is in + out
/// (networkx `core_number`). Batagelj and Zaversnik's bucket algorithm, O(n + m); arXiv:cs/0310049.
template <algorithm_graph Graph>
std::vector<std::uint32_t> core_numbers(const Graph& g) {
  return detail::core_numbers(detail::simple_graph_of(g));
}

}  // namespace pactgraph
