// Katz centrality by solving x = αAᵀx + β by hand on small graphs; networkx 2.8 gave the same
// numbers to 1e-6 (nx.katz_centrality on the same edge lists, normalized=False for the raw values,
// e.g. the star K(1,3): centre 1.3402059, leaves 1.1340205).

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "five_state_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(algorithms_katz)

namespace {

const katz_options raw{.normalization = normalization::raw, .iteration = {.max_iterations = 1000, .tolerance = 1e-13}};

void expect_near(const std::vector<double>& got, const std::vector<double>& want, double tol) {
  BOOST_TEST_REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i)
    BOOST_TEST(std::abs(got[i] - want[i]) <= tol, "vertex " << i << ": " << got[i] << " vs " << want[i]);
}

std::vector<double> unit(std::vector<double> x) {
  double norm = 0;
  for (const double v : x) norm += v * v;
  for (double& v : x) v /= std::sqrt(norm);
  return x;
}

}  // namespace

BOOST_AUTO_TEST_CASE(empty_and_one_actor) {
  alliance_network net;
  BOOST_TEST(katz(snapshot(net, day)).empty());
  add_state(net, "A");
  // x = β = 1, which is also its unit-norm scaling.
  BOOST_TEST(katz(snapshot(net, day)) == std::vector<double>({1.0}), tt::per_element());
  BOOST_TEST(katz(snapshot(net, day), raw) == std::vector<double>({1.0}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(star_in_closed_form) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(4);
  for (int leaf = 1; leaf < 4; ++leaf) add_edge(0, leaf, g);
  // c = 1 + 0.1 · 3l, l = 1 + 0.1c → c = 1.3 + 0.03c = 1.3/0.97, l = 1 + c/10.
  const double c = 1.3 / 0.97, l = 1 + c / 10;
  expect_near(katz(g, raw), {c, l, l, l}, 1e-11);
  // igraph has no Katz; its convention is the raw fixed point.
  auto ig = raw;
  ig.normalization = normalization::igraph;
  expect_near(katz(g, ig), {c, l, l, l}, 1e-11);
  expect_near(katz(g), unit({c, l, l, l}), 1e-6);
}

BOOST_AUTO_TEST_CASE(disconnected_snapshot_with_parallel_pacts) {
  const auto net = fixture();
  const snapshot s(net, day);
  // Edges A-B (two pacts, one edge), A-C, B-C, C-D; E alone at β = 1.
  // a = 1 + 0.1(a + c), c = 1 + 0.1(2a + d), d = 1 + 0.1c → c = 9a − 10, 0.99c = 1.1 + 0.2a
  // → 8.71a = 11: a = 11/8.71, c = 9a − 10, d = 1 + c/10 (a doubled A–B would raise a).
  const double a = 11 / 8.71, c = 9 * a - 10, d = 1 + c / 10;
  expect_near(katz(s, raw), {a, a, c, d, 1.0}, 1e-11);
  expect_near(katz(s), unit({a, a, c, d, 1.0}), 1e-6);
}

BOOST_AUTO_TEST_CASE(directed_obligation_view_scores_from_arcs_towards_a_vertex) {
  const auto net = fixture();
  const obligation_view v(net, day);
  // Arcs A↔B, A↔C, B↔C, D → C: D and E have no arc in, so 1; a = 1 + 0.1(a + c), c = 1 + 0.1(2a + 1)
  // → 0.9a = 1 + 0.11 + 0.02a: a = 1.11/0.88, c = 1.1 + 0.2a.
  const double a = 1.11 / 0.88, c = 1.1 + 0.2 * a;
  expect_near(katz(v, raw), {a, a, c, 1.0, 1.0}, 1e-11);
  expect_near(katz(v), unit({a, a, c, 1.0, 1.0}), 1e-6);
}

BOOST_AUTO_TEST_CASE(diverges_past_one_over_the_largest_eigenvalue) {
  // K(11) has λ = 10, so α = 0.1 is exactly 1/λ: the series does not converge (networkx raises too).
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> k11(11);
  for (int u = 0; u < 11; ++u)
    for (int v = u + 1; v < 11; ++v) add_edge(u, v, k11);
  BOOST_CHECK_THROW((void)katz(k11), pactgraph::error);
  // Below it converges: x = 1/(1 − 10α) each, 2 at α = 0.05.
  expect_near(katz(k11, {.normalization = normalization::raw, .alpha = 0.05, .iteration = {.max_iterations = 1000, .tolerance = 1e-13}}), std::vector<double>(11, 2.0),
              1e-10);
}

BOOST_AUTO_TEST_SUITE_END()
