#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <span>
#include <type_traits>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/edge_weight.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// A partition of the vertices into communities.
struct partition {
  std::vector<std::uint32_t> community_of;  ///< per vertex; communities numbered in order of their smallest vertex
  std::size_t count = 0;
  double modularity = 0;  ///< of this partition, on the graph and weights it was found with

  /// The vertices of each community, ascending.
  [[nodiscard]] std::vector<std::vector<std::uint32_t>> members() const;
};

/// Settings of modularity and of the Louvain method.
struct modularity_options {
  double resolution = 1.0;  ///< γ: above 1 favours smaller communities
  edge_weight weight = edge_weight::unit;
  std::span<const double> weights = {};  ///< one weight per edge (snapshot::edges() order); overrides `weight`
  double threshold = 1e-7;  ///< Louvain stops when a level gains less modularity than this (networkx's default)
};

namespace detail {

/// A uniform draw in [0, bound) from the generator's raw output by rejection, so a seed gives the same
/// communities whatever standard library runs it (std::uniform_int_distribution is implementation-defined).
template <random_generator Generator>
std::uint64_t draw_below(Generator& gen, std::uint64_t bound) {
  using result = typename std::remove_reference_t<Generator>::result_type;
  const auto span = static_cast<std::uint64_t>(static_cast<result>(gen.max() - gen.min()));
  assert(bound > 0 && span >= bound - 1);
  const std::uint64_t rejected = (span % bound + 1) % bound;  // (span + 1) mod bound, without overflow
  std::uint64_t x = 0;
  do {
    x = static_cast<std::uint64_t>(static_cast<result>(gen() - gen.min()));
  } while (x > span - rejected);
  return x % bound;
}

/// A uniform draw in [0, bound) by the caller's generator, so the compiled Louvain method takes any
/// generator through one function pointer and makes the same draws as a template would.
struct bounded_draw {
  void* generator = nullptr;
  std::uint64_t (*draw)(void* generator, std::uint64_t bound) = nullptr;

  std::uint64_t operator()(std::uint64_t bound) const { return draw(generator, bound); }
};

template <random_generator Generator>
bounded_draw bounded_draw_of(Generator& gen) {
  return {.generator = &gen, .draw = [](void* g, std::uint64_t bound) {
            return draw_below(*static_cast<Generator*>(g), bound);
          }};
}

/// The weight of each edge by `options` (empty: every edge 1), checked by the one rule of weights.
std::span<const double> modularity_weights(const simple_graph& g, const modularity_options& options,
                                           std::vector<double>& storage);

/// Modularity of `community` on `g` with its edge weights (networkx `community.modularity`).
double modularity(const simple_graph& g, std::span<const double> weights, std::span<const std::uint32_t> community,
                  double resolution);

/// Louvain communities of `g` with its edge weights, the order of moves shuffled by `draw`.
partition louvain(const simple_graph& g, std::span<const double> weights, const modularity_options& options,
                  bounded_draw draw);

}  // namespace detail

/// The modularity of a partition (`community[v]` for each vertex), every edge of weight 1
/// unless `options` weighs them otherwise (edge_weight.hpp), with resolution γ:
/// undirected Q = Σ_c [L_c / m − γ (d_c / 2m)²], directed Q = Σ_c [L_c / m − γ d⁺_c d⁻_c / m²]
/// (networkx `community.modularity`); NaN on a graph without edges. O(n + m).
/// Newman and Girvan, doi:10.1103/PhysRevE.69.026113.
template <algorithm_graph Graph>
double modularity(const Graph& g, std::span<const std::uint32_t> community, const modularity_options& options = {}) {
  const auto& graph = detail::simple_graph_of(g);
  std::vector<double> storage;
  return detail::modularity(graph, detail::modularity_weights(graph, options, storage), community,
                            options.resolution);
}

/// The modularity of a partition with edge weights from a readable property map (parallel edges keep the smallest).
template <bgl_graph Graph, edge_length_map<Graph> WeightMap>
double modularity(const Graph& g, std::span<const std::uint32_t> community, WeightMap weight,
                  const modularity_options& options = {}) {
  const auto graph = to_simple_graph(g, weight);
  std::vector<double> storage;
  return detail::modularity(graph, detail::modularity_weights(graph, options, storage), community,
                            options.resolution);
}

/// Communities by the Louvain method: nodes move to the neighbouring community that raises modularity
/// most, in an order shuffled by `gen`, then communities merge into nodes, until a level gains less
/// than `options.threshold`. The same generator state gives the same partition. A directed graph is
/// read as its underlying undirected graph. About O(m) per level in practice.
/// Blondel, Guillaume, Lambiotte and Lefebvre, doi:10.1088/1742-5468/2008/10/P10008.
template <algorithm_graph Graph, random_generator Generator>
partition louvain_communities(const Graph& g, Generator&& gen, const modularity_options& options = {}) {
  const auto& graph = detail::simple_graph_of(g);
  std::vector<double> storage;
  return detail::louvain(graph, detail::modularity_weights(graph, options, storage), options,
                         detail::bounded_draw_of(gen));
}

/// Louvain communities with edge weights from a readable property map.
template <bgl_graph Graph, edge_length_map<Graph> WeightMap, random_generator Generator>
partition louvain_communities(const Graph& g, WeightMap weight, Generator&& gen, const modularity_options& options = {}) {
  const auto graph = to_simple_graph(g, weight);
  std::vector<double> storage;
  return detail::louvain(graph, detail::modularity_weights(graph, options, storage), options,
                         detail::bounded_draw_of(gen));
}

}  // namespace pactgraph
