// The atlas's positions: one Graphviz layout of the union of every day's ties, made when the page is
// written, so a state keeps its place through the whole span and the page never runs a layout itself.
#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "atlas_parts.hpp"
#include "graphviz_bridge.hpp"

namespace pactgraph::render::detail {

std::vector<std::pair<double, double>> lay_out_atlas(const alliance_network& net, const atlas_timeline& timeline) {
  // Each pair tied on some day is one edge, however many ties and years it has.
  std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (const tie_id id : timeline.ties) {
    const tie& t = net[id];
    const std::uint32_t a = timeline.index[t.a.value()];
    const std::uint32_t b = timeline.index[t.b.value()];
    pairs.emplace(std::min(a, b), std::max(a, b));
  }
  std::ostringstream dot;
  // Nodes are named by page index; overlap removal keeps every label readable at every date.
  dot << "graph atlas {\n  graph [overlap=false, splines=false, start=1, sep=\"+6\"];\n  node [shape=circle, width=0.3, fixedsize=true, label=\"\"];\n";
  for (std::size_t i = 0; i < timeline.actors.size(); ++i) dot << "  n" << i << ";\n";
  for (const auto& [a, b] : pairs) dot << "  n" << a << " -- n" << b << ";\n";
  dot << "}\n";

  std::vector<std::string> warnings;
  const std::string plain = render_document(dot.str(), "neato", "plain", warnings);

  // `plain` lists `node NAME X Y WIDTH HEIGHT ...` in inches, y growing upwards.
  std::vector<std::pair<double, double>> out(timeline.actors.size(), {0.0, 0.0});
  std::istringstream lines(plain);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string word;
    std::string name;
    double x = 0;
    double y = 0;
    if (!(words >> word) || word != "node" || !(words >> name >> x >> y) || name.size() < 2) continue;
    const std::size_t i = std::stoul(name.substr(1));
    if (i < out.size()) out[i] = {x * 72.0, -y * 72.0};
  }
  return out;
}

}  // namespace pactgraph::render::detail
