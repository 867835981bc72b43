// The path functions: one search engine (path_engine.hpp) behind hop distances, reachability,
// shortest paths, all shortest paths and Yen's k shortest paths.

#include "pactgraph/algorithms/paths.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <utility>

#include "pactgraph/algorithms/detail/vertex_in.hpp"
#include "pactgraph/error.hpp"
#include "edge_values.hpp"
#include "path_engine.hpp"

namespace pactgraph {

namespace detail {

namespace {

double path_length(const path_engine& engine, const simple_graph& g, std::span<const std::uint32_t> p) {
  double sum = 0;
  for (std::size_t i = 0; i + 1 < p.size(); ++i) sum += engine.length(*g.edge_between(p[i], p[i + 1]));
  return sum;
}

void check_vertex(const simple_graph& g, std::uint32_t v) {
  if (v >= g.vertex_count()) throw usage_error("vertex " + std::to_string(v) + " is not in the graph");
}

}  // namespace

std::vector<std::uint32_t> hop_distances(const simple_graph& g, std::uint32_t s) {
  check_vertex(g, s);
  path_engine engine(g, {});
  const auto& d = engine.run(s);
  std::vector<std::uint32_t> out(g.vertex_count(), unreachable);
  for (std::size_t v = 0; v < g.vertex_count(); ++v)
    if (d[v] != path_engine::infinity) out[v] = static_cast<std::uint32_t>(d[v]);
  return out;
}

std::vector<std::uint32_t> reachable(const simple_graph& g, std::uint32_t s) {
  const auto d = hop_distances(g, s);
  std::vector<std::uint32_t> out;
  for (std::uint32_t v = 0; v < d.size(); ++v)
    if (v != s && d[v] != unreachable) out.push_back(v);
  return out;
}

std::optional<vertex_path> shortest_path(const simple_graph& g, std::uint32_t s, std::uint32_t t,
                                         std::span<const double> lengths) {
  check_vertex(g, s);
  check_vertex(g, t);
  check_lengths(g, lengths);
  path_engine engine(g, lengths);
  engine.run(s);
  auto p = engine.smallest_path(s, t);
  if (!p) return std::nullopt;
  return vertex_path{.vertices = std::move(*p), .length = engine.distances()[t]};
}

std::vector<vertex_path> all_shortest_paths(const simple_graph& g, std::uint32_t s, std::uint32_t t,
                                            std::span<const double> lengths, std::size_t limit) {
  check_vertex(g, s);
  check_vertex(g, t);
  check_lengths(g, lengths);
  path_engine engine(g, lengths);
  engine.run(s);
  std::vector<vertex_path> out{};
  if (!engine.mark_towards(t)) return out;
  const double length = engine.distances()[t];
  // Depth-first over the arcs that stay on shortest paths, smallest neighbour first: lexicographic order.
  std::vector<std::uint32_t> path{s};
  std::function<void()> walk = [&] {
    if (out.size() >= limit) return;
    if (path.back() == t) {
      out.push_back({.vertices = path, .length = length});
      return;
    }
    engine.for_each_tight_arc(path.back(), [&](std::uint32_t w) {
      path.push_back(w);
      walk();
      path.pop_back();
    });
  };
  walk();
  return out;
}

std::vector<vertex_path> k_shortest_paths(const simple_graph& g, std::uint32_t s, std::uint32_t t, std::size_t k,
                                          std::span<const double> lengths) {
  check_vertex(g, s);
  check_vertex(g, t);
  check_lengths(g, lengths);
  std::vector<vertex_path> found{};
  if (k == 0) return found;
  path_engine engine(g, lengths);
  engine.run(s);
  auto first = engine.smallest_path(s, t);
  if (!first) return found;
  found.push_back({.vertices = std::move(*first), .length = engine.distances()[t]});
  // Candidates ordered by length, then vertex sequence: the order the paths are reported in.
  std::set<std::pair<double, std::vector<std::uint32_t>>> candidates;
  std::vector<char> blocked(g.vertex_count(), 0);
  while (found.size() < k) {
    const auto& last = found.back().vertices;
    for (std::size_t i = 0; i + 1 < last.size(); ++i) {
      const std::uint32_t spur = last[i];
      std::vector<std::uint32_t> banned;
      for (const auto& p : found)
        if (p.vertices.size() > i + 1 &&
            std::equal(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i) + 1, p.vertices.begin()))
          banned.push_back(p.vertices[i + 1]);
      std::sort(banned.begin(), banned.end());
      std::fill(blocked.begin(), blocked.end(), 0);
      for (std::size_t j = 0; j < i; ++j) blocked[last[j]] = 1;
      engine.run(spur, blocked, spur, banned);
      auto tail = engine.smallest_path(spur, t);
      if (!tail) continue;
      std::vector<std::uint32_t> whole(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i));
      whole.insert(whole.end(), tail->begin(), tail->end());
      // The root's length plus the spur's, the sum networkx forms too.
      const double length = path_length(engine, g, std::span(last).first(i + 1)) + engine.distances()[t];
      candidates.emplace(length, std::move(whole));
    }
    if (candidates.empty()) break;
    auto node = candidates.extract(candidates.begin());
    found.push_back({.vertices = std::move(node.value().second), .length = node.value().first});
  }
  return found;
}

namespace {

actor_path to_actor_path(const alliance_network& net, const snapshot& s, const vertex_path& p) {
  actor_path out{.length = p.length};
  for (const std::uint32_t v : p.vertices) out.actors.push_back(s.actor_at(v));
  for (std::size_t i = 0; i + 1 < p.vertices.size(); ++i)
    out.steps.push_back(carriers_of(net, s, *s.edge_between(p.vertices[i], p.vertices[i + 1])));
  return out;
}

/// The length of each edge of a snapshot for a path query (empty for hops), by the one rule of lengths.
std::span<const double> path_lengths(const snapshot& s, const path_options& options, std::vector<double>& storage) {
  return resolve_lengths(s.graph(), options.length, options.lengths, storage);
}

}  // namespace

}  // namespace detail

std::vector<actor_id> reachable(const alliance_network& net, const snapshot& s, actor_id from) {
  std::vector<actor_id> out{};
  for (const std::uint32_t v : detail::reachable(s.graph(), detail::vertex_in(net, s, from)))
    out.push_back(s.actor_at(v));
  return out;
}

std::optional<actor_path> shortest_path(const alliance_network& net, const snapshot& s, actor_id from, actor_id to,
                                        const path_options& options) {
  std::vector<double> storage;
  const auto lengths = detail::path_lengths(s, options, storage);
  const auto p = detail::shortest_path(s.graph(), detail::vertex_in(net, s, from), detail::vertex_in(net, s, to), lengths);
  if (!p) return std::nullopt;
  return detail::to_actor_path(net, s, *p);
}

std::vector<actor_path> all_shortest_paths(const alliance_network& net, const snapshot& s, actor_id from, actor_id to,
                                           const path_options& options) {
  std::vector<double> storage;
  const auto lengths = detail::path_lengths(s, options, storage);
  std::vector<actor_path> out{};
  for (const auto& p : detail::all_shortest_paths(s.graph(), detail::vertex_in(net, s, from),
                                                  detail::vertex_in(net, s, to), lengths, options.limit))
    out.push_back(detail::to_actor_path(net, s, p));
  return out;
}

std::vector<actor_path> k_shortest_paths(const alliance_network& net, const snapshot& s, actor_id from, actor_id to,
                                         std::size_t k, const path_options& options) {
  std::vector<double> storage;
  const auto lengths = detail::path_lengths(s, options, storage);
  std::vector<actor_path> out{};
  for (const auto& p :
       detail::k_shortest_paths(s.graph(), detail::vertex_in(net, s, from), detail::vertex_in(net, s, to), k, lengths))
    out.push_back(detail::to_actor_path(net, s, p));
  return out;
}

}  // namespace pactgraph
