// pg_render(): the picture of a day through Graphviz, as `pactgraph render` draws it.
#include <filesystem>

#include "day.hpp"
#include "guard.hpp"
#include "network.hpp"
#include "pactgraph/query/size_by.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/image.hpp"

using namespace pactgraph;

// [[Rcpp::export(rng = false)]]
SEXP cpp_render(SEXP net, std::string at, std::string file, std::string engine_name, std::string kinds,
                std::string actors, bool clusters, std::string size_by) {
  return r::guarded([&] {
    const std::filesystem::path path = file;
    std::string extension = path.extension().string();
    if (!extension.empty()) extension.erase(0, 1);
    const auto format = render::image_format_from_name(extension);
    if (!format) throw usage_error("file: cannot tell the image format from '" + file + "' (use .svg, .png or .pdf)");
    const auto engine = render::layout_engine_from_name(engine_name);
    if (!engine) throw usage_error("engine: expected dot, neato, fdp, sfdp or circo, not '" + engine_name + "'");
    const alliance_network& network = r::network_of(net).network;
    const day_number day = r::day_or_default(at, "at");
    // The command's diagram default: every actor and every tie active on the day.
    render::dot_options options{
        .clusters = clusters,
        .selection = query::view_options(kinds, actors, {.kinds = tie_kind::all, .actors = actor_kind::any})};
    std::vector<std::string> failures;
    if (!size_by.empty()) {
      auto sizes = query::size_by(network, day, size_by, {}, "size_by");
      failures = std::move(sizes.failures);
      options.scores = std::move(sizes.scores);
      options.score_name = std::move(sizes.measure);
    }
    const auto graphviz = render::render_dot_file(render::write_dot(network, day, options), path,
                                                  {.engine = *engine, .format = *format});
    return Rcpp::List::create(Rcpp::Named("graphviz") = graphviz, Rcpp::Named("measure") = failures);
  });
}
