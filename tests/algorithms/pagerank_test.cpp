// PageRank by solving its linear equations by hand on small graphs; networkx 2.8 gave the same
// numbers to 1e-6 (nx.pagerank on the same edge lists, e.g. the star K(1,3): centre 0.4797306,
// leaves 0.1734231; the directed view below: 0.3020501, 0.3020501, 0.3236107, 0.0361446, 0.0361446).

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <numeric>

#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "five_state_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(algorithms_pagerank)

namespace {

const pagerank_options tight{.iteration = {.max_iterations = 10000, .tolerance = 1e-13}};

void expect_near(const std::vector<double>& got, const std::vector<double>& want, double tol) {
  BOOST_TEST_REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i)
    BOOST_TEST(std::abs(got[i] - want[i]) <= tol, "vertex " << i << ": " << got[i] << " vs " << want[i]);
  BOOST_TEST(std::accumulate(got.begin(), got.end(), 0.0) == 1.0, tt::tolerance(1e-12));
}

}  // namespace

BOOST_AUTO_TEST_CASE(empty_and_one_actor) {
  alliance_network net;
  BOOST_TEST(pagerank(snapshot(net, day)).empty());
  add_state(net, "A");
  BOOST_TEST(pagerank(snapshot(net, day)) == std::vector<double>({1.0}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(star_in_closed_form) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(4);
  for (int leaf = 1; leaf < 4; ++leaf) add_edge(0, leaf, g);
  // Centre c = 0.15/4 + 0.85 · 3l (each leaf gives it all), leaf l = 0.15/4 + 0.85 · c/3:
  // c = 0.0375 + 2.55 (0.0375 + 0.85c/3) → c = 0.133125/0.2775 = 0.4797297..., l = (1 − c)/3.
  const double c = 0.133125 / 0.2775, l = (1 - c) / 3;
  expect_near(pagerank(g, tight), {c, l, l, l}, 1e-11);
  // networkx's stopping rule leaves the default within 1e-5 of the fixed point (the star oscillates slowly).
  expect_near(pagerank(g), {c, l, l, l}, 1e-5);
}

BOOST_AUTO_TEST_CASE(isolate_is_dangling_and_parallel_pacts_count_once) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  add_state(net, "D");
  add_pact(net, "abc", {{a, "1990-01-01", "", tie_kind::defence},
                        {b, "1990-01-01", "", tie_kind::defence},
                        {c, "1990-01-01", "", tie_kind::defence}});
  add_pact(net, "ab", {{a, "1995-01-01", "", tie_kind::consultation}, {b, "1995-01-01", "", tie_kind::consultation}});
  const snapshot s(net, day);
  BOOST_TEST(s.edges()[0].multiplicity == 2u);
  // The isolate D spreads its mass over all four: d = 0.15/4 + 0.85 · d/4 → d = 0.0375/0.7875 = 1/21;
  // the triangle shares the rest equally, 20/63 each (a doubled A–B would tilt it towards A and B).
  expect_near(pagerank(s, tight), {20.0 / 63, 20.0 / 63, 20.0 / 63, 1.0 / 21}, 1e-11);
}

BOOST_AUTO_TEST_CASE(directed_obligation_view_with_dangling_vertices) {
  const auto net = fixture();
  const obligation_view v(net, day);
  // Arcs A↔B, A↔C, B↔C, D → C; E has no arc out, so its mass is spread over all five.
  // D and E receive only that and the teleport: k = 0.03 + 0.17k → k = 0.03/0.83.
  // A = B = a, C = c: a = k + 0.85(a/2 + c/2), c = k + 0.85(a + k) (A and B give C half each, D all);
  // so 0.575a = k + 0.425(1.85k + 0.85a) → a = 1.78625k/0.21375, c = 1.85k + 0.85a.
  const double k = 0.03 / 0.83, a = 1.78625 * k / 0.21375, c = 1.85 * k + 0.85 * a;
  expect_near(pagerank(v, tight), {a, a, c, k, k}, 1e-11);
  expect_near(pagerank(v), {a, a, c, k, k}, 1e-6);
}

BOOST_AUTO_TEST_CASE(personalization) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(2);
  add_edge(0, 1, g);
  // All teleports go to 0: x0 = 0.15 + 0.85 x1, x1 = 0.85 x0 → x0 = 0.15/(1 − 0.7225)
  // (networkx with personalization {0: 1, 1: 0}: 0.5405409, 0.4594591).
  const std::vector<double> to_first{2.0, 0.0};  // weights are scaled to sum 1
  auto options = tight;
  options.personalization = to_first;
  const double x0 = 0.15 / 0.2775;
  expect_near(pagerank(g, options), {x0, 1 - x0}, 1e-11);
  const std::vector<double> too_few{1.0}, negative{1.0, -1.0}, zero{0.0, 0.0};
  BOOST_CHECK_THROW((void)pagerank(g, {.personalization = too_few}), usage_error);
  BOOST_CHECK_THROW((void)pagerank(g, {.personalization = negative}), usage_error);
  BOOST_CHECK_THROW((void)pagerank(g, {.personalization = zero}), usage_error);
}

BOOST_AUTO_TEST_CASE(throws_when_it_does_not_settle) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(4);
  for (int leaf = 1; leaf < 4; ++leaf) add_edge(0, leaf, g);
  BOOST_CHECK_THROW((void)pagerank(g, {.iteration = {.max_iterations = 2}}), pactgraph::error);
}

BOOST_AUTO_TEST_SUITE_END()
