// A yearly series: the standard ATOP snapshot on every 31 December from 1816 to 2018, a few
// measures per year computed in parallel (one snapshot per date, results in date order whatever
// the thread count), summarised per decade.
//
// Needs the real data: the folder named by PACTGRAPH_DATA_DIR (environment, else the CMake cache
// variable), laid out as docs/data.md describes. The printed table was checked against networkx computed
// straight from the raw CSVs by tests/algorithms/atop_reference.py (mode example04).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/pactgraph.hpp"

using namespace pactgraph;

namespace {

struct year_summary {
  double states = 0, ties = 0, density = 0, mean_closeness = 0, max_betweenness = 0;
  std::string top;  ///< the state of highest betweenness ("-" when every value is 0)
};

}  // namespace

int main() try {
  const alliance_network net = io::load_data_dir(io::data_dir(), {.organisations = {}});
  const std::vector<day_number> dates = every_year(1816, 2018);

  const auto years = series(net, dates, [&net](const snapshot& s) {
    const double n = static_cast<double>(s.vertex_count());
    const auto d = distance_centralities(s);  // betweenness, closeness, harmonic from one search per source
    year_summary y{.states = n, .ties = static_cast<double>(s.edge_count())};
    y.density = n > 1 ? 2.0 * y.ties / (n * (n - 1)) : 0.0;
    std::size_t top = 0;
    for (std::size_t v = 0; v < s.vertex_count(); ++v) {
      y.mean_closeness += d.closeness[v] / n;
      // Values equal to 1e-9 tie and the lower COW code wins, as in the networkx reference.
      const auto rounded = [&](std::size_t i) { return std::llround(d.betweenness[i] * 1e9); };
      const auto code = [&](std::size_t i) { return *net[s.actor_at(static_cast<std::uint32_t>(i))].cow_code; };
      if (rounded(v) > rounded(top) || (rounded(v) == rounded(top) && code(v) < code(top))) top = v;
    }
    y.max_betweenness = d.betweenness[top];
    y.top = y.max_betweenness > 0 ? net[s.actor_at(static_cast<std::uint32_t>(top))].abbreviation : "-";
    return y;
  });

  std::map<int, std::vector<year_summary>> decades;
  for (std::size_t i = 0; i < dates.size(); ++i) decades[(1816 + static_cast<int>(i)) / 10 * 10].push_back(years[i]);

  std::cout << "Standard ATOP snapshot on 31 December of each year, 1816-2018: means per decade\n"
            << "decade  states    ties  density  mean closeness  max betweenness  top by betweenness (years)\n";
  for (const auto& [decade, rows] : decades) {
    year_summary mean;
    std::map<std::string, int> tops;
    for (const auto& y : rows) {
      mean.states += y.states, mean.ties += y.ties, mean.density += y.density;
      mean.mean_closeness += y.mean_closeness, mean.max_betweenness += y.max_betweenness;
      ++tops[y.top];
    }
    auto best = tops.begin();  // the most frequent, alphabetically first among equals
    for (auto it = tops.begin(); it != tops.end(); ++it)
      if (it->second > best->second) best = it;
    const double k = static_cast<double>(rows.size());
    std::printf("%ds %7.1f %7.1f %8.4f %15.4f %16.4f  %s (%d)\n", decade, mean.states / k, mean.ties / k,
                mean.density / k, mean.mean_closeness / k, mean.max_betweenness / k, best->first.c_str(), best->second);
  }
} catch (const std::exception& e) {
  std::cerr << "04_yearly_series: " << e.what() << "\n";
  return 1;
}
