#include "pactgraph/algorithms/cliques.hpp"

#include <boost/test/unit_test.hpp>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "structure_reference.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using namespace pactgraph::testing::structure;

using clique_list = std::vector<std::vector<std::uint32_t>>;

BOOST_AUTO_TEST_SUITE(algorithms_cliques)

BOOST_AUTO_TEST_CASE(agrees_with_networkx) {
  const auto graphs = structure_graphs();
  const auto answers = networkx_structure(graphs, "cliques");
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const auto ours = with_bgl(graphs[i], [](const auto& g) { return maximal_cliques(g); });
    // The script sorts each clique and the list, which is the order we promise.
    BOOST_TEST((ours == answers[i]["cliques"].get<clique_list>()), graphs[i].name);
  }
}

BOOST_AUTO_TEST_CASE(by_hand) {
  BOOST_TEST(maximal_cliques(undirected_bgl{}).empty());
  BOOST_TEST((maximal_cliques(undirected_bgl(1)) == clique_list{{0}}));
  // Two triangles sharing the edge 1-2, a pendant 3-4, an isolate 5, a parallel edge and a self-loop.
  undirected_bgl g(6);
  for (const auto& [u, v] : {std::pair{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {1, 0}, {4, 4}})
    boost::add_edge(u, v, 1.0, g);
  BOOST_TEST((maximal_cliques(g) == clique_list{{0, 1, 2}, {1, 2, 3}, {3, 4}, {5}}));
  // Seed, 2007-05-30: the seven treaty members, then GRG, AZE and USA alone.
  const auto net = io::seed_scenario();
  BOOST_TEST((maximal_cliques(snapshot(net, io::seed_date.first_day())) ==
              clique_list{{0, 1, 2, 3, 4, 5, 6}, {7}, {8}, {9}}));
}

BOOST_AUTO_TEST_SUITE_END()
