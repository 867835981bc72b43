#include "pactgraph/algorithms/kcore.hpp"

#include <boost/test/unit_test.hpp>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "structure_reference.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using namespace pactgraph::testing::structure;

BOOST_AUTO_TEST_SUITE(algorithms_kcore)

BOOST_AUTO_TEST_CASE(agrees_with_networkx) {
  const auto graphs = structure_graphs();
  const auto answers = networkx_structure(graphs, "kcore");
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const auto ours = with_bgl(graphs[i], [](const auto& g) { return core_numbers(g); });
    BOOST_TEST((ours == answers[i]["core_number"].get<std::vector<std::uint32_t>>()), graphs[i].name);
  }
}

BOOST_AUTO_TEST_CASE(by_hand) {
  // A triangle 0-1-2 with a tail 2-3-4 and an isolate 5: the triangle is the 2-core, the tail the
  // 1-core, the isolate core 0.
  undirected_bgl g(6);
  for (const auto& [u, v] : {std::pair{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}}) boost::add_edge(u, v, 1.0, g);
  boost::add_edge(0, 1, 1.0, g);  // a parallel edge counts once
  BOOST_TEST((core_numbers(g) == std::vector<std::uint32_t>{2, 2, 2, 1, 1, 0}));
  BOOST_TEST(core_numbers(undirected_bgl{}).empty());
  BOOST_TEST((core_numbers(undirected_bgl(1)) == std::vector<std::uint32_t>{0}));
  // Seed, 2007-05-30: seven treaty members all tied to each other (K7, core 6), three isolates.
  const auto net = io::seed_scenario();
  const snapshot s(net, io::seed_date.first_day());
  BOOST_TEST((core_numbers(s) == std::vector<std::uint32_t>{6, 6, 6, 6, 6, 6, 6, 0, 0, 0}));
  // Its obligation view has arcs both ways for each pair: in + out degree 12, core 12 (networkx DiGraph).
  BOOST_TEST(core_numbers(obligation_view(net, io::seed_date.first_day()))[0] == 12u);
}

BOOST_AUTO_TEST_SUITE_END()
