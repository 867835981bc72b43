#include <cstdio>
#include <fstream>
#include <string>
#include <system_error>
#include <thread>

#include "graphviz_bridge.hpp"
#include "pactgraph/error.hpp"
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
  // Beside the target, so the rename stays on one file system; named per thread, so two threads
  // writing the same path never share a temporary.
  std::filesystem::path temporary = path;
  temporary += ".partial-" + std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(image.data.data(), static_cast<std::streamsize>(image.data.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw render_error("cannot write '" + temporary.string() + "'");
    }
  }
  std::error_code failed;
  std::filesystem::rename(temporary, path, failed);
  if (failed) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw render_error("cannot write '" + path.string() + "': " + failed.message());
  }
  return std::move(image.warnings);
}

}  // namespace pactgraph::render
