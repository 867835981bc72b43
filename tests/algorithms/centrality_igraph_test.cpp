// The igraph convention (normalization::igraph) against python-igraph 0.10 (Debian's python3-igraph,
// tests/algorithms/igraph_reference.py) for every measure that has one: degree, betweenness, edge
// betweenness, closeness, harmonic, eigenvector (scale=True) and PageRank. Katz has no igraph
// counterpart. Fails, never skips, when python-igraph is missing.
//
// igraph solves eigenvector centrality and PageRank exactly (ARPACK, PRPACK), so ours run here to a
// tight tolerance; on disconnected graphs igraph gives the smaller components exactly 0 where power
// iteration leaves them near 0. Exact measures agree to 1e-9 relative, iterative ones to 1e-9 absolute.

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <random>
#include <sstream>

#include "networkx_reference.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(algorithms_centrality_igraph)

namespace {

using undirected_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using directed_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

/// python-igraph's values of a graph: per measure a value per vertex, edge betweenness per (u, v).
struct igraph_values {
  std::map<std::string, std::vector<double>> vertex;
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> edge;
};

igraph_values igraph_reference(const reference_graph& g) {
  const auto input = scratch_file("igraph_edges.txt");
  {
    std::ofstream f(input);
    f << (g.directed ? 1 : 0) << ' ' << g.n << '\n';
    for (const auto& [u, v, length] : g.edges) f << u << ' ' << v << ' ' << length << '\n';
  }
  std::istringstream lines(run_python(std::string(PACTGRAPH_SOURCE_DIR) + "/tests/algorithms/igraph_reference.py " +
                                      input.string()));
  std::filesystem::remove(input);
  igraph_values out;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::string measure, a, b, value;
    words >> measure >> a >> b;
    if (measure == "edge_betweenness") {
      words >> value;
      out.edge[{static_cast<std::uint32_t>(std::stoul(a)), static_cast<std::uint32_t>(std::stoul(b))}] = std::stod(value);
      continue;
    }
    auto& values = out.vertex[measure];
    values.resize(g.n);
    values.at(std::stoul(a)) = std::stod(b);  // stod reads igraph's "nan"
  }
  return out;
}

bool same(double ours, double theirs, double tol, bool absolute) {
  if (std::isnan(theirs)) return std::isnan(ours);
  return absolute ? std::abs(ours - theirs) <= tol : close_to(ours, theirs, tol);
}

template <class G>
void compare(const G& g, const reference_graph& r) {
  BOOST_TEST_CONTEXT("graph " << r.name) {
    const igraph_values want = igraph_reference(r);
    const auto igraph = normalization::igraph;
    std::map<std::string, std::vector<double>> ours{
        {"degree", degree(g, {.normalization = igraph})},
        {"betweenness", betweenness(g, {.normalization = igraph})},
        {"closeness", closeness(g, {.normalization = igraph})},
        {"harmonic", harmonic(g, {.normalization = igraph})},
        {"eigenvector", eigenvector(g, {.normalization = igraph, .iteration = {.max_iterations = 100000, .tolerance = 1e-14}})},
        {"pagerank", pagerank(g, {.iteration = {.max_iterations = 100000, .tolerance = 1e-14}})}};
    if (r.directed) {
      ours["in_degree"] = degree(g, {.normalization = igraph, .direction = degree_direction::in});
      ours["out_degree"] = degree(g, {.normalization = igraph, .direction = degree_direction::out});
    }
    std::size_t checked = 0;
    BOOST_TEST(want.vertex.size() == ours.size());
    for (const auto& [measure, values] : want.vertex) {
      BOOST_TEST_REQUIRE(ours.contains(measure), measure);
      const auto& mine = ours.at(measure);
      BOOST_TEST_REQUIRE(mine.size() == values.size(), measure);
      const bool iterative = measure == "eigenvector" || measure == "pagerank";
      for (std::size_t v = 0; v < values.size(); ++v, ++checked)
        BOOST_TEST(same(mine[v], values[v], 1e-9, iterative),
                   measure << " of vertex " << v << ": " << mine[v] << " vs igraph " << values[v]);
    }
    const auto edges = edge_betweenness(g, {.normalization = igraph});
    BOOST_TEST_REQUIRE(edges.values.size() == want.edge.size());
    for (std::size_t e = 0; e < edges.values.size(); ++e, ++checked)
      BOOST_TEST(close_to(edges.values[e], want.edge.at(edges.ends[e]), 1e-9),
                 "edge betweenness of " << edges.ends[e].first << "-" << edges.ends[e].second);
    BOOST_TEST_MESSAGE(r.name << ": " << checked << " values checked against python-igraph");
    BOOST_TEST(checked == (r.directed ? 8u : 6u) * r.n + edges.values.size());
  }
}

reference_graph of_snapshot(const snapshot& s, std::string name) {
  reference_graph r{.name = std::move(name), .directed = s.directed(), .n = s.vertex_count()};
  for (const auto& e : s.edges()) r.edges.emplace_back(e.u, e.v, 1.0);
  return r;
}

template <class G>
void compare_pairs(std::string name, std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs) {
  reference_graph r{.name = std::move(name), .directed = std::is_same_v<G, directed_graph>, .n = n};
  G g(n);
  for (const auto& [u, v] : pairs) {
    r.edges.emplace_back(u, v, 1.0);
    add_edge(u, v, g);
  }
  compare(g, r);
}

}  // namespace

BOOST_AUTO_TEST_CASE(small_graphs) {
  compare_pairs<undirected_graph>("one vertex", 1, {});
  compare_pairs<undirected_graph>("star", 5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
  // A triangle with a tail, and an isolate (the per-measure tests' fixture).
  compare_pairs<undirected_graph>("triangle, tail, isolate", 5, {{0, 1}, {0, 2}, {1, 2}, {2, 3}});
  // A triangle and a separate edge: igraph gives the edge eigenvector 0, power iteration ~1e-15.
  compare_pairs<undirected_graph>("two components and an isolate", 6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}});
  compare_pairs<directed_graph>("directed triangle with a pledge in and an isolate", 5,
                                {{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 2}, {2, 1}, {3, 2}});

  std::istringstream karate(
      run_python("-c \"import networkx as nx; print('\\n'.join(f'{u} {v}' for u, v in nx.karate_club_graph().edges()))\""));
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (std::uint32_t u = 0, v = 0; karate >> u >> v;) pairs.emplace_back(u, v);
  BOOST_TEST(pairs.size() == 78u);
  compare_pairs<undirected_graph>("karate club", 34, pairs);
}

BOOST_AUTO_TEST_CASE(random_graphs) {
  std::mt19937_64 rng(2024);
  for (const bool directed : {false, true}) {
    std::bernoulli_distribution edge(directed ? 0.12 : 0.15);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    // A dense part (0..19) that holds the leading eigenvector, and a sparse tail with isolates.
    for (std::uint32_t u = 0; u < 30; ++u)
      for (std::uint32_t v = directed ? 0 : u + 1; v < 30; ++v)
        if (u != v && (u < 20 && v < 20 ? edge(rng) : edge(rng) && edge(rng))) pairs.emplace_back(u, v);
    if (directed)
      compare_pairs<directed_graph>("random directed", 30, pairs);
    else
      compare_pairs<undirected_graph>("random undirected", 30, pairs);
  }
}

BOOST_AUTO_TEST_CASE(seed_and_atop_views) {
  const auto seed = io::seed_scenario();
  const day_number day = io::seed_date.first_day();
  const snapshot full(seed, day, {.kinds = tie_kind::all, .actors = actor_kind::any});
  compare(full, of_snapshot(full, "seed full snapshot 2007-05-30"));
  const obligation_view defence(seed, day, {.kinds = tie_kind::all});
  compare(defence, of_snapshot(defence, "seed obligation view, all kinds"));

  const auto dir = testing::data_dir();
  BOOST_TEST_REQUIRE(std::filesystem::is_regular_file(dir / "atop_v5.1" / "atop5_1m.csv"),
                     "the real datasets are missing from '" << dir.string()
                                                            << "': set PACTGRAPH_DATA_DIR to a folder laid out as "
                                                               "docs/data.md describes");
  const alliance_network net = io::load_data_dir(dir, {.organisations = {}});
  const snapshot atop(net, day_of(2007, 5, 30));
  compare(atop, of_snapshot(atop, "standard ATOP snapshot 2007-05-30"));
}

BOOST_AUTO_TEST_SUITE_END()
