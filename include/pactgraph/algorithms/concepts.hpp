#pragma once

// The concepts that constrain the algorithms, so a misuse fails in one line at the call.

#include <concepts>
#include <type_traits>

#include "pactgraph/detail/graph_concepts.hpp"

namespace pactgraph {

// Declared, not included: a plain Boost.Graph user of these concepts does not compile the model.
class snapshot;

/// A materialised snapshot (or a view derived from it, such as the obligation view); algorithms
/// read its CSR arrays directly.
template <class G>
concept snapshot_graph_like = std::derived_from<G, snapshot>;

/// Anything the graph algorithms accept: a pactgraph snapshot or a plain Boost.Graph graph.
template <class G>
concept algorithm_graph = snapshot_graph_like<G> || bgl_graph<G>;

namespace detail {
/// std::uniform_random_bit_generator, spelled out so that this header need not include <random>.
template <class G>
concept uniform_bits = std::invocable<G&> && std::unsigned_integral<std::invoke_result_t<G&>> && requires {
  { G::min() } -> std::same_as<std::invoke_result_t<G&>>;
  { G::max() } -> std::same_as<std::invoke_result_t<G&>>;
  requires std::bool_constant<(G::min() < G::max())>::value;
};
}  // namespace detail

/// The generator a randomised algorithm takes from its caller (never a global one): any
/// std::uniform_random_bit_generator, such as std::mt19937.
template <class R>
concept random_generator = detail::uniform_bits<std::remove_reference_t<R>>;

}  // namespace pactgraph
