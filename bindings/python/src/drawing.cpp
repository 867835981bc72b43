// Diagrams and exports through Graphviz: an image of a day (bytes), DOT and GraphML text, a
// snapshot's SVG for notebooks. Without Graphviz each says so with a UsageError, as the command does.

#include <optional>
#include <string>

#include "bindings.hpp"
#include "network.hpp"
#include "pactgraph/error.hpp"
#include "snapshot.hpp"
#include "views.hpp"
#ifdef PACTGRAPH_PYTHON_WITH_RENDER
#include "pactgraph/query/size_by.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/graphml.hpp"
#include "pactgraph/render/image.hpp"
#endif

namespace pactgraph::python {

namespace {

#ifdef PACTGRAPH_PYTHON_WITH_RENDER
// The diagram default (docs/design.md): every actor and every tie active on the day.
const snapshot_options picture{.kinds = tie_kind::all, .actors = actor_kind::any};

/// An image and Graphviz's warnings.
std::pair<std::string, std::vector<std::string>> image(const std::string& dot, const std::string& format,
                                                       const std::string& engine) {
  const auto f = render::image_format_from_name(format);
  if (!f) throw usage_error("format: expected svg, png or pdf, not '" + format + "'");
  const auto e = render::layout_engine_from_name(engine);
  if (!e) throw usage_error("engine: expected dot, neato, fdp, sfdp or circo, not '" + engine + "'");
  auto result = render::render_dot(dot, {.engine = *e, .format = *f});
  return {std::move(result.data), std::move(result.warnings)};
}
#else
[[noreturn]] void without_graphviz(const std::string& what) {
  throw usage_error(what + " is not available: this pactgraph was built without Graphviz");
}
#endif

}  // namespace

void bind_drawing(py::module_& m) {
  py::class_<network_handle> network = py::reinterpret_borrow<py::class_<network_handle>>(m.attr("Network"));
  network.def(
      "render",
      [](const network_handle& n, day_number day, const std::string& format, const std::string& engine,
         std::optional<std::string> kinds, std::optional<std::string> actors, bool clusters,
         std::optional<std::string> size_by) {
#ifdef PACTGRAPH_PYTHON_WITH_RENDER
        std::pair<std::string, std::vector<std::string>> result;
        std::vector<std::string> failures;
        {
          py::gil_scoped_release release;
          render::dot_options options{.clusters = clusters, .selection = view_options(kinds, actors, picture)};
          if (size_by) {
            auto sizes = query::size_by(*n.net, day, *size_by);
            failures = std::move(sizes.failures);
            options.scores = std::move(sizes.scores);
            options.score_name = std::move(sizes.measure);
          }
          result = image(render::write_dot(*n.net, day, options), format, engine);
        }
        return py::make_tuple(py::bytes(result.first), result.second, failures);
#else
        (void)n, (void)day, (void)format, (void)engine, (void)kinds, (void)actors, (void)clusters, (void)size_by;
        without_graphviz("render");
#endif
      },
      py::arg("day"), py::arg("format"), py::arg("engine"), py::arg("kinds"), py::arg("actors"), py::arg("clusters"),
      py::arg("size_by"));

  network.def(
      "export_text",
      [](const network_handle& n, const std::string& to, std::optional<day_number> day, std::optional<std::string> kinds,
         std::optional<std::string> actors) {
#ifdef PACTGRAPH_PYTHON_WITH_RENDER
        const snapshot_options options = view_options(kinds, actors, picture);
        if (to == "dot") return day ? render::write_dot(*n.net, *day, {.selection = options}) : render::write_dot(*n.net);
        if (to == "graphml")
          return day ? render::write_graphml(*n.net, *day, options) : render::write_graphml(*n.net);
        throw usage_error("to: expected graphml, dot or json, not '" + to + "'");
#else
        (void)n, (void)day, (void)kinds, (void)actors;
        without_graphviz("export to " + to);
#endif
      },
      py::arg("to"), py::arg("day"), py::arg("kinds"), py::arg("actors"), py::call_guard<py::gil_scoped_release>());

  py::class_<snapshot_handle> snap = py::reinterpret_borrow<py::class_<snapshot_handle>>(m.attr("Snapshot"));
  snap.def(
      "svg",
      [](const snapshot_handle& h) {
#ifdef PACTGRAPH_PYTHON_WITH_RENDER
        // What the snapshot holds, drawn: its day and its selection of actors and ties.
        return image(render::write_dot(*h.net, h.graph.day(), {.selection = h.graph.options()}), "svg", "dot").first;
#else
        (void)h;
        without_graphviz("drawing a snapshot");
#endif
      },
      py::call_guard<py::gil_scoped_release>());
}

}  // namespace pactgraph::python
