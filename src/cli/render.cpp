// `pactgraph render --at DATE -o FILE.svg|png|pdf`: a diagram of the day through Graphviz.
#include <filesystem>
#include <memory>

#include "context.hpp"
#include "measures.hpp"
#include "pactgraph/query/size_by.hpp"
#ifdef PACTGRAPH_CLI_WITH_RENDER
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/image.hpp"
#endif

namespace pactgraph::cli {

namespace {

struct render_args {
  view_choice view;
  std::string engine = "dot";
  std::string size_by;
  iteration_choice iterations;
  bool clusters = false;
};

void run_render(context& ctx, const render_args& args) {
#ifdef PACTGRAPH_CLI_WITH_RENDER
  if (ctx.options.output.empty()) throw usage_error("render needs -o FILE.svg, FILE.png or FILE.pdf");
  const std::filesystem::path path = ctx.options.output;
  std::string extension = path.extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  const auto format = render::image_format_from_name(extension);
  if (!format) throw usage_error("-o: cannot tell the image format from '" + path.string() + "' (use .svg, .png or .pdf)");
  const auto engine = render::layout_engine_from_name(args.engine);
  if (!engine) throw usage_error("--engine: expected dot, neato, fdp, sfdp or circo, not '" + args.engine + "'");

  const alliance_network& net = ctx.network(true);
  const day_number day = args.view.day();
  render::dot_options options{.clusters = args.clusters,
                              .selection = args.view.options({.kinds = tie_kind::all, .actors = actor_kind::any})};
  if (!args.size_by.empty()) {
    auto sizes = query::size_by(net, day, args.size_by, args.iterations.limits(), "--size-by");
    for (const auto& f : sizes.failures) ctx.warn(f);
    options.scores = std::move(sizes.scores);
    options.score_name = std::move(sizes.measure);
  }
  const auto image = render::render_dot(render::write_dot(net, day, options), {.engine = *engine, .format = *format});
  for (const auto& w : image.warnings) ctx.warn("graphviz: " + w);
  // Written like every other -o (temporary file and rename), so an unwritable FILE is an
  // input/output error (exit 2) naming FILE, not a render error naming the temporary.
  ctx.emit_text(image.data);
#else
  (void)ctx;
  (void)args;
  throw usage_error("render is not available: this pactgraph was built without Graphviz");
#endif
}

}  // namespace

void add_render(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "render", "Draw the network on a date to SVG, PNG or PDF (-o FILE)");
  auto args = std::make_shared<render_args>();
  args->view.add_to(*sub);
  sub->add_option("--engine", args->engine, "Graphviz layout: dot (default), neato, fdp, sfdp or circo");
  sub->add_option("--size-by", args->size_by, "Size nodes by a measure: degree, betweenness, ..., katz");
  args->iterations.add_to(*sub);
  sub->add_flag("--clusters", args->clusters, "Box each organisation with its members");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_render(ctx, *args); }; });
}

}  // namespace pactgraph::cli
