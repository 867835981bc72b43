#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/concepts.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/temporal/active_view.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

namespace {

template <class G>
concept runs_betweenness = requires(const G& g) { pactgraph::betweenness(g); };
template <class G>
concept runs_degree = requires(const G& g) { pactgraph::degree(g); };

using plain_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
/// The network's multigraph with only the day's ties: every vertex kept, so num_vertices stays true.
using ties_of_the_day = boost::filtered_graph<multigraph, active_tie_filter>;

}  // namespace

// The trap: num_vertices on a filtered_graph counts the hidden vertices too, so an algorithm run on
// the lazy view would score actors it filters out and normalise by the whole network. Refused.
static_assert(!bgl_graph<active_view>);
static_assert(!algorithm_graph<active_view>);
static_assert(!runs_betweenness<active_view>);
static_assert(!runs_degree<active_view>);
// What the algorithms do take: snapshots, the graph core, plain Boost.Graph graphs, the multigraph,
// and a filtered graph that hides edges only (the algorithms find edges by walking them).
static_assert(runs_betweenness<snapshot> && runs_degree<snapshot>);
static_assert(bgl_graph<pactgraph::simple_graph> && runs_betweenness<pactgraph::simple_graph>);
static_assert(runs_betweenness<plain_graph> && runs_degree<plain_graph>);
static_assert(runs_betweenness<multigraph>);
static_assert(bgl_graph<ties_of_the_day> && runs_betweenness<ties_of_the_day>);

BOOST_AUTO_TEST_SUITE(algorithms_concepts)

BOOST_AUTO_TEST_CASE(a_graph_that_hides_only_edges_scores_like_the_snapshot_of_the_day) {
  // A–B and B–C in force on 2000-01-01, C–D ended in 1995: D is isolated but still a state of the day.
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C"), d = add_state(net, "D");
  add_pact(net, "ab", {{a, "1990", "", tie_kind::defence}, {b, "1990", "", tie_kind::defence}});
  add_pact(net, "bc", {{b, "1990", "", tie_kind::defence}, {c, "1990", "", tie_kind::defence}});
  add_pact(net, "cd", {{c, "1990", "1995", tie_kind::defence}, {d, "1990", "1995", tie_kind::defence}});
  const day_number day = day_of(2000, 1, 1);
  const ties_of_the_day filtered(net.graph(), active_tie_filter{selection(net, day, {})});
  // By hand, networkx normalisation 2B/((n−1)(n−2)) with n = 4: only B lies between two others (A, C),
  // B = 1, so 2/6 = 1/3; every other state 0.
  const std::vector<double> expected{0.0, 1.0 / 3.0, 0.0, 0.0};
  BOOST_TEST(betweenness(filtered) == expected, boost::test_tools::per_element());
  BOOST_TEST(betweenness(snapshot(net, day)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
