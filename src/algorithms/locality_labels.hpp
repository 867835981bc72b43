#pragma once

// Vertex relabelling of a sweep's compact arcs, for memory locality. Each search touches the distance and
// the path count or share of every neighbour it scans; on a graph with hubs most arcs lead to a few
// vertices, and in the caller's labels those sit scattered over arrays larger than the L2 cache. Labelled
// in breadth-first order from the highest-degree vertex, hubs first among each vertex's neighbours, the
// hubs and the vertices near them share cache lines, and rows sorted by the new labels read them in
// ascending order. It pays only once the working set outgrows L2, so smaller graphs keep their labels
// (the measurements are in bench/RESULTS.md).
// The order of additions within a search changes, so betweenness can differ from the unrelabelled search in
// the last bits; distance, inverse-distance and reach sums are added per vertex in the same source order
// and do not change. Thread counts still give the same bits.

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "bfs_sweep.hpp"

namespace pactgraph::detail {

/// Whether relabelling pays: when a search's working set (distance, path count or share, order: 16
/// bytes per vertex; 4 bytes per arc) is larger than 256 KiB, half of the L2 cache of the machines measured.
[[nodiscard]] bool locality_pays(const compact_out_arcs& g);

/// The new label of each vertex (old → new): breadth-first order, started from each not yet reached
/// vertex in order of falling out-degree, neighbours taken in order of falling out-degree. O(V + E log E).
[[nodiscard]] std::vector<std::uint32_t> locality_labels(const compact_out_arcs& g);

/// Rewrites the arcs so that vertex v becomes label[v], each row sorted by the new labels; an arc keeps
/// its edge. O(V + E log E).
void relabel_arcs(compact_out_arcs& g, std::span<const std::uint32_t> label);

/// Back to the caller's labels: values[v] becomes the value of label[v]. O(V).
template <class T>
void unlabel(std::vector<T>& values, std::span<const std::uint32_t> label) {
  if (values.empty()) return;
  std::vector<T> out(values.size());
  for (std::size_t v = 0; v < out.size(); ++v) out[v] = values[label[v]];
  values = std::move(out);
}

}  // namespace pactgraph::detail
