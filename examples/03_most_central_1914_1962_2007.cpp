// The ten most central states by betweenness (networkx's normalisation) in the standard ATOP
// snapshot on three dates: Sarajevo, the Cuban missile crisis and the seed article.
//
// Needs the real data: the folder named by PACTGRAPH_DATA_DIR (environment, else the CMake cache
// variable), laid out as docs/data.md describes. The printed values were checked against networkx computed
// straight from the raw CSVs by tests/algorithms/atop_reference.py (mode example03).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <iostream>
#include <numeric>
#include <utility>
#include <vector>

#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/pactgraph.hpp"

using namespace pactgraph;

namespace {

/// Vertices by decreasing value; values equal to 1e-9 tie and go by COW code, so the order does
/// not depend on the last bits of a sum.
std::vector<std::uint32_t> ranking(const snapshot& s, const std::vector<double>& values, const alliance_network& net) {
  std::vector<std::uint32_t> order(values.size());
  std::iota(order.begin(), order.end(), 0u);
  const auto key = [&](std::uint32_t v) { return std::pair(-std::llround(values[v] * 1e9), *net[s.actor_at(v)].cow_code); };
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  return order;
}

}  // namespace

int main() try {
  // The COW states and ATOP alliances only: the standard snapshot needs no IGO data.
  const alliance_network net = io::load_data_dir(io::data_dir(), {.organisations = {}});

  std::cout << "Ten most central states by betweenness (networkx normalisation), standard ATOP snapshot\n";
  for (const date when : {date(1914, 6, 28), date(1962, 10, 16), date(2007, 5, 30)}) {
    const snapshot s(net, when.first_day());  // states in the system on the day, alliance ties
    const std::vector<double> b = betweenness(s);
    std::cout << "\n" << when << ": " << s.vertex_count() << " states, " << s.edge_count() << " ties\n";
    // Where fewer than ten states lie on a shortest path (1914), the rest of the ten have 0.
    const auto order = ranking(s, b, net);
    for (std::size_t rank = 0; rank < std::min<std::size_t>(10, order.size()); ++rank) {
      const actor& state = net[s.actor_at(order[rank])];
      std::printf("%4zu  %-4s%-26s%.6f\n", rank + 1, state.abbreviation.c_str(), state.name.c_str(), b[order[rank]]);
    }
  }
} catch (const std::exception& e) {
  std::cerr << "03_most_central_1914_1962_2007: " << e.what() << "\n";
  return 1;
}
