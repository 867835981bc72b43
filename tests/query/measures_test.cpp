// Centrality, statistics and blocs of the seed scenario as tables, against hand counts: ten states on
// every 31 December, the treaty's seven current members forming one clique of 21 edges.

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/query/blocs.hpp"
#include "pactgraph/query/centrality.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/path.hpp"
#include "pactgraph/query/stats.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(query_measures)

namespace {

const alliance_network& seed_network() {
  static const alliance_network net = io::seed_scenario();
  return net;
}

}  // namespace

BOOST_AUTO_TEST_CASE(centrality_over_a_span_is_one_tidy_table) {
  const query::table t =
      query::centrality(seed_network(), year_span{2005, 2007}, {.metrics = "betweenness,degree", .threads = 1});
  // Ten states every year, dates in order; the asked measures in the order of measure_names.
  BOOST_TEST_REQUIRE(t.rows() == 30u);
  BOOST_TEST(t.scalars.empty());
  std::vector<std::string> names;
  for (const auto& c : t.columns) names.push_back(c.name);
  const std::vector<std::string> expected{"date", "code", "abbrev", "name", "degree", "betweenness"};
  BOOST_TEST(names == expected, boost::test_tools::per_element());
  BOOST_TEST(t["date"].texts[0] == "2005-12-31");
  BOOST_TEST(t["date"].texts[29] == "2007-12-31");
  // 2007-12-31: Russia is tied to the six other members of the treaty, out of nine others.
  BOOST_TEST(t["abbrev"].texts[20] == "RUS");
  BOOST_TEST(t["degree"].reals[20] == 6.0 / 9.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_measure_that_does_not_converge_is_left_empty_with_a_note) {
  // One power iteration cannot meet a tolerance of 1e-15 from the uniform start on a graph with
  // isolated states, whose scores must fall to zero.
  const query::table t = query::centrality(seed_network(), query::parse_day("2007-05-30"),
                                           {.metrics = "eigenvector", .tolerance = 1e-15, .max_iterations = 1});
  BOOST_TEST(std::isnan(t["eigenvector"].reals.front()));
  BOOST_TEST(t["eigenvector"].is_missing(0));
  BOOST_TEST_REQUIRE(t.notes.size() == 1u);
  BOOST_TEST(t.notes.front().starts_with("2007-05-30: "));
}

BOOST_AUTO_TEST_CASE(an_unknown_metric_is_a_usage_error) {
  BOOST_CHECK_EXCEPTION((void)query::centrality(seed_network(), query::default_day(), {.metrics = "betweeness"}),
                        usage_error, [](const usage_error& e) {
                          return std::string(e.what()) ==
                                 "--metrics: unknown metric 'betweeness'; did you mean 'betweenness'?";
                        });
}

BOOST_AUTO_TEST_CASE(statistics_of_the_seed_day) {
  const query::table t = query::stats(seed_network(), query::default_day());
  BOOST_TEST_REQUIRE(t.rows() == 1u);
  BOOST_TEST(t["vertices"].integers.front() == 10);
  BOOST_TEST(t["edges"].integers.front() == 21);
  BOOST_TEST(t["density"].reals.front() == 21.0 / 45.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(t["largest_component"].integers.front() == 7);
  BOOST_TEST(t["diameter"].integers.front() == 1);
}

BOOST_AUTO_TEST_CASE(components_of_the_seed_day) {
  // The clique of seven, then Georgia, Azerbaijan and the United States alone.
  const auto b = query::blocs(seed_network(), query::default_day());
  BOOST_TEST(b.blocs["size"].integers == (std::vector<std::int64_t>{7, 1, 1, 1}), boost::test_tools::per_element());
  BOOST_TEST(b.members.rows() == 10u);
  BOOST_TEST(b.members["method"].texts.front() == "components");
  BOOST_CHECK_THROW((void)query::blocs(seed_network(), query::default_day(), {.method = "louvain"}), usage_error);
}

BOOST_AUTO_TEST_CASE(no_alliance_path_to_the_united_states) {
  // The Karshi-Khanabad basing agreement ended in 2005-11 and pledged no alliance obligation anyway.
  const auto p = query::path(seed_network(), "ARM", "USA", query::parse_day("2005-06-30"));
  BOOST_TEST(p.paths.rows() == 0u);
  BOOST_TEST(p.steps.rows() == 0u);
  BOOST_TEST_REQUIRE(!p.paths.notes.empty());
  BOOST_TEST(p.paths.notes.front() == "no path from ARM to USA on 2005-06-30");
}

BOOST_AUTO_TEST_SUITE_END()
