#include "pactgraph/algorithms/statistics.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "structure_reference.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using namespace pactgraph::testing::structure;

BOOST_AUTO_TEST_SUITE(algorithms_statistics)

BOOST_AUTO_TEST_CASE(agrees_with_networkx) {
  const auto graphs = structure_graphs();
  const auto answers = networkx_structure(graphs, "statistics");
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const auto& nx = answers[i];
    const auto& name = graphs[i].name;
    const auto s = with_bgl(graphs[i], [](const auto& g) { return statistics(g); });
    BOOST_TEST(matches_networkx(s.density, nx["density"]), name);
    BOOST_TEST(s.density == with_bgl(graphs[i], [](const auto& g) { return density(g); }), name);
    BOOST_TEST(matches_networkx(s.transitivity, nx["transitivity"]), name << ": " << s.transitivity);
    BOOST_TEST(matches_networkx(s.average_clustering, nx["average_clustering"]), name << ": " << s.average_clustering);
    BOOST_TEST(matches_networkx(s.assortativity, nx["assortativity"]), name << ": " << s.assortativity);
    // networkx raises on the empty graph's diameter: the script leaves it out and we return 0.
    BOOST_TEST(s.diameter == nx.value("diameter", 0u), name);
    BOOST_TEST(s.radius == nx.value("radius", 0u), name);
    std::size_t largest = 0;
    for (const auto& c : nx["components"]) largest = std::max(largest, c.size());
    BOOST_TEST(s.largest_component == largest, name);
  }
}

BOOST_AUTO_TEST_CASE(seed_snapshot_by_hand) {
  const auto net = io::seed_scenario();
  // K7 of treaty members and three isolates: m = 21 of 45 pairs, density 21/45; every triple closed;
  // clustering 1 on the seven, 0 on the isolates: 7/10; K7 has diameter and radius 1; every edge end
  // has degree 6, so the assortativity is 0/0 (networkx: nan).
  const auto s = statistics(snapshot(net, io::seed_date.first_day()));
  BOOST_TEST(s.vertices == 10u);
  BOOST_TEST(s.edges == 21u);
  BOOST_TEST(std::abs(s.density - 21.0 / 45) < 1e-15);
  BOOST_TEST(s.transitivity == 1.0);
  BOOST_TEST(std::abs(s.average_clustering - 0.7) < 1e-15);
  BOOST_TEST(s.largest_component == 7u);
  BOOST_TEST(s.diameter == 1u);
  BOOST_TEST(s.radius == 1u);
  BOOST_TEST(std::isnan(s.assortativity));
  // The obligation view: 42 arcs of 90 ordered pairs is the same density, parallel pledges counted once.
  BOOST_TEST(std::abs(density(obligation_view(net, io::seed_date.first_day())) - 42.0 / 90) < 1e-15);
}

BOOST_AUTO_TEST_CASE(degenerate_graphs) {
  const auto empty = statistics(undirected_bgl{});
  BOOST_TEST(empty.density == 0.0);
  BOOST_TEST(empty.transitivity == 0.0);
  BOOST_TEST(std::isnan(empty.average_clustering));
  BOOST_TEST(empty.diameter == 0u);
  const auto one = statistics(undirected_bgl(1));
  BOOST_TEST(one.average_clustering == 0.0);
  BOOST_TEST(one.largest_component == 1u);
  BOOST_TEST(std::isnan(one.assortativity));
  // A star is perfectly disassortative: hubs meet leaves only, r = -1.
  undirected_bgl star(5);
  for (int leaf = 1; leaf < 5; ++leaf) boost::add_edge(0, leaf, 1.0, star);
  boost::add_edge(0, 1, 1.0, star);  // a parallel edge changes nothing
  const auto s = statistics(star);
  BOOST_TEST(std::abs(s.assortativity + 1.0) < 1e-12);
  BOOST_TEST(s.diameter == 2u);
  BOOST_TEST(s.radius == 1u);
  BOOST_TEST(s.edges == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
