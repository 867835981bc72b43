// Graphviz is not thread-safe, so pactgraph::render runs every Graphviz call under one lock: 8 threads
// exporting, importing and rendering at once must give what one thread gives, with no data race.

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/image.hpp"
#include "threads_support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(robustness_render_threads)

// First in this executable to call Graphviz's layout: gvContext() used to add a node default
// label="\N" to every graph made after it, so the same network exported to other bytes once
// anything had been rendered (found by the threaded test below).
BOOST_AUTO_TEST_CASE(export_is_the_same_before_and_after_the_first_render) {
  const alliance_network net = io::seed_scenario();
  const std::string before = render::write_dot(net);
  (void)render::render_dot(render::write_dot(net, day_of(2007, 5, 30)));
  BOOST_TEST(render::write_dot(net) == before);
}

BOOST_AUTO_TEST_CASE(eight_threads_export_import_and_render_at_once) {
  const alliance_network net = io::seed_scenario();
  const day_number day = day_of(2007, 5, 30);
  const std::string whole = render::write_dot(net);
  const std::string picture = render::write_dot(net, day);
  const std::string svg = render::render_dot(picture).data;
  BOOST_REQUIRE(svg.find("<svg") != std::string::npos);

  std::atomic<std::size_t> mismatches{0};
  std::atomic<std::size_t> refused{0};
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < thread_count; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round) {
        if (render::write_dot(net) != whole) ++mismatches;
        if (!(render::read_dot(whole) == net)) ++mismatches;
        const auto engine = t % 2 == 0 ? render::layout_engine::dot : render::layout_engine::neato;
        const auto image = render::render_dot(picture, {.engine = engine});
        if (engine == render::layout_engine::dot && image.data != svg) ++mismatches;
        if (image.data.find("<svg") == std::string::npos) ++mismatches;
        // Errors from Graphviz in one thread must not leak into another's result.
        try {
          (void)render::render_dot("digraph { a -> ");
        } catch (const render_error&) {
          ++refused;
        }
      }
    });
  for (auto& th : threads) th.join();
  BOOST_TEST(mismatches.load() == 0u);
  BOOST_TEST(refused.load() == 3u * thread_count);
}

BOOST_AUTO_TEST_SUITE_END()
