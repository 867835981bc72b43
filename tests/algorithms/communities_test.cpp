#include "pactgraph/algorithms/communities.hpp"

#include <boost/test/unit_test.hpp>

#include <limits>
#include <cmath>
#include <random>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "structure_reference.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using namespace pactgraph::testing::structure;

BOOST_AUTO_TEST_SUITE(algorithms_communities)

BOOST_AUTO_TEST_CASE(modularity_agrees_with_networkx) {
  // Our Louvain partitions, scored by us and by networkx.community.modularity, unweighted and weighted
  // (networkx's louvain_communities would find other partitions: only the score is compared).
  auto graphs = structure_graphs();
  std::vector<partition> found;
  for (auto& r : graphs) {
    found.push_back(with_bgl(r, [](const auto& g) { return louvain_communities(g, std::mt19937(42)); }));
    r.partition = found.back().community_of;
  }
  const auto answers = networkx_structure(graphs, "communities");
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const auto& r = graphs[i];
    with_bgl(r, [&](const auto& g) {
      const auto q = modularity(g, found[i].community_of);
      BOOST_TEST(matches_networkx(q, answers[i]["modularity"]), r.name << ": " << q);
      BOOST_TEST(matches_networkx(modularity(g, found[i].community_of, get(boost::edge_weight, g)), answers[i]["modularity_weighted"]),
                 r.name);
      // The score Louvain reports is that of its partition (of the underlying undirected graph when directed).
      if (!r.directed) BOOST_TEST((std::isnan(q) ? std::isnan(found[i].modularity) : found[i].modularity == q), r.name);
      return 0;
    });
    // Every vertex has a community, numbered by smallest vertex.
    std::uint32_t next = 0;
    for (const auto c : found[i].community_of) {
      BOOST_TEST(c <= next);
      if (c == next) ++next;
    }
    BOOST_TEST(next == found[i].count);
  }
}

BOOST_AUTO_TEST_CASE(karate_club_is_near_its_optimum) {
  // The best partition of Zachary's karate club has Q = 0.4198 (Brandes et al., doi:10.1109/TKDE.2007.190689);
  // Louvain should come close, from any seed, and a seed must always give the same answer.
  with_bgl(karate_club(), [](const auto& g) {
    for (const std::uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
      const auto p = louvain_communities(g, std::mt19937(seed));
      BOOST_TEST(p.modularity >= 0.40, "seed " << seed << ": " << p.modularity);
      BOOST_TEST(p.modularity <= 0.41979 + 1e-5);
      BOOST_TEST(p.count >= 3u);
      BOOST_TEST((louvain_communities(g, std::mt19937(seed)).community_of == p.community_of));
    }
    return 0;
  });
}

BOOST_AUTO_TEST_CASE(by_hand) {
  // Two triangles and an isolate: m = 6, each triangle L = 3, d = 6: Q = 2 (3/6 − (6/12)²) = 0.5.
  structure_graph r;
  for (const auto& g : structure_graphs())
    if (g.name == "two triangles and an isolate") r = g;
  with_bgl(r, [](const auto& g) {
    const auto p = louvain_communities(g, std::mt19937_64(7));
    BOOST_TEST((p.community_of == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1, 2}));
    BOOST_TEST(std::abs(p.modularity - 0.5) < 1e-12);
    return 0;
  });
  BOOST_TEST(louvain_communities(undirected_bgl{}, std::mt19937(1)).count == 0u);
  const auto one = louvain_communities(undirected_bgl(1), std::mt19937(1));
  BOOST_TEST(one.count == 1u);
  BOOST_TEST(std::isnan(one.modularity));  // no edges: networkx divides by zero
  BOOST_CHECK_THROW(modularity(undirected_bgl(2), std::vector<std::uint32_t>{0}), usage_error);
}

BOOST_AUTO_TEST_CASE(seed_snapshot_and_multiplicity) {
  const auto net = io::seed_scenario();
  const snapshot s(net, io::seed_date.first_day());
  // K7 (the treaty members) and three isolates: one community of seven has Q = 21/21 − (42/42)² = 0,
  // which beats the singletons' −7 (6/42)² = −1/7.
  const auto p = louvain_communities(s, std::mt19937(3));
  BOOST_TEST((p.community_of == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 0, 0, 1, 2, 3}));
  BOOST_TEST(std::abs(p.modularity) < 1e-12);
  // {RUS, UZB} against the other five. Unweighted: m = 21; L = 1 and 10, d = 12 and 30:
  // Q = 11/21 − (12² + 30²)/42² = −120/1764. Weighted by multiplicity, RUS–UZB counts 2: m = 22,
  // L = 2 and 10, d = 14 and 30: Q = 12/22 − (14² + 30²)/44² = −40/1936.
  const std::vector<std::uint32_t> split{0, 0, 1, 1, 1, 1, 1, 2, 3, 4};
  BOOST_TEST(std::abs(modularity(s, split) + 120.0 / 1764) < 1e-12);
  BOOST_TEST(std::abs(modularity(s, split, {.weight = edge_weight::multiplicity}) + 40.0 / 1936) < 1e-12);
  // The same weights given one per edge give the same bits; a NaN weight is refused by the one rule.
  std::vector<double> ties;
  for (const auto& e : s.edges()) ties.push_back(e.multiplicity);
  BOOST_TEST(modularity(s, split, {.weights = ties}) == modularity(s, split, {.weight = edge_weight::multiplicity}));
  ties[0] = std::numeric_limits<double>::quiet_NaN();
  BOOST_CHECK_THROW((void)modularity(s, split, {.weights = ties}), usage_error);
  BOOST_CHECK_THROW((void)louvain_communities(s, std::mt19937(3), {.weights = ties}), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
