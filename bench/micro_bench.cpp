// Google Benchmark micro-benchmarks of pactgraph on the real data (PACTGRAPH_DATA_DIR): loading ATOP and
// the COW states, one standard snapshot, each centrality on the 2007-12-31 snapshot, the yearly series
// 1816–2018, and DOT export and rendering. Sizes are named in each benchmark's label.
//
//   build/bench/bench/pactgraph_micro_bench [--benchmark_filter=REGEX] [--benchmark_repetitions=N]

#include <benchmark/benchmark.h>

#include <string>

#include "pactgraph/algorithms/betweenness.hpp"
#include "pactgraph/algorithms/closeness.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/harmonic.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#ifdef PACTGRAPH_BENCH_RENDER
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/image.hpp"
#endif

namespace {

const pactgraph::io::data_dir_options states_and_atop{.organisations = {}};

/// ATOP + COW states, loaded once for every benchmark that only reads them.
const pactgraph::alliance_network& atop() {
  static const auto net = pactgraph::io::load_data_dir(pactgraph::io::data_dir(), states_and_atop);
  return net;
}

const pactgraph::snapshot& snapshot_2007() {
  static const pactgraph::snapshot s(atop(), pactgraph::day_of(2007, 12, 31));
  return s;
}

void label_2007(benchmark::State& state) {
  const auto& s = snapshot_2007();
  state.SetLabel("2007-12-31: " + std::to_string(s.vertex_count()) + " states, " + std::to_string(s.edge_count()) +
                 " edges");
}

void load_states_and_atop(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(pactgraph::io::load_data_dir(pactgraph::io::data_dir(), states_and_atop));
  state.SetLabel(std::to_string(atop().tie_count()) + " ties");
}
BENCHMARK(load_states_and_atop)->Unit(benchmark::kMillisecond);

void standard_snapshot(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(pactgraph::snapshot(atop(), pactgraph::day_of(2007, 12, 31)));
  label_2007(state);
}
BENCHMARK(standard_snapshot)->Unit(benchmark::kMicrosecond);

/// A measure that does not converge on this snapshot (eigenvector: networkx fails there too) is reported, not timed.
template <class F>
void on_2007(benchmark::State& state, F measure) {
  const auto& s = snapshot_2007();
  label_2007(state);
  try {
    benchmark::DoNotOptimize(measure(s));
  } catch (const pactgraph::error& e) {
    state.SkipWithError(e.what());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(measure(s));
}

using pactgraph::snapshot;
BENCHMARK_CAPTURE(on_2007, degree, [](const snapshot& s) { return pactgraph::degree(s); })->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, betweenness, [](const snapshot& s) { return pactgraph::betweenness(s); })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, closeness, [](const snapshot& s) { return pactgraph::closeness(s); })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, harmonic, [](const snapshot& s) { return pactgraph::harmonic(s); })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, distance_centralities, [](const snapshot& s) { return pactgraph::distance_centralities(s); })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, eigenvector, [](const snapshot& s) { return pactgraph::eigenvector(s); })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, pagerank, [](const snapshot& s) { return pactgraph::pagerank(s); })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(on_2007, katz, [](const snapshot& s) { return pactgraph::katz(s); })->Unit(benchmark::kMicrosecond);

/// Betweenness of every 31 December 1816–2018; the argument is the thread count.
void yearly_betweenness_series(benchmark::State& state) {
  const auto dates = pactgraph::every_year(1816, 2018);
  const auto threads = static_cast<unsigned>(state.range(0));
  for (auto _ : state)
    benchmark::DoNotOptimize(pactgraph::series(
        atop(), dates, [](const snapshot& s) { return pactgraph::betweenness(s); }, {.threads = threads}));
  state.SetLabel("203 snapshots");
}
BENCHMARK(yearly_betweenness_series)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef PACTGRAPH_BENCH_RENDER
void dot_2007(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(pactgraph::render::write_dot(atop(), pactgraph::day_of(2007, 12, 31)));
  state.SetLabel("ATOP 2007-12-31, every tie");
}
BENCHMARK(dot_2007)->Unit(benchmark::kMillisecond);

void render_seed_svg(benchmark::State& state) {
  const auto net = pactgraph::io::seed_scenario();
  const auto dot = pactgraph::render::write_dot(net, pactgraph::day_of(2007, 5, 30));
  for (auto _ : state) benchmark::DoNotOptimize(pactgraph::render::render_dot(dot));
  state.SetLabel("seed scenario 2007-05-30, dot to SVG");
}
BENCHMARK(render_seed_svg)->Unit(benchmark::kMillisecond);
#endif

}  // namespace

BENCHMARK_MAIN();
