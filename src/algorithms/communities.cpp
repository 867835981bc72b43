// Modularity and the Louvain method on the graph the template fronts hand over.

#include "pactgraph/algorithms/communities.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "pactgraph/error.hpp"
#include "edge_values.hpp"
#include "pactgraph/graph/to_simple_graph.hpp"

namespace pactgraph {

std::vector<std::vector<std::uint32_t>> partition::members() const {
  std::vector<std::vector<std::uint32_t>> out(count);
  for (std::uint32_t v = 0; v < community_of.size(); ++v) out[community_of[v]].push_back(v);
  return out;
}

namespace detail {

std::span<const double> modularity_weights(const simple_graph& g, const modularity_options& options,
                                           std::vector<double>& storage) {
  return resolve_weights(g, options.weight, options.weights, storage);
}

double modularity(const simple_graph& g, std::span<const double> weights, std::span<const std::uint32_t> community,
                  double resolution) {
  const std::size_t n = g.vertex_count();
  if (community.size() != n) throw usage_error("the partition must give a community for every vertex");
  const std::size_t k = n == 0 ? 0 : *std::max_element(community.begin(), community.end()) + std::size_t{1};
  std::vector<double> inside(k, 0), out_strength(k, 0), in_strength(k, 0);
  double total = 0;  // m: the sum of edge weights (arc weights when directed)
  const auto offsets = g.out_offsets(), targets = g.out_targets(), edges = g.out_edges();
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint32_t a = offsets[u]; a < offsets[u + 1]; ++a) {
      const std::uint32_t v = targets[a];
      const double w = weights.empty() ? 1.0 : weights[edges[a]];
      total += w;
      out_strength[community[u]] += w;
      in_strength[community[v]] += w;
      if (community[u] == community[v]) inside[community[u]] += w;
    }
  // Undirected rows hold each edge twice: Σ over arcs is 2m and `inside` counts internal edges twice.
  if (total == 0) return std::numeric_limits<double>::quiet_NaN();
  double q = 0;
  for (std::size_t c = 0; c < k; ++c) q += inside[c] / total - resolution * out_strength[c] * in_strength[c] / (total * total);
  return q;
}

namespace {

/// The weighted undirected graph one Louvain level works on; aggregated levels have self-loops.
struct louvain_level {
  std::vector<std::vector<std::pair<std::uint32_t, double>>> links;  ///< per node, no self-loop, sorted
  std::vector<double> loop{};                                          ///< self-loop weight per node
};

/// Moves nodes between communities while modularity rises; returns true when a node moved.
bool move_nodes(const louvain_level& level, std::vector<std::uint32_t>& community, double resolution,
                bounded_draw draw) {
  const std::size_t n = level.links.size();
  std::vector<double> strength(n, 0), total(n, 0);
  double two_m = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    strength[i] = 2 * level.loop[i];
    for (const auto& [j, w] : level.links[i]) strength[i] += w;
    total[community[i]] += strength[i];
    two_m += strength[i];
  }
  if (two_m == 0) return false;
  std::vector<std::uint32_t> order(n);
  for (std::uint32_t i = 0; i < n; ++i) order[i] = i;
  for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[draw(i)]);
  std::vector<double> towards(n, 0);
  std::vector<std::uint32_t> touched;
  bool any = false, moved = true;
  while (moved) {
    moved = false;
    for (const std::uint32_t i : order) {
      const std::uint32_t home = community[i];
      for (const auto& [j, w] : level.links[i]) {
        if (towards[community[j]] == 0) touched.push_back(community[j]);
        towards[community[j]] += w;
      }
      total[home] -= strength[i];
      // Gain of joining c, up to a factor common to all c: k_i,c − γ Σ_tot(c) k_i / 2m.
      auto gain = [&](std::uint32_t c) { return towards[c] - resolution * total[c] * strength[i] / two_m; };
      std::uint32_t best = home;
      double best_gain = gain(home);
      for (const std::uint32_t c : touched)
        if (const double g = gain(c); g > best_gain) {
          best_gain = g;
          best = c;
        }
      total[best] += strength[i];
      if (best != home) {
        community[i] = best;
        moved = any = true;
      }
      for (const std::uint32_t c : touched) towards[c] = 0;
      touched.clear();
    }
  }
  return any;
}

/// Renumbers communities in order of their first node; returns their count.
std::size_t renumber(std::vector<std::uint32_t>& community) {
  std::vector<std::uint32_t> label(community.size() + 1, std::numeric_limits<std::uint32_t>::max());
  std::uint32_t next = 0;
  for (auto& c : community) {
    if (label[c] == std::numeric_limits<std::uint32_t>::max()) label[c] = next++;
    c = label[c];
  }
  return next;
}

louvain_level aggregate(const louvain_level& level, const std::vector<std::uint32_t>& community,
                               std::size_t count) {
  louvain_level out{};
  out.links.resize(count);
  out.loop.assign(count, 0);
  for (std::uint32_t i = 0; i < level.links.size(); ++i) {
    out.loop[community[i]] += level.loop[i];
    for (const auto& [j, w] : level.links[i]) {
      if (community[i] == community[j]) {
        if (i < j) out.loop[community[i]] += w;  // each internal edge once
      } else {
        out.links[community[i]].emplace_back(community[j], w);
      }
    }
  }
  for (auto& row : out.links) {
    std::sort(row.begin(), row.end());
    std::vector<std::pair<std::uint32_t, double>> merged;
    for (const auto& [j, w] : row) {
      if (!merged.empty() && merged.back().first == j)
        merged.back().second += w;
      else
        merged.emplace_back(j, w);
    }
    row = std::move(merged);
  }
  return out;
}

}  // namespace

partition louvain(const simple_graph& directed_or_not, std::span<const double> given_weights,
                  const modularity_options& options, bounded_draw draw) {
  // Louvain's moves assume symmetric weights: a directed graph is read as its underlying undirected graph,
  // a pair joined both ways weighing the lighter of its two arcs.
  const simple_graph* graph = &directed_or_not;
  std::span<const double> weights = given_weights;
  simple_graph undirected;
  if (directed_or_not.directed()) {
    std::vector<copied_arc> arcs;
    const auto edges = directed_or_not.edges();
    for (std::size_t i = 0; i < edges.size(); ++i)
      arcs.push_back({std::min(edges[i].u, edges[i].v), std::max(edges[i].u, edges[i].v),
                      weights.empty() ? 1.0 : weights[i]});
    undirected = simple_graph_of_arcs(directed_or_not.vertex_count(), false, std::move(arcs), !weights.empty());
    graph = &undirected;
    weights = undirected.values();
  }
  const simple_graph& g = *graph;
  const std::size_t n = g.vertex_count();
  louvain_level level{};
  level.loop.assign(n, 0);
  level.links.resize(n);
  const auto offsets = g.out_offsets(), targets = g.out_targets(), edges = g.out_edges();
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint32_t a = offsets[u]; a < offsets[u + 1]; ++a)
      level.links[u].emplace_back(targets[a], weights.empty() ? 1.0 : weights[edges[a]]);
  partition out{};
  out.community_of.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) out.community_of[v] = v;
  double q = modularity(g, weights, out.community_of, options.resolution);
  for (;;) {
    std::vector<std::uint32_t> community(level.links.size());
    for (std::uint32_t i = 0; i < community.size(); ++i) community[i] = i;
    if (!move_nodes(level, community, options.resolution, draw)) break;
    const std::size_t count = renumber(community);
    std::vector<std::uint32_t> next = out.community_of;
    for (auto& c : next) c = community[c];
    const double next_q = modularity(g, weights, next, options.resolution);
    if (!(next_q - q > options.threshold)) break;
    out.community_of = std::move(next);
    q = next_q;
    level = aggregate(level, community, count);
  }
  out.count = renumber(out.community_of);
  out.modularity = modularity(g, weights, out.community_of, options.resolution);
  return out;
}

}  // namespace detail

}  // namespace pactgraph
