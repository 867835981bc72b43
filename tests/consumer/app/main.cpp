// A program outside pactgraph's tree, built against an installed (or added) pactgraph: it loads the seed
// dataset and prints the degree centrality of the standard snapshot on two dates.
//
// Usage: pactgraph_consumer [dataset.json]   (without a file: the copy compiled into pactgraph::io)
#include <cstdio>
#include <vector>

#include <pactgraph/io/json_dataset.hpp>
#include <pactgraph/io/seed_scenario.hpp>
#include <pactgraph/pactgraph.hpp>

int main(int argc, char** argv) {
  using namespace pactgraph;
  const alliance_network net = argc > 1 ? io::read_dataset_file(argv[1]) : io::seed_scenario();
  std::printf("pactgraph %s\n", version.string);
  // After the Russia-Uzbekistan alliance of 2005-11-14 and before Uzbekistan rejoined the CST; then the article's date.
  for (const date day : {date(2005, 12, 31), io::seed_date}) {
    const snapshot snap(net, day.first_day());
    std::vector<std::size_t> degree(snap.vertex_count());
    for (const snapshot_edge& e : snap.edges()) {
      ++degree[e.u];
      ++degree[e.v];
    }
    const std::size_t n = snap.vertex_count();
    for (std::uint32_t v = 0; v < n; ++v)
      std::printf("%s %-4s degree %.6f\n", day.to_string().c_str(), net[snap.actor_at(v)].abbreviation.c_str(),
                  n > 1 ? static_cast<double>(degree[v]) / static_cast<double>(n - 1) : 0.0);
  }
}
