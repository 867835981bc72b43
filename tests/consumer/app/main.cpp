// A program outside pactgraph's tree, built against an installed (or added) pactgraph: it loads the seed
// dataset and prints the degree and betweenness centrality of the standard snapshot on two dates, then the
// members of the CSTO on the second through the query layer.
//
// Usage: pactgraph_consumer [dataset.json]   (without a file: the copy compiled into pactgraph::io)
//
// Built with PACTGRAPH_CONSUMER_RENDER (CMake builds of a pactgraph with render), it also sends the network
// through Graphviz (DOT out and back) and fails unless the same network comes back.
#include <cstdio>
#include <vector>

#include <pactgraph/algorithms/betweenness.hpp>
#include <pactgraph/algorithms/degree.hpp>
#include <pactgraph/io/json_dataset.hpp>
#include <pactgraph/io/seed_scenario.hpp>
#include <pactgraph/pactgraph.hpp>
#include <pactgraph/query/members.hpp>
#ifdef PACTGRAPH_CONSUMER_RENDER
#include <pactgraph/render/dot.hpp>
#endif

int main(int argc, char** argv) {
  using namespace pactgraph;
  const alliance_network net = argc > 1 ? io::read_dataset_file(argv[1]) : io::seed_scenario();
  std::printf("pactgraph %s\n", version.string);
#ifdef PACTGRAPH_CONSUMER_RENDER
  if (!(render::read_dot(render::write_dot(net)) == net)) {
    std::fprintf(stderr, "the network did not survive a DOT round trip through Graphviz\n");
    return 1;
  }
#endif
  // After the Russia-Uzbekistan alliance of 2005-11-14 and before Uzbekistan rejoined the CST; then the article's date.
  for (const date day : {date(2005, 12, 31), io::seed_date}) {
    const snapshot snap(net, day.first_day());
    const std::vector<double> deg = degree(snap);
    const std::vector<double> between = betweenness(snap);
    for (std::uint32_t v = 0; v < snap.vertex_count(); ++v)
      std::printf("%s %-4s degree %.6f betweenness %.6f\n", day.to_string().c_str(),
                  net[snap.actor_at(v)].abbreviation.c_str(), deg[v], between[v]);
  }
  const query::table members = query::members(net, "CSTO", io::seed_date.last_day());
  std::printf("%s CSTO", members["date"].texts.front().c_str());
  for (const auto& abbrev : members["abbrev"].texts) std::printf(" %s", abbrev.c_str());
  std::printf("\n");
}
