// The pactgraph side of bench/compare: one workload per subcommand, its timings as one JSON object on
// stdout, and (with --dump) its inputs and values as text for the peers and the value checks.
//
//   pactgraph_bench_runner w1 --data DIR [--threads T] [--dump-graphs FILE] [--dump-values FILE]
//   pactgraph_bench_runner w2 --edges FILE --measure betweenness|closeness [--threads T] [--dump-values FILE]
//   pactgraph_bench_runner w3 [--actors N] [--ties M] [--seed S] [--snapshots K] [--threads T]
//                             [--min-members A] [--max-members B]
//   pactgraph_bench_runner gen-ba --vertices N --m M --seed S --out FILE

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/io/data_dir.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t0) {
  return std::chrono::duration<double>(clock_type::now() - t0).count();
}

/// --name value pairs after the subcommand.
class arguments {
 public:
  arguments(int argc, char** argv) {
    for (int i = 2; i + 1 < argc; i += 2) {
      const std::string key = argv[i];
      if (key.rfind("--", 0) != 0) throw std::runtime_error("expected --option, got '" + key + "'");
      m_values[key.substr(2)] = argv[i + 1];
    }
    if (argc % 2 != 0) throw std::runtime_error("option without a value");
  }
  [[nodiscard]] std::string get(const std::string& key, const std::string& fallback = "") const {
    const auto it = m_values.find(key);
    return it == m_values.end() ? fallback : it->second;
  }
  [[nodiscard]] long number(const std::string& key, long fallback) const {
    const auto it = m_values.find(key);
    return it == m_values.end() ? fallback : std::stol(it->second);
  }

 private:
  std::map<std::string, std::string> m_values;
};

/// CPU seconds of the whole process (every thread): robust to other jobs sharing the machine.
double cpu_now() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

/// Peak resident set of this process in KiB (VmHWM). Not getrusage's ru_maxrss: Linux keeps that across
/// execve, so a program started by a large driver would report the driver's peak.
long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

std::size_t heap_in_use() { return mallinfo2().uordblks + mallinfo2().hblkhd; }

unsigned resolve(long threads) {
  return threads > 0 ? static_cast<unsigned>(threads) : std::max(1u, std::thread::hardware_concurrency());
}

/// Runs f(i) for i in [0, count) on `threads` threads.
template <class F>
void parallel_for(std::size_t count, unsigned threads, const F& f) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) f(i);
  };
  if (threads <= 1) {
    work();
    return;
  }
  std::vector<std::jthread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
}

// ---------------------------------------------------------------- W1

/// The six measures of W1 on one snapshot, networkx conventions.
struct w1_values {
  std::vector<double> degree, betweenness, closeness, harmonic, eigenvector, pagerank;
};

/// networkx raises PowerIterationFailedConvergence where pactgraph throws; both count as "no value" (NaN).
template <class F>
std::vector<double> or_nan(const pactgraph::snapshot& s, F measure) {
  try {
    return measure(s);
  } catch (const pactgraph::error&) {
    return std::vector<double>(s.vertex_count(), std::numeric_limits<double>::quiet_NaN());
  }
}

w1_values w1_metrics(const pactgraph::snapshot& s) {
  auto distance = pactgraph::distance_centralities(s, {.threads = 1});
  return {.degree = pactgraph::degree(s),
          .betweenness = std::move(distance.betweenness),
          .closeness = std::move(distance.closeness),
          .harmonic = std::move(distance.harmonic),
          .eigenvector = or_nan(s, [](const pactgraph::snapshot& x) { return pactgraph::eigenvector(x); }),
          .pagerank = or_nan(s, [](const pactgraph::snapshot& x) { return pactgraph::pagerank(x); })};
}

int cow_code(const pactgraph::alliance_network& net, pactgraph::actor_id a) {
  const auto& code = net[a].cow_code;
  if (!code) throw std::runtime_error("snapshot vertex '" + net[a].abbreviation + "' has no COW code");
  return *code;
}

int run_w1(const arguments& args) {
  const unsigned threads = resolve(args.number("threads", 0));
  const auto dates = pactgraph::every_year(1816, 2018);

  // End to end: read the CSV files, then every snapshot and its measures.
  const double c0 = cpu_now();
  const auto t0 = clock_type::now();
  const auto net = pactgraph::io::load_data_dir(args.get("data"), {.organisations = {}});
  const double load_s = seconds_since(t0);
  const auto t1 = clock_type::now();
  const auto values = pactgraph::series(net, dates, w1_metrics, {.threads = threads});
  const double series_s = seconds_since(t1);
  const double end_to_end_s = seconds_since(t0);
  const double end_to_end_cpu_s = cpu_now() - c0;

  // Metrics alone: the snapshots built first (timed apart), then only the measures, on 1 and on all threads.
  const auto t2 = clock_type::now();
  std::vector<pactgraph::snapshot> snaps(dates.size());
  parallel_for(dates.size(), threads, [&](std::size_t i) { snaps[i] = pactgraph::snapshot(net, dates[i]); });
  const double snapshots_s = seconds_since(t2);
  std::vector<w1_values> again(dates.size());
  const double c3 = cpu_now();
  const auto t3 = clock_type::now();
  for (std::size_t i = 0; i < snaps.size(); ++i) again[i] = w1_metrics(snaps[i]);
  const double metrics_1t_s = seconds_since(t3);
  const double metrics_1t_cpu_s = cpu_now() - c3;
  const double c4 = cpu_now();
  const auto t4 = clock_type::now();
  parallel_for(dates.size(), threads, [&](std::size_t i) { again[i] = w1_metrics(snaps[i]); });
  const double metrics_all_s = seconds_since(t4);
  const double metrics_all_cpu_s = cpu_now() - c4;

  std::size_t vertices = 0, edges = 0;
  for (const auto& s : snaps) {
    vertices += s.vertex_count();
    edges += s.edge_count();
  }

  if (const auto path = args.get("dump-graphs"); !path.empty()) {
    std::ofstream out(path);
    for (std::size_t i = 0; i < snaps.size(); ++i) {
      const auto& s = snaps[i];
      out << "S " << (1816 + i) << ' ' << s.vertex_count() << ' ' << s.edge_count() << '\n';
      for (std::size_t v = 0; v < s.vertex_count(); ++v)
        out << (v ? " " : "") << cow_code(net, s.actor_at(static_cast<std::uint32_t>(v)));
      out << '\n';
      for (const auto& e : s.edges())
        out << cow_code(net, s.actor_at(e.u)) << ' ' << cow_code(net, s.actor_at(e.v)) << '\n';
    }
  }
  if (const auto path = args.get("dump-values"); !path.empty()) {
    FILE* out = std::fopen(path.c_str(), "w");
    if (out == nullptr) throw std::runtime_error("cannot write " + path);
    for (std::size_t i = 0; i < snaps.size(); ++i) {
      const auto& v = values[i];
      // igraph solves eigenvector and PageRank exactly (ARPACK, PRPACK) where networkx stops at n·1e-6, so
      // its values are checked against these iterated to the fixed point (NaN: no convergence).
      const auto eig = or_nan(snaps[i], [](const pactgraph::snapshot& x) {
        return pactgraph::eigenvector(x, {.iteration = {.max_iterations = 100000, .tolerance = 1e-15}});
      });
      const auto pr = or_nan(snaps[i], [](const pactgraph::snapshot& x) {
        return pactgraph::pagerank(x, {.iteration = {.max_iterations = 100000, .tolerance = 1e-15}});
      });
      for (std::size_t k = 0; k < snaps[i].vertex_count(); ++k)
        std::fprintf(out, "%zu %d %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g\n", 1816 + i,
                     cow_code(net, snaps[i].actor_at(static_cast<std::uint32_t>(k))), v.degree[k], v.betweenness[k],
                     v.closeness[k], v.harmonic[k], v.eigenvector[k], v.pagerank[k], eig[k], pr[k]);
    }
    std::fclose(out);
  }
  std::printf(
      "{\"load_s\": %.6f, \"series_s\": %.6f, \"end_to_end_s\": %.6f, \"end_to_end_cpu_s\": %.6f, "
      "\"snapshots_s\": %.6f, \"metrics_1t_s\": %.6f, \"metrics_1t_cpu_s\": %.6f, \"metrics_all_s\": %.6f, "
      "\"metrics_all_cpu_s\": %.6f, \"threads\": %u, \"snapshots\": %zu, \"vertices\": %zu, \"edges\": %zu, "
      "\"ties\": %zu, \"peak_hwm_kib\": %ld}\n",
      load_s, series_s, end_to_end_s, end_to_end_cpu_s, snapshots_s, metrics_1t_s, metrics_1t_cpu_s, metrics_all_s,
      metrics_all_cpu_s, threads, snaps.size(), vertices, edges, net.tie_count(), peak_rss_kib());
  return 0;
}

// ---------------------------------------------------------------- W2

using plain_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// Reads "n m" then m lines "u v" (vertices 0..n-1).
plain_graph read_edge_list(const std::string& path) {
  std::ifstream in(path);
  std::size_t n = 0, m = 0;
  if (!(in >> n >> m)) throw std::runtime_error("cannot read " + path);
  plain_graph g(n);
  for (std::size_t i = 0; i < m; ++i) {
    std::size_t u = 0, v = 0;
    if (!(in >> u >> v)) throw std::runtime_error(path + ": short edge list");
    boost::add_edge(u, v, g);
  }
  return g;
}

int run_w2(const arguments& args) {
  const auto g = read_edge_list(args.get("edges"));
  const std::string measure = args.get("measure", "betweenness");
  const unsigned threads = resolve(args.number("threads", 1));
  const double c0 = cpu_now();
  const auto t0 = clock_type::now();
  std::vector<double> values;
  if (measure == "betweenness")
    values = pactgraph::betweenness(g, {.threads = threads});
  else if (measure == "closeness")
    values = pactgraph::closeness(g, {.threads = threads});
  else
    throw std::runtime_error("unknown measure '" + measure + "'");
  const double run_s = seconds_since(t0);
  const double cpu_s = cpu_now() - c0;
  if (const auto path = args.get("dump-values"); !path.empty()) {
    FILE* out = std::fopen(path.c_str(), "w");
    if (out == nullptr) throw std::runtime_error("cannot write " + path);
    for (const double x : values) std::fprintf(out, "%.17g\n", x);
    std::fclose(out);
  }
  std::printf("{\"run_s\": %.6f, \"cpu_s\": %.6f, \"threads\": %u, \"peak_hwm_kib\": %ld}\n", run_s, cpu_s, threads,
              peak_rss_kib());
  return 0;
}

/// A Barabási–Albert graph (Barabási and Albert, DOI 10.1126/science.286.5439.509) as networkx builds it:
/// m isolated seeds, then each new vertex links to m distinct targets drawn from the repeated-ends list.
/// splitmix64 so the file is the same on every platform.
int run_gen_ba(const arguments& args) {
  const auto n = static_cast<std::uint32_t>(args.number("vertices", 10000));
  const auto m = static_cast<std::uint32_t>(args.number("m", 5));
  std::uint64_t state = static_cast<std::uint64_t>(args.number("seed", 20240607));
  auto next = [&] {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<std::uint32_t> repeated;
  std::vector<std::uint32_t> targets(m);
  for (std::uint32_t i = 0; i < m; ++i) targets[i] = i;
  for (std::uint32_t source = m; source < n; ++source) {
    for (const auto t : targets) {
      edges.emplace_back(t, source);
      repeated.push_back(t);
      repeated.push_back(source);
    }
    std::set<std::uint32_t> chosen;
    while (chosen.size() < m) chosen.insert(repeated[next() % repeated.size()]);
    targets.assign(chosen.begin(), chosen.end());
  }
  std::ofstream out(args.get("out"));
  out << n << ' ' << edges.size() << '\n';
  for (const auto& [u, v] : edges) out << u << ' ' << v << '\n';
  std::printf("{\"vertices\": %u, \"edges\": %zu}\n", n, edges.size());
  return 0;
}

// ---------------------------------------------------------------- W3

/// A synthetic network: `actors` states with one system spell each, and multilateral pacts of `smallest` to
/// `largest` members with one shared spell, added until the network has exactly `ties` dated ties.
pactgraph::alliance_network synthetic_network(std::uint32_t actors, std::size_t ties, std::uint64_t seed,
                                              std::size_t smallest, std::size_t largest) {
  std::uint64_t state = seed;
  auto next = [&](std::uint64_t bound) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return (z ^ (z >> 31)) % bound;
  };
  using pactgraph::date;
  pactgraph::alliance_network net;
  const auto src = net.add_source({.key = "synthetic", .first = date(1800, 1, 1), .last = date(2020, 12, 31)});
  for (std::uint32_t i = 0; i < actors; ++i) {
    const int begin = 1800 + static_cast<int>(next(150));
    std::optional<date> end;
    if (next(5) == 0) end = date(begin + 20 + static_cast<int>(next(130)), 12, 31);
    pactgraph::actor a{.abbreviation = "S" + std::to_string(i), .cow_code = static_cast<int>(i)};
    a.spells.push_back({.when = pactgraph::spell::between(date(begin, 1, 1), end), .source = src});
    net.add_actor(std::move(a));
  }
  std::size_t pacts = 0;
  while (net.tie_count() < ties) {
    const std::size_t left = ties - net.tie_count();
    std::size_t k = smallest + next(largest - smallest + 1);
    while (k * (k - 1) / 2 > left) --k;
    const int begin = 1816 + static_cast<int>(next(200));
    const auto when = pactgraph::spell::between(date(begin, 1 + static_cast<unsigned>(next(12)), 1),
                                                date(begin + 1 + static_cast<int>(next(60)), 6, 30));
    pactgraph::pact p{.key = "P" + std::to_string(pacts++), .source = src};
    std::set<std::uint32_t> members;
    while (members.size() < k) members.insert(static_cast<std::uint32_t>(next(actors)));
    for (const auto m : members)
      p.members.push_back({.actor = pactgraph::actor_id{m},
                           .spells = {{.when = when, .pledges = next(2) ? pactgraph::tie_kind::defence
                                                                          : pactgraph::tie_kind::consultation}}});
    net.add_pact(std::move(p));
  }
  return net;
}

/// The number of distinct pairs of present states with an active tie on `day`, counted the slow way.
std::size_t brute_force_edges(const pactgraph::alliance_network& net, pactgraph::day_number day) {
  std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (const auto& t : net.ties())
    if (t.when.contains(day) && net.present(t.a, day) && net.present(t.b, day))
      pairs.emplace(std::min(t.a.value(), t.b.value()), std::max(t.a.value(), t.b.value()));
  return pairs.size();
}

int run_w3(const arguments& args) {
  const auto actors = static_cast<std::uint32_t>(args.number("actors", 20000));
  const auto ties = static_cast<std::size_t>(args.number("ties", 1000000));
  const auto count = static_cast<int>(args.number("snapshots", 200));
  const unsigned threads = resolve(args.number("threads", 0));
  const std::size_t heap0 = heap_in_use();
  const double c0 = cpu_now();
  const auto t0 = clock_type::now();
  const auto smallest = static_cast<std::size_t>(args.number("min-members", 2));
  const auto largest = static_cast<std::size_t>(args.number("max-members", 10));
  if (smallest < 2 || largest < smallest) throw std::runtime_error("w3: need 2 <= min-members <= max-members");
  const auto net =
      synthetic_network(actors, ties, static_cast<std::uint64_t>(args.number("seed", 7)), smallest, largest);
  const double build_s = seconds_since(t0);
  const double build_cpu_s = cpu_now() - c0;
  const std::size_t heap = heap_in_use() - heap0;

  const auto dates = pactgraph::every_year(2016 - count + 1, 2016);
  auto edge_count = [](const pactgraph::snapshot& s) { return s.edge_count(); };
  const double c1 = cpu_now();
  const auto t1 = clock_type::now();
  const auto counts_1t = pactgraph::series(net, dates, edge_count, {.threads = 1});
  const double snapshots_1t_s = seconds_since(t1);
  const double snapshots_1t_cpu_s = cpu_now() - c1;
  const double c2 = cpu_now();
  const auto t2 = clock_type::now();
  const auto counts = pactgraph::series(net, dates, edge_count, {.threads = threads});
  const double snapshots_all_s = seconds_since(t2);
  const double snapshots_all_cpu_s = cpu_now() - c2;

  // Validity: the same edge counts on any thread count, and as counted pair by pair on three days.
  if (counts != counts_1t) throw std::runtime_error("w3: snapshot edge counts differ between 1 and all threads");
  std::size_t edges = 0;
  for (const auto c : counts) edges += c;
  for (const std::size_t i : {std::size_t{0}, dates.size() / 2, dates.size() - 1})
    if (const auto expected = brute_force_edges(net, dates[i]); expected != counts[i])
      throw std::runtime_error("w3: snapshot " + std::to_string(i) + " has " + std::to_string(counts[i]) +
                               " edges, brute force counts " + std::to_string(expected));

  std::printf(
      "{\"min_members\": %zu, \"max_members\": %zu, \"build_s\": %.6f, \"build_cpu_s\": %.6f, \"heap_bytes\": %zu, \"ties\": %zu, \"pacts\": %zu, \"actors\": %zu, "
      "\"bytes_per_tie\": %.2f, \"sizeof_tie\": %zu, \"snapshots\": %zu, \"snapshot_edges\": %zu, "
      "\"snapshots_1t_s\": %.6f, \"snapshots_1t_cpu_s\": %.6f, \"snapshots_all_s\": %.6f, "
      "\"snapshots_all_cpu_s\": %.6f, \"threads\": %u, \"peak_hwm_kib\": %ld}\n",
      smallest, largest, build_s, build_cpu_s, heap, net.tie_count(), net.pact_count(), net.actor_count(),
      static_cast<double>(heap) / static_cast<double>(net.tie_count()), sizeof(pactgraph::tie), dates.size(), edges,
      snapshots_1t_s, snapshots_1t_cpu_s, snapshots_all_s, snapshots_all_cpu_s, threads, peak_rss_kib());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pactgraph_bench_runner w1|w2|w3|gen-ba [--option value]...\n";
    return 2;
  }
  try {
    const arguments args(argc, argv);
    const std::string command = argv[1];
    if (command == "w1") return run_w1(args);
    if (command == "w2") return run_w2(args);
    if (command == "w3") return run_w3(args);
    if (command == "gen-ba") return run_gen_ba(args);
    std::cerr << "unknown workload '" << command << "'\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "pactgraph_bench_runner: " << e.what() << '\n';
    return 1;
  }
}
