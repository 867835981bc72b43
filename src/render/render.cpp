#include <string>

#include "graphviz_bridge.hpp"
#include "pactgraph/io/atomic_file.hpp"
#include "pactgraph/render/image.hpp"

namespace pactgraph::render {

rendering render_dot(std::string_view dot, const render_options& options) {
  rendering out;
  out.data = detail::render_document(dot, std::string(to_string(options.engine)).c_str(),
                                     std::string(to_string(options.format)).c_str(), out.warnings);
  return out;
}

std::vector<std::string> render_dot_file(std::string_view dot, const std::filesystem::path& path,
                                         const render_options& options) {
  // Rendering first and writing after means a Graphviz failure never creates the file at all.
  rendering image = render_dot(dot, options);
  io::write_file_atomically(path, image.data);
  return std::move(image.warnings);
}

}  // namespace pactgraph::render
