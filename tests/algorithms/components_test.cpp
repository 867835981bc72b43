#include "pactgraph/algorithms/components.hpp"

#include <boost/test/unit_test.hpp>
#include <set>
#include <string>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "structure_reference.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using namespace pactgraph::testing::structure;

BOOST_AUTO_TEST_SUITE(algorithms_components)

BOOST_AUTO_TEST_CASE(agrees_with_networkx) {
  const auto graphs = structure_graphs();
  const auto answers = networkx_structure(graphs, "components");
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const auto c = with_bgl(graphs[i], [](const auto& g) { return connected_components(g); });
    // networkx's components, each sorted and then listed in order: our order by smallest vertex.
    BOOST_TEST((c.members == answers[i]["components"].get<std::vector<std::vector<std::uint32_t>>>()),
               graphs[i].name);
    for (std::size_t k = 0; k < c.count(); ++k)
      for (const auto v : c.members[k]) BOOST_TEST(c.component_of[v] == k);
  }
}

BOOST_AUTO_TEST_CASE(seed_blocs) {
  const auto net = io::seed_scenario();
  // States only, alliance ties, 2007-05-30: the seven treaty members form one bloc; GRG, AZE and USA
  // are isolates. Vertices are actor ids: RUS UZB KZK KYR TAJ ARM BLR GRG AZE USA.
  const snapshot s(net, io::seed_date.first_day());
  const auto c = connected_components(s);
  BOOST_TEST(c.count() == 4u);
  BOOST_TEST(c.largest() == 0u);
  BOOST_TEST((c.members[0] == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6}));
  const auto blocs = component_actors(s, c);
  BOOST_TEST((blocs[1] == std::vector<actor_id>{net.actor_named("GRG")}));
  // Every tie and actor: the USA joins NATO, the EU's embargo joins it to Uzbekistan, and the CSTO
  // joins its members; NATO and the USA stay apart.
  const snapshot all(net, io::seed_date.first_day(), {.kinds = tie_kind::all, .actors = actor_kind::any});
  const auto ca = connected_components(all);
  std::set<std::set<std::string>> named;
  for (const auto& bloc : component_actors(all, ca)) {
    std::set<std::string> names;
    for (const auto a : bloc) names.insert(net[a].abbreviation);
    named.insert(names);
  }
  BOOST_TEST((named == std::set<std::set<std::string>>{
                           {"RUS", "UZB", "KZK", "KYR", "TAJ", "ARM", "BLR", "CSTO", "EU"}, {"GRG"}, {"AZE"}, {"USA", "NATO"}}));
  // The obligation view splits into weak components the same way as the alliance snapshot.
  BOOST_TEST((connected_components(obligation_view(net, io::seed_date.first_day())).members == c.members));
}

BOOST_AUTO_TEST_CASE(degenerate_graphs) {
  BOOST_TEST(connected_components(undirected_bgl{}).count() == 0u);
  BOOST_TEST(connected_components(undirected_bgl{}).largest() == 0u);
  BOOST_TEST(connected_components(undirected_bgl(1)).count() == 1u);
  BOOST_TEST(connected_components(snapshot{}).count() == 0u);
  // A self-loop and parallel edges do not join anything.
  undirected_bgl g(3);
  boost::add_edge(0, 0, 1.0, g);
  boost::add_edge(1, 2, 1.0, g);
  boost::add_edge(2, 1, 1.0, g);
  BOOST_TEST((connected_components(g).component_of == std::vector<std::uint32_t>{0, 1, 1}));
  // Only an arc 1 -> 0 in a directed graph: weakly one component.
  directed_bgl d(2);
  boost::add_edge(1, 0, 1.0, d);
  BOOST_TEST(connected_components(d).count() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
