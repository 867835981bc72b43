// Every centrality against networkx 2.8 (Debian's python3-networkx) on seed-scenario views,
// classic graphs and seeded random graphs: relative 1e-9 for exact measures, 1e-6 for iterative ones.

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <random>
#include <sstream>

#include "networkx_reference.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(algorithms_centrality_networkx)

namespace {

using undirected_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                               boost::property<boost::edge_weight_t, double>>;
using directed_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                             boost::property<boost::edge_weight_t, double>>;

template <class G>
G to_bgl(const reference_graph& r) {
  G g(r.n);
  for (const auto& [u, v, length] : r.edges) add_edge(u, v, length, g);
  return g;
}

reference_graph of_snapshot(const snapshot& s, std::string name) {
  reference_graph r{.name = std::move(name), .directed = s.directed(), .n = s.vertex_count()};
  for (const auto& e : s.edges()) r.edges.emplace_back(e.u, e.v, static_cast<double>(e.multiplicity));
  return r;
}

/// Our values under the names the python script prints; `lengths(options)` runs a path measure with lengths.
struct computed {
  std::map<std::string, std::vector<double>> vertex;
  std::map<std::string, std::vector<double>> iterative;
  std::map<std::string, edge_centrality> edge;
  std::set<std::string> failed;
};

template <class G, class WithLengths>
computed compute(const G& g, bool directed, WithLengths with_lengths) {
  computed c;
  c.vertex["degree"] = degree(g);
  if (directed) {
    c.vertex["in_degree"] = degree(g, {.direction = degree_direction::in});
    c.vertex["out_degree"] = degree(g, {.direction = degree_direction::out});
  }
  c.vertex["betweenness"] = betweenness(g);
  c.vertex["betweenness_raw"] = betweenness(g, {.normalization = normalization::raw});
  c.vertex["closeness"] = closeness(g);
  c.vertex["closeness_raw"] = closeness(g, {.normalization = normalization::raw});
  c.vertex["harmonic"] = harmonic(g);
  auto [b, cl, h] = with_lengths();
  c.vertex["betweenness_length"] = b;
  c.vertex["closeness_length"] = cl;
  c.vertex["harmonic_length"] = h;
  c.edge["edge_betweenness"] = edge_betweenness(g);
  c.edge["edge_betweenness_raw"] = edge_betweenness(g, {.normalization = normalization::raw});
  const std::vector<std::pair<std::string, std::function<std::vector<double>()>>> iterative = {
      {"eigenvector", [&] { return eigenvector(g); }},
      {"pagerank", [&] { return pagerank(g); }},
      {"katz", [&] { return katz(g); }}};
  for (const auto& [name, f] : iterative) try {
      c.iterative[name] = f();
    } catch (const pactgraph::error&) {
      c.failed.insert(name);
    }
  return c;
}

void compare(const reference_graph& r, const computed& ours) {
  BOOST_TEST_CONTEXT("graph " << r.name) {
    const reference_values nx = networkx_reference(r);
    BOOST_TEST(ours.failed == nx.failed);
    std::size_t checked = 0;
    for (const auto& [name, values] : nx.vertex) {
      const bool iterative = ours.iterative.contains(name) || ours.failed.contains(name);
      const auto& mine = iterative ? ours.iterative.at(name) : ours.vertex.at(name);
      BOOST_TEST_REQUIRE(mine.size() == values.size(), name);
      for (std::size_t v = 0; v < values.size(); ++v, ++checked)
        BOOST_TEST(close_to(mine[v], values[v], iterative ? 1e-6 : 1e-9),
                   name << " of vertex " << v << ": " << mine[v] << " vs networkx " << values[v]);
    }
    for (const auto& [name, values] : nx.edge) {
      const auto& mine = ours.edge.at(name);
      BOOST_TEST_REQUIRE(mine.values.size() == values.size(), name);
      for (std::size_t e = 0; e < mine.values.size(); ++e, ++checked)
        BOOST_TEST(close_to(mine.values[e], values.at(mine.ends[e]), 1e-9),
                   name << " of " << mine.ends[e].first << "-" << mine.ends[e].second);
    }
    BOOST_TEST_MESSAGE(r.name << ": " << checked << " values checked against networkx");
    if (r.n > 0) BOOST_TEST(checked > 0u);
  }
}

void compare_bgl(const reference_graph& r) {
  if (r.directed) {
    const auto g = to_bgl<directed_graph>(r);
    const auto lengths = get(boost::edge_weight, g);
    compare(r, compute(g, true, [&] {
              return std::tuple(betweenness(g, lengths), closeness(g, lengths), harmonic(g, lengths));
            }));
  } else {
    const auto g = to_bgl<undirected_graph>(r);
    const auto lengths = get(boost::edge_weight, g);
    compare(r, compute(g, false, [&] {
              return std::tuple(betweenness(g, lengths), closeness(g, lengths), harmonic(g, lengths));
            }));
  }
}

void compare_snapshot(const snapshot& s, const std::string& name) {
  const shortest_path_options by_ties{.length = edge_length::multiplicity};
  compare(of_snapshot(s, name), compute(s, s.directed(), [&] {
            return std::tuple(betweenness(s, by_ties), closeness(s, by_ties), harmonic(s, by_ties));
          }));
}

/// G(n, p) with lengths 1..3 (equal-length ties between paths are common on purpose).
reference_graph random_graph(std::uint64_t seed, std::size_t n, double p, bool directed) {
  std::mt19937_64 rng(seed);
  std::bernoulli_distribution edge(p);
  std::uniform_int_distribution<int> length(1, 3);
  reference_graph r{.name = "random seed " + std::to_string(seed), .directed = directed, .n = n};
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint32_t v = directed ? 0 : u + 1; v < n; ++v)
      if (u != v && edge(rng)) r.edges.emplace_back(u, v, length(rng));
  return r;
}

reference_graph from_pairs(std::string name, std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                           bool directed = false) {
  reference_graph r{.name = std::move(name), .directed = directed, .n = n};
  for (const auto& [u, v] : pairs) r.edges.emplace_back(u, v, 1.0 + (u + v) % 2);
  return r;
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_scenario_views) {
  const auto net = io::seed_scenario();
  const day_number day = io::seed_date.first_day();
  compare_snapshot(snapshot(net, day), "seed alliance snapshot 2007-05-30");
  compare_snapshot(snapshot(net, day, {.kinds = tie_kind::all, .actors = actor_kind::any}),
                   "seed full snapshot 2007-05-30");
  compare_snapshot(obligation_view(net, day), "seed defence obligation view 2007-05-30");
  compare_snapshot(obligation_view(net, day, {.kinds = tie_kind::all}), "seed obligation view, all kinds");
  compare_snapshot(snapshot(net, day_of(2005, 11, 14), {.kinds = tie_kind::all}), "seed snapshot 2005-11-14");
}

BOOST_AUTO_TEST_CASE(classic_graphs) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> star, path, cycle, complete;
  for (std::uint32_t i = 1; i < 7; ++i) star.emplace_back(0, i);
  for (std::uint32_t i = 0; i + 1 < 7; ++i) path.emplace_back(i, i + 1);
  for (std::uint32_t i = 0; i < 8; ++i) cycle.emplace_back(i, (i + 1) % 8);
  for (std::uint32_t i = 0; i < 6; ++i)
    for (std::uint32_t j = i + 1; j < 6; ++j) complete.emplace_back(i, j);
  compare_bgl(from_pairs("empty", 0, {}));
  compare_bgl(from_pairs("one vertex", 1, {}));
  compare_bgl(from_pairs("two isolates", 2, {}));
  compare_bgl(from_pairs("star", 7, star));
  compare_bgl(from_pairs("path", 7, path));
  compare_bgl(from_pairs("cycle", 8, cycle));
  compare_bgl(from_pairs("complete", 6, complete));
  compare_bgl(from_pairs("directed cycle", 8, cycle, true));
  compare_bgl(from_pairs("isolates and two parts", 9, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {5, 6}, {6, 7}}));
  // Overlapping cliques, as multilateral pacts make them, and a complete bipartite part: every kind of
  // twin class the searches share (see twin_classes_test.cpp), next to isolates.
  compare_bgl(from_pairs("pact cliques and twins", 15,
                         {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 5},
                          {5, 9}, {6, 9}, {6, 10}, {7, 9}, {7, 10}, {8, 9}, {8, 10}, {13, 14}}));

  // Zachary's karate club, as networkx ships it.
  std::istringstream karate(
      run_python("-c \"import networkx as nx; print('\\n'.join(f'{u} {v}' for u, v in nx.karate_club_graph().edges()))\""));
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (std::uint32_t u = 0, v = 0; karate >> u >> v;) pairs.emplace_back(u, v);
  BOOST_TEST(pairs.size() == 78u);
  compare_bgl(from_pairs("karate club", 34, pairs));
}

BOOST_AUTO_TEST_CASE(random_graphs) {
  // Sparse enough for isolates and several components, dense enough for long paths.
  for (std::uint64_t seed = 1; seed <= 6; ++seed) compare_bgl(random_graph(seed, 10 + 5 * seed, 0.12, false));
  for (std::uint64_t seed = 7; seed <= 10; ++seed) compare_bgl(random_graph(seed, 12 + 3 * seed, 0.08, true));
  compare_bgl(random_graph(11, 40, 0.35, false));  // dense: Katz does not converge at alpha 0.1, in networkx either
}

BOOST_AUTO_TEST_SUITE_END()
