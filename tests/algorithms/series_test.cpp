#include <boost/test/unit_test.hpp>

#include <mutex>

#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(algorithms_series)

BOOST_AUTO_TEST_CASE(same_results_in_date_order_for_any_thread_count) {
  const auto net = io::seed_scenario();
  auto dates = every_year(1985, 2012);
  dates.push_back(io::seed_date.first_day());
  dates.push_back(day_of(2006, 8, 17));  // Uzbekistan rejoins the treaty on this very day
  const snapshot_options everything{.kinds = tie_kind::all, .actors = actor_kind::any};
  const auto metric = [](const snapshot& s) {
    auto all = distance_centralities(s);
    all.betweenness.insert(all.betweenness.end(), all.closeness.begin(), all.closeness.end());
    const auto pr = pagerank(s);
    all.betweenness.insert(all.betweenness.end(), pr.begin(), pr.end());
    return all.betweenness;
  };
  const auto one = series(net, dates, metric, {.threads = 1, .snapshot = everything});
  BOOST_TEST_REQUIRE(one.size() == dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i)
    BOOST_TEST(one[i] == metric(snapshot(net, dates[i], everything)), boost::test_tools::per_element());
  // Not all the same: the network changes over the years (the test would be blind otherwise).
  BOOST_TEST(one.front() != one.back());
  for (const unsigned threads : {2u, 4u, 0u}) {
    std::mutex lock;
    std::vector<std::size_t> seen;
    const auto many = series(net, dates, metric,
                             {.threads = threads,
                              .snapshot = everything,
                              .progress = [&](std::size_t done, std::size_t total) {
                                const std::scoped_lock hold(lock);
                                BOOST_TEST(total == dates.size());
                                seen.push_back(done);
                              }});
    BOOST_TEST(many == one);
    std::vector<std::size_t> expected(dates.size());
    for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i + 1;
    BOOST_TEST(seen == expected, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(dated_metrics_and_empty_lists) {
  const auto net = io::seed_scenario();
  const auto in_degree = [](const alliance_network& n, day_number d) {
    return degree(obligation_view(n, d), {.normalization = normalization::raw, .direction = degree_direction::in});
  };
  const auto dates = every_year(1990, 2010, 5, 30);
  const auto values = series(net, dates, in_degree, {.threads = 3});
  for (std::size_t i = 0; i < dates.size(); ++i)
    BOOST_TEST(values[i] == in_degree(net, dates[i]), boost::test_tools::per_element());
  BOOST_TEST(series(net, {}, in_degree).empty());
}

BOOST_AUTO_TEST_CASE(an_error_stops_the_series) {
  const auto net = io::seed_scenario();
  const auto dates = every_year(1990, 2010);
  const auto failing = [](const snapshot& s) -> int {
    if (s.day() == day_of(2000, 12, 31)) throw usage_error("boom");
    return 0;
  };
  BOOST_CHECK_THROW((void)series(net, dates, failing, {.threads = 2}), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
