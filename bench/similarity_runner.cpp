// The pactgraph side of bench/similarity_compare: every similarity measure for every dyad-year of
// ATOP, end to end (read the COW states and ATOP CSVs, build the yearly portfolios from the
// directed dyad-year flags, score every pair), timed; one JSON object on stdout.
//
//   pactgraph_similarity_runner --data DIR [--first Y] [--last Y] [--threads T] [--dump FILE]
//
// --dump writes every value as `ccode1,ccode2,year,<measures>` so the peer's values can be checked.

#include <time.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <string>

#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/similarity/similarity_series.hpp"

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args{{"--first", "1816"}, {"--last", "2018"}, {"--threads", "0"}};
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  if (!args.contains("--data")) {
    std::cerr << "usage: pactgraph_similarity_runner --data DIR [--first Y] [--last Y] [--threads T] [--dump FILE]\n";
    return 1;
  }
  using namespace pactgraph;
  const double wall0 = wall_seconds(), cpu0 = cpu_seconds();
  const alliance_network net = io::load_data_dir(args["--data"], {.organisations = {}});
  const double load_wall = wall_seconds() - wall0;
  const double wall1 = wall_seconds(), cpu1 = cpu_seconds();
  const auto frames = similarity_by_year(net, {std::stoi(args["--first"]), std::stoi(args["--last"])},
                                         {.threads = static_cast<unsigned>(std::stoul(args["--threads"]))});
  const double wall2 = wall_seconds(), cpu2 = cpu_seconds();
  std::size_t pairs = 0;
  double checksum = 0;  // keeps the work observable
  for (const auto& f : frames) {
    pairs += f.scores.size();
    for (const auto& s : f.scores)
      if (!std::isnan(s.values[0])) checksum += s.values[0];
  }
  std::printf("{\"dyad_years\": %zu, \"load_wall\": %.6f, \"similarity_wall\": %.6f, \"similarity_cpu\": %.6f, "
              "\"total_wall\": %.6f, \"total_cpu\": %.6f, \"checksum\": %.9f}\n",
              pairs, load_wall, wall2 - wall1, cpu2 - cpu1, wall2 - wall0, cpu2 - cpu0, checksum);
  if (args.contains("--dump")) {
    std::ofstream out(args["--dump"]);
    out.precision(std::numeric_limits<double>::max_digits10);
    out << "ccode1,ccode2,year";
    for (const auto name : similarity_measure_names) out << ',' << name;
    out << '\n';
    for (const auto& f : frames)
      for (std::size_t i = 0; i < f.portfolios.size(); ++i)
        for (std::size_t j = i + 1; j < f.portfolios.size(); ++j) {
          out << *net[f.portfolios.state(i)].cow_code << ',' << *net[f.portfolios.state(j)].cow_code << ',' << f.year;
          for (const double v : f.scores_of(i, j).values) {
            out << ',';
            if (!std::isnan(v)) out << v;
          }
          out << '\n';
        }
  }
  return 0;
}
