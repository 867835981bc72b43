#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <thread>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/image.hpp"
#include "render_fixture.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using render::image_format;
using render::layout_engine;

BOOST_AUTO_TEST_SUITE(render_image)

namespace {

constexpr std::array engines{layout_engine::dot, layout_engine::neato, layout_engine::fdp, layout_engine::sfdp,
                             layout_engine::circo};
constexpr std::array formats{image_format::svg, image_format::png, image_format::pdf};

std::string seed_picture() { return render::write_dot(io::seed_scenario(), io::seed_date.first_day(), {.clusters = true}); }

/// Sends file descriptor 2 to a file for the life of the object, to prove the library prints nothing there.
class stderr_capture {
 public:
  explicit stderr_capture(const std::filesystem::path& path) : m_path(path) {
    std::fflush(stderr);
    m_saved = ::dup(2);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(fd, 2);
    ::close(fd);
  }
  stderr_capture(const stderr_capture&) = delete;
  stderr_capture& operator=(const stderr_capture&) = delete;
  ~stderr_capture() { restore(); }
  std::string restore() {
    if (m_saved >= 0) {
      std::fflush(stderr);
      ::dup2(m_saved, 2);
      ::close(m_saved);
      m_saved = -1;
    }
    return read_file(m_path);
  }

 private:
  std::filesystem::path m_path;
  int m_saved = -1;
};

/// Checks the bytes are a well-formed image of the format (XML for SVG, checked by Python's parser).
void check_image(const scratch_folder& folder, image_format format, const std::string& data) {
  BOOST_TEST(data.size() > 1000u);
  if (format == image_format::png) {
    BOOST_TEST(data.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  } else if (format == image_format::pdf) {
    BOOST_TEST(data.substr(0, 5) == "%PDF-");
    BOOST_TEST(data.find("%%EOF") != std::string::npos);
  } else {
    write_file(folder / "image.svg", data);
    const auto parsed = run_python(folder, R"(
import sys, xml.etree.ElementTree as et
root = et.parse(sys.argv[1]).getroot()
print(root.tag, len(list(root.iter('{http://www.w3.org/2000/svg}g'))))
)", (folder / "image.svg").string());
    BOOST_TEST(parsed.status == 0);
    BOOST_TEST(parsed.output.rfind("{http://www.w3.org/2000/svg}svg ", 0) == 0u, parsed.output);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_format_with_every_engine) {
  const scratch_folder folder;
  const auto dot = seed_picture();
  stderr_capture quiet(folder / "stderr.txt");
  for (const auto engine : engines)
    for (const auto format : formats) {
      BOOST_TEST_CONTEXT(render::to_string(engine) << " " << render::to_string(format)) {
        const auto image = render::render_dot(dot, {.engine = engine, .format = format});
        check_image(folder, format, image.data);
      }
    }
  BOOST_TEST(quiet.restore().empty(), "Graphviz wrote to stderr");
}

BOOST_AUTO_TEST_CASE(hostile_names_render) {
  const scratch_folder folder;
  const auto net = hostile_names_network();
  const auto dot = render::write_dot(net, day_of(2007, 5, 30), {.clusters = true});
  stderr_capture quiet(folder / "stderr.txt");
  const auto svg = render::render_dot(dot).data;
  check_image(folder, image_format::svg, svg);
  BOOST_TEST(svg.find("Côte d&#39;Ivoire") != std::string::npos);
  BOOST_TEST(svg.find("Türkiye") != std::string::npos);
  BOOST_TEST(svg.find("back\\slash\\") != std::string::npos);
  check_image(folder, image_format::png, render::render_dot(dot, {.format = image_format::png}).data);
  BOOST_TEST(quiet.restore().empty(), "Graphviz wrote to stderr");
}

BOOST_AUTO_TEST_CASE(broken_dot_gives_render_error_with_graphviz_message) {
  const scratch_folder folder;
  stderr_capture quiet(folder / "stderr.txt");
  try {
    (void)render::render_dot("graph {\n a -- b;\n c -- ;\n}\n");
    BOOST_FAIL("no exception");
  } catch (const render_error& e) {
    BOOST_TEST(std::string(e.what()).find("syntax error in line 3") != std::string::npos, e.what());
  }
  // A file that fails is never created, not even in part.
  const auto target = folder / "broken.svg";
  BOOST_CHECK_THROW(render::render_dot_file("graph { a -- }", target), render_error);
  BOOST_TEST(!std::filesystem::exists(target));
  BOOST_TEST(std::distance(std::filesystem::directory_iterator(folder.path()), {}) == 1);  // only stderr.txt
  // The next render after a failure works.
  BOOST_TEST(render::render_dot("graph { a -- b }").data.find("<svg") != std::string::npos);
  BOOST_TEST(quiet.restore().empty(), "Graphviz wrote to stderr");
}

BOOST_AUTO_TEST_CASE(render_to_file) {
  const scratch_folder folder;
  const auto target = folder / "seed.png";
  render::render_dot_file(seed_picture(), target, {.engine = layout_engine::neato, .format = image_format::png});
  check_image(folder, image_format::png, read_file(target));
  // Rewriting replaces the file whole.
  render::render_dot_file(seed_picture(), target, {.format = image_format::png});
  check_image(folder, image_format::png, read_file(target));
  // Graphviz did its part; the file system refused: an output error, not a render error.
  BOOST_CHECK_THROW(render::render_dot_file(seed_picture(), folder / "no such folder" / "x.svg"), output_error);
}

BOOST_AUTO_TEST_CASE(eight_threads_render_at_once) {
  const auto dot = seed_picture();
  const auto names = render::write_dot(hostile_names_network(), day_of(2007, 5, 30));
  // References made one at a time; dot layouts are deterministic, so every thread must match them.
  const auto svg_reference = render::render_dot(dot).data;
  const auto png_reference = render::render_dot(names, {.format = image_format::png}).data;
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  std::vector<int> failures(8, 0);
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      for (int round = 0; round < 4; ++round) {
        try {
          if (render::render_dot(dot).data != svg_reference) ++mismatches[i];
          if (render::render_dot(names, {.format = image_format::png}).data != png_reference) ++mismatches[i];
          const auto engine = engines[static_cast<std::size_t>(i + round) % engines.size()];
          if (render::render_dot(dot, {.engine = engine, .format = image_format::pdf}).data.substr(0, 5) != "%PDF-")
            ++mismatches[i];
          // Export and import use cgraph too, and so share the lock.
          if (!(render::read_dot(render::write_dot(hostile_names_network())) == hostile_names_network())) ++mismatches[i];
          try {
            (void)render::render_dot("graph { a -- ; }");
            ++failures[i];
          } catch (const render_error& e) {
            if (std::string(e.what()).find("syntax error") == std::string::npos) ++failures[i];
          }
        } catch (const std::exception&) {
          ++failures[i];
        }
      }
    });
  for (auto& t : threads) t.join();
  for (int i = 0; i < 8; ++i) {
    BOOST_TEST(mismatches[static_cast<std::size_t>(i)] == 0);
    BOOST_TEST(failures[static_cast<std::size_t>(i)] == 0);
  }
}

BOOST_AUTO_TEST_CASE(engine_and_format_names) {
  for (const auto engine : engines) BOOST_TEST((render::layout_engine_from_name(render::to_string(engine)) == engine));
  for (const auto format : formats) BOOST_TEST((render::image_format_from_name(render::to_string(format)) == format));
  BOOST_TEST(!render::layout_engine_from_name("twopi-ish"));
  BOOST_TEST(!render::image_format_from_name("gif"));
}

BOOST_AUTO_TEST_SUITE_END()
