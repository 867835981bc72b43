// Draws alliance networks with Graphviz: the seed scenario on the article's date, and the ATOP
// alliance network on three dates, each as SVG and PNG in the folder given (default: here).

#include <filesystem>
#include <iostream>
#include <string>

#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/image.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace render = pactgraph::render;

// Writes `<name>.svg` and `<name>.png` and says what they show.
void draw(const pactgraph::alliance_network& net, pactgraph::date day, const std::string& name,
          const render::dot_options& options, render::layout_engine engine, const std::filesystem::path& folder) {
  const pactgraph::snapshot picture(net, day.first_day(), options.selection);
  std::size_t ties = 0;
  for (const auto& e : picture.edges()) ties += e.multiplicity;
  const std::string dot = render::write_dot(net, day.first_day(), options);
  for (const auto format : {render::image_format::svg, render::image_format::png}) {
    const std::string file = name + "." + std::string(render::to_string(format));
    render::render_dot_file(dot, folder / file, {.engine = engine, .format = format});
    std::cout << file << ": " << day << ", " << picture.vertex_count() << " actors, " << ties << " ties ("
              << picture.edge_count() << " pairs), " << render::to_string(engine) << "\n";
  }
}

int main(int argc, char** argv) try {
  const std::filesystem::path folder = argc > 1 ? argv[1] : ".";
  std::filesystem::create_directories(folder);

  // The seed scenario: every actor and tie of 30 May 2007, organisations boxed with their members.
  const auto seed = pactgraph::io::seed_scenario();
  draw(seed, pactgraph::io::seed_date, "central_asia_2007",
       {.title = "Central Asia on 2007-05-30: ties active on the day", .clusters = true},
       render::layout_engine::dot, folder);

  // ATOP 5.1 on COW states: one edge per allied pair, laid out by force (sfdp) for its size.
  const auto data = pactgraph::io::data_dir();
  if (!std::filesystem::exists(data / "atop_v5.1/atop5_1m.csv")) {
    std::cout << "no ATOP data in PACTGRAPH_DATA_DIR: the ATOP diagrams are skipped\n";
    return 0;
  }
  const auto atop = pactgraph::io::load_data_dir(data, {.organisations = {}});
  for (const auto& [day, name] : {std::pair{pactgraph::date(1914, 6, 28), "atop_1914-06-28"},
                                  std::pair{pactgraph::date(1962, 10, 16), "atop_1962-10-16"},
                                  std::pair{pactgraph::date(2007, 5, 30), "atop_2007-05-30"}}) {
    render::dot_options options{.title = "ATOP alliances on " + day.to_string(), .edges = render::edge_mode::pairs};
    options.selection.kinds = pactgraph::tie_kind::alliance;
    draw(atop, day, name, options, render::layout_engine::sfdp, folder);
  }
  return 0;
} catch (const std::exception& e) {
  std::cerr << "02_render_diagrams: " << e.what() << "\n";
  return 1;
}
