// The iteration limits eigenvector, PageRank and Katz share: a tolerance that is not a positive
// finite number or a limit of 0 iterations is refused before any work, and an iteration that does
// not settle within its limit throws convergence_error naming the measure, the limit and the
// tolerance. (Values against networkx at chosen limits: centrality_atop_test.cpp.)

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"

using namespace pactgraph;

namespace {

using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// Each measure run with the given limits, under the name its errors use.
using limited_run = std::function<std::vector<double>(const graph&, std::size_t, double)>;
const std::vector<std::pair<std::string, limited_run>> measures{
    {"eigenvector centrality", [](const graph& g, std::size_t n, double tol) {
       return eigenvector(g, {.iteration = {.max_iterations = n, .tolerance = tol}});
     }},
    {"pagerank", [](const graph& g, std::size_t n, double tol) { return pagerank(g, {.iteration = {.max_iterations = n, .tolerance = tol}}); }},
    {"katz centrality", [](const graph& g, std::size_t n, double tol) { return katz(g, {.iteration = {.max_iterations = n, .tolerance = tol}}); }}};

graph star() {
  graph g(4);
  for (int leaf = 1; leaf < 4; ++leaf) add_edge(0, leaf, g);
  return g;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(algorithms_iteration_limits)

BOOST_AUTO_TEST_CASE(limits_no_iteration_could_meet_are_usage_errors) {
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  for (const auto& [name, run] : measures) {
    BOOST_TEST_CONTEXT(name) {
      for (const graph& g : {graph(0), star()}) {  // refused before the graph is looked at, even when empty
        for (const double tol : {0.0, -1e-6, nan, inf, -inf}) {
          BOOST_TEST_CONTEXT("tolerance " << tol) {
            BOOST_CHECK_EXCEPTION((void)run(g, 100, tol), usage_error, [&](const usage_error& e) {
              return std::string(e.what()).starts_with(name + ": tolerance must be a positive finite number, not ");
            });
          }
        }
        BOOST_CHECK_EXCEPTION((void)run(g, 0, 1e-6), usage_error, [&](const usage_error& e) {
          return std::string(e.what()) == name + ": max_iterations must be at least 1";
        });
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(an_iteration_that_does_not_settle_is_a_convergence_error) {
  // On the star K(1,3) one step from the uniform vector moves every measure by far more than
  // n · 1e-6 = 4e-6 (eigenvector: (1/4, ...) to (4, 2, 2, 2)/√28; Katz: 0 to β = 1 per vertex;
  // PageRank: the centre 1/4 to 0.15/4 + 0.85 · 3/8 ≈ 0.356).
  for (const auto& [name, run] : measures) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_CHECK_EXCEPTION((void)run(star(), 1, 1e-6), convergence_error, [&](const convergence_error& e) {
        return std::string(e.what()) == name + " did not converge in 1 iterations at tolerance 1e-06";
      });
      // A pactgraph::error like every other, so callers catching the root still see it.
      BOOST_CHECK_THROW((void)run(star(), 1, 1e-6), pactgraph::error);
      // The same iteration with room to settle returns one value per vertex.
      BOOST_TEST(run(star(), 1000, 1e-6).size() == 4u);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
