#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::render {

/// A Graphviz layout engine.
enum class layout_engine : std::uint8_t { dot, neato, fdp, sfdp, circo };

/// An image format Graphviz renders to.
enum class image_format : std::uint8_t { svg, png, pdf };

inline constexpr std::array<std::string_view, 5> layout_engine_names{"dot", "neato", "fdp", "sfdp", "circo"};
inline constexpr std::array<std::string_view, 3> image_format_names{"svg", "png", "pdf"};

inline std::string_view to_string(layout_engine e) { return layout_engine_names[static_cast<std::size_t>(e)]; }
inline std::string_view to_string(image_format f) { return image_format_names[static_cast<std::size_t>(f)]; }

/// The engine named `name` (dot, neato, fdp, sfdp, circo).
inline std::optional<layout_engine> layout_engine_from_name(std::string_view name) {
  for (std::size_t i = 0; i < layout_engine_names.size(); ++i)
    if (layout_engine_names[i] == name) return static_cast<layout_engine>(i);
  return std::nullopt;
}

/// The format named `name` or a file's extension without the dot (svg, png, pdf).
inline std::optional<image_format> image_format_from_name(std::string_view name) {
  for (std::size_t i = 0; i < image_format_names.size(); ++i)
    if (image_format_names[i] == name) return static_cast<image_format>(i);
  return std::nullopt;
}

/// How DOT text becomes an image.
struct render_options {
  layout_engine engine = layout_engine::dot;
  image_format format = image_format::svg;
};

/// An image and the warnings Graphviz gave while making it.
struct rendering {
  std::string data{};  ///< the bytes of the SVG, PNG or PDF
  std::vector<std::string> warnings{};
};

/// Lays out and renders DOT text in memory through Graphviz gvc (gvLayout, gvRenderData).
///
/// Safe to call from many threads: every Graphviz call runs under one process-wide lock, since
/// Graphviz is not thread-safe. Nothing is printed to stderr. Throws render_error carrying
/// Graphviz's message when the DOT cannot be read, laid out or rendered.
rendering render_dot(std::string_view dot, const render_options& options = {});

/// Renders to `path`, written whole or not at all (io::write_file_atomically). Returns Graphviz's
/// warnings. Throws render_error as render_dot() (the file is then not touched), output_error when the
/// file cannot be written.
std::vector<std::string> render_dot_file(std::string_view dot, const std::filesystem::path& path,
                                         const render_options& options = {});

}  // namespace pactgraph::render
