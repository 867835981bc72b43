// Eigenvector centrality on graphs whose leading eigenvector is known in closed form; networkx
// 2.8 gave the same numbers to 1e-6, e.g. nx.eigenvector_centrality(nx.star_graph(3)) =
// {0: 0.7071068, 1: 0.4082482, ...} and, on the triangle with an isolate, {0..2: 0.5773503, 3: 1.09e-06}.

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "five_state_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(algorithms_eigenvector)

namespace {

using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

void expect_near(const std::vector<double>& got, const std::vector<double>& want, double tol) {
  BOOST_TEST_REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i)
    BOOST_TEST(std::abs(got[i] - want[i]) <= tol, "vertex " << i << ": " << got[i] << " vs " << want[i]);
}

}  // namespace

BOOST_AUTO_TEST_CASE(empty_and_one_actor) {
  alliance_network net;
  BOOST_TEST(eigenvector(snapshot(net, day)).empty());  // networkx raises on the null graph
  add_state(net, "A");
  BOOST_TEST(eigenvector(snapshot(net, day)) == std::vector<double>({1.0}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(star_in_closed_form) {
  graph g(4);
  for (int leaf = 1; leaf < 4; ++leaf) add_edge(0, leaf, g);
  // The star K(1,3) has λ = √3 with centre √3 times a leaf; unit norm: centre 1/√2, leaves 1/√6.
  const eigenvector_options tight{.iteration = {.max_iterations = 1000, .tolerance = 1e-13}};
  expect_near(eigenvector(g, tight), {1 / std::sqrt(2.0), 1 / std::sqrt(6.0), 1 / std::sqrt(6.0), 1 / std::sqrt(6.0)}, 1e-11);
  // networkx's stopping rule (n · 1e-6) leaves it within 1e-6.
  expect_near(eigenvector(g), {1 / std::sqrt(2.0), 1 / std::sqrt(6.0), 1 / std::sqrt(6.0), 1 / std::sqrt(6.0)}, 1e-6);
  // igraph (scale=True): largest value 1, so centre 1 and leaves 1/√3.
  auto ig = tight;
  ig.normalization = normalization::igraph;
  expect_near(eigenvector(g, ig), {1.0, 1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 1 / std::sqrt(3.0)}, 1e-11);
}

BOOST_AUTO_TEST_CASE(isolates_fade_and_parallel_pacts_count_once) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  add_state(net, "D");
  add_pact(net, "abc", {{a, "1990-01-01", "", tie_kind::defence},
                        {b, "1990-01-01", "", tie_kind::defence},
                        {c, "1990-01-01", "", tie_kind::defence}});
  const auto once = eigenvector(snapshot(net, day));
  // A + I has 3 on the triangle and 1 on the isolate, so the isolate shrinks by 3 each step:
  // triangle 1/√3, isolate near 0 (networkx: 1.09e-06).
  expect_near(once, {1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 0.0}, 2e-6);
  BOOST_TEST(once[3] > 0.0);
  add_pact(net, "ab", {{a, "1995-01-01", "", tie_kind::consultation}, {b, "1995-01-01", "", tie_kind::consultation}});
  const snapshot twice(net, day);
  BOOST_TEST(twice.edges()[0].multiplicity == 2u);
  BOOST_TEST(eigenvector(twice) == once, tt::per_element());
}

BOOST_AUTO_TEST_CASE(directed_obligation_view_scores_from_arcs_towards_a_vertex) {
  const auto net = fixture();
  const obligation_view v(net, day);
  // Arcs A↔B, A↔C, B↔C, D → C. Nothing points at D or E, so they fade (A + I keeps them at 1 while the
  // triangle grows by 3); on the triangle x_v = Σ over arcs u → v of x_u gives A = B = C = 1/√3
  // (networkx: 0.5773502, 0.5773502, 0.5773505, 3.1e-07, 3.1e-07).
  expect_near(eigenvector(v), {1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 0.0, 0.0}, 1e-6);
}

BOOST_AUTO_TEST_CASE(throws_when_it_does_not_settle) {
  graph g(4);
  for (int leaf = 1; leaf < 4; ++leaf) add_edge(0, leaf, g);
  // From the uniform start the star needs several steps; one is not enough.
  BOOST_CHECK_THROW((void)eigenvector(g, {.iteration = {.max_iterations = 1}}), pactgraph::error);
}

BOOST_AUTO_TEST_SUITE_END()
