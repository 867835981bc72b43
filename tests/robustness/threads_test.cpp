// One const network read from 8 threads at once: snapshots, obligation views, centralities and
// series give, in every thread, exactly what one thread gives. Run under ThreadSanitizer by the
// tsan preset (scripts/test), where any data race fails the test.

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/algorithms/components.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "threads_support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(robustness_threads)

namespace {

/// What one thread computes for one day.
struct day_result {
  std::size_t vertices = 0;
  std::size_t edges = 0;
  std::size_t arcs = 0;  ///< of the defence obligation view
  std::vector<double> betweenness;
  std::vector<double> closeness;
  std::vector<double> pagerank;
  std::vector<double> degree;
  std::size_t components = 0;

  friend bool operator==(const day_result&, const day_result&) = default;
};

day_result compute(const alliance_network& net, day_number day) {
  const snapshot s(net, day);
  const obligation_view v(net, day);
  return {.vertices = s.vertex_count(),
          .edges = s.edge_count(),
          .arcs = v.edge_count(),
          .betweenness = betweenness(s),
          .closeness = closeness(s),
          .pagerank = pagerank(s),
          .degree = degree(s),
          .components = connected_components(s).members.size()};
}

}  // namespace

BOOST_AUTO_TEST_CASE(eight_threads_read_one_const_network_and_agree_with_one) {
  const alliance_network net = synthetic_network();
  const std::vector<day_number> days = every_year(1950, 2010, 6, 30);
  std::vector<day_result> expected;
  for (const day_number d : days) expected.push_back(compute(net, d));
  BOOST_REQUIRE(expected.back().edges > 100u);  // the network is big enough to be worth sharing

  std::atomic<std::size_t> mismatches{0};
  std::atomic<std::size_t> done{0};
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < thread_count; ++t)
    threads.emplace_back([&, t] {
      // Each thread walks the days from its own starting point, so different days run at once.
      for (std::size_t k = 0; k < days.size(); ++k) {
        const std::size_t i = (k + t * 7) % days.size();
        if (!(compute(net, days[i]) == expected[i])) ++mismatches;
        ++done;
      }
    });
  for (auto& th : threads) th.join();
  BOOST_TEST(done.load() == thread_count * days.size());
  BOOST_TEST(mismatches.load() == 0u);
}

BOOST_AUTO_TEST_CASE(series_on_eight_threads_equals_series_on_one) {
  const alliance_network net = synthetic_network();
  const std::vector<day_number> days = every_year(1950, 2010);
  const auto metric = [](const snapshot& s) { return betweenness(s); };
  const auto one = series(net, days, metric, {.threads = 1});
  std::size_t progress_calls = 0;
  const auto eight = series(net, days, metric, {.threads = thread_count, .progress = [&](std::size_t, std::size_t) {
                                                  ++progress_calls;  // calls never overlap, so no lock is needed
                                                }});
  BOOST_TEST((one == eight));
  BOOST_TEST(progress_calls == days.size());
  // Several series at once over the same network.
  std::vector<std::thread> threads;
  std::atomic<std::size_t> mismatches{0};
  for (unsigned t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      if (series(net, days, metric, {.threads = 2}) != one) ++mismatches;
    });
  for (auto& th : threads) th.join();
  BOOST_TEST(mismatches.load() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
