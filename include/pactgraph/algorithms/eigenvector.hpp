#pragma once

#include <cstddef>
#include <vector>

#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/iteration_options.hpp"
#include "pactgraph/algorithms/normalization.hpp"
#include "pactgraph/algorithms/detail/simple_graph_of.hpp"

namespace pactgraph {

/// Options of eigenvector.
struct eigenvector_options {
  pactgraph::normalization normalization = pactgraph::normalization::networkx;
  iteration_options iteration = {};  ///< networkx's defaults: 100 iterations, tolerance 1e-6
};

namespace detail {

/// Eigenvector of a simple graph; eigenvector() builds it.
std::vector<double> eigenvector_of(const simple_graph& g, const eigenvector_options& o);

}  // namespace detail

/// Eigenvector centrality (Bonacich, DOI 10.1080/0022250X.1972.9989806) by power iteration on
/// A + I from the uniform vector, rescaled to unit Euclidean norm each step, as
/// networkx.eigenvector_centrality; on directed graphs a vertex scores from the arcs towards it.
///
/// networkx and raw: unit Euclidean norm; igraph: largest value 1 (igraph's scale=True). The shift
/// by I makes the iteration converge on bipartite graphs; on disconnected graphs it finds the same
/// vector networkx finds (small components fade towards 0). The empty graph gives an empty vector
/// (networkx raises). O(max_iterations · (V + E)). Throws usage_error on a tolerance that is not a
/// positive finite number or max_iterations 0, convergence_error when it does not converge.
template <algorithm_graph G>
[[nodiscard]] std::vector<double> eigenvector(const G& g, const eigenvector_options& options = {}) {
  return detail::eigenvector_of(detail::simple_graph_of(g), options);
}

}  // namespace pactgraph
