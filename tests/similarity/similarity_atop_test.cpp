// Whole ATOP years against similarity_reference.py, an independent numpy/scipy implementation
// that rebuilds the yearly portfolios from atop5_1m.csv and states2016.csv. Fails, never skips,
// without the real data.

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include <boost/test/unit_test.hpp>

#include "pactgraph/io/similarity_weights_file.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/similarity/similarity_series.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

namespace {

const alliance_network& atop_and_cow() {
  static const alliance_network net = [] {
    const auto dir = data_dir();
    BOOST_REQUIRE_MESSAGE(std::filesystem::is_regular_file(dir / "atop_v5.1" / "atop5_1m.csv"),
                          "the real datasets are missing from '" << dir.string() << "': set PACTGRAPH_DATA_DIR");
    return io::load_data_dir(dir, {.organisations = {}});
  }();
  return net;
}

std::filesystem::path scratch(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("pactgraph_similarity_" + std::to_string(::getpid()) + "_" + name);
}

void write_frames(const std::filesystem::path& path, const alliance_network& net,
                  const std::vector<similarity_frame>& frames) {
  std::ofstream out(path);
  out.precision(std::numeric_limits<double>::max_digits10);
  out << "ccode1,ccode2,year";
  for (const auto name : similarity_measure_names) out << ',' << name;
  out << '\n';
  for (const auto& f : frames) {
    const auto& p = f.portfolios;
    for (std::size_t i = 0; i < p.size(); ++i)
      for (std::size_t j = i + 1; j < p.size(); ++j) {
        out << *net[p.state(i)].cow_code << ',' << *net[p.state(j)].cow_code << ',' << f.year;
        for (const double v : f.scores_of(i, j).values) {
          out << ',';
          if (!std::isnan(v)) out << v;
        }
        out << '\n';
      }
  }
}

// Runs the reference on the frames; its report goes to the test log.
int reference_status(const std::vector<similarity_frame>& frames, const std::string& options, const std::string& name) {
  const auto csv = scratch(name + ".csv"), log = scratch(name + ".log");
  write_frames(csv, atop_and_cow(), frames);
  const std::string command = std::string(PACTGRAPH_PYTHON) + " " +
                              (source_dir() / "tests/similarity/similarity_reference.py").string() + " " +
                              data_dir().string() + " " + csv.string() + " " + options + " > " + log.string() + " 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream in(log);
  BOOST_TEST_MESSAGE(std::string(std::istreambuf_iterator<char>(in), {}));
  std::filesystem::remove(csv);
  std::filesystem::remove(log);
  return status;
}

std::vector<similarity_frame> years(std::initializer_list<int> list, const similarity_options& options) {
  std::vector<similarity_frame> out;
  for (const int y : list) {
    auto one = similarity_by_year(atop_and_cow(), {y, y}, options);
    out.push_back(std::move(one.front()));
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(similarity_atop)

BOOST_AUTO_TEST_CASE(whole_years_either_valued) {
  const auto frames = years({1914, 1962, 2018}, {});
  BOOST_TEST(frames[0].portfolios.size() > 30u);
  BOOST_TEST(reference_status(frames, "", "either") == 0);
}

BOOST_AUTO_TEST_CASE(whole_year_given_valued_and_received_binary_weighted) {
  BOOST_TEST(reference_status(years({1990}, {.direction = portfolio_direction::given}), "--direction given", "given") ==
             0);
  // Weights that differ by state and year, written for both sides.
  const auto weights_path = scratch("weights.csv");
  {
    std::ofstream w(weights_path);
    w << "ccode,year,weight\n";
    for (const auto& s : atop_and_cow().actors())
      if (s.kind == actor_kind::state && s.cow_code)
        for (const int y : {1950}) w << *s.cow_code << ',' << y << ',' << (*s.cow_code % 7 + 1) / 8.0 << '\n';
  }
  const auto weights = io::read_similarity_weights(io::read_text_file(weights_path), atop_and_cow());
  const auto frames =
      years({1950}, {.scale = portfolio_scale::binary(), .direction = portfolio_direction::received, .weights = &weights});
  BOOST_TEST(reference_status(frames, "--direction received --scale binary --weights " + weights_path.string(),
                              "received") == 0);
  std::filesystem::remove(weights_path);
}

BOOST_AUTO_TEST_CASE(span_is_the_same_for_any_thread_count) {
  const auto one = similarity_by_year(atop_and_cow(), {1935, 1945}, {.threads = 1});
  const auto two = similarity_by_year(atop_and_cow(), {1935, 1945}, {.threads = 2});
  BOOST_TEST_REQUIRE(one.size() == 11u);
  for (std::size_t y = 0; y < one.size(); ++y) {
    BOOST_TEST(one[y].year == 1935 + static_cast<int>(y));
    BOOST_TEST(std::memcmp(one[y].scores.data(), two[y].scores.data(), one[y].scores.size() * sizeof(similarity_scores)) == 0);
    // A year of a span equals the same year alone.
    const auto alone = similarity_by_year(atop_and_cow(), {one[y].year, one[y].year}, {.threads = 1});
    BOOST_TEST(std::memcmp(one[y].scores.data(), alone[0].scores.data(),
                           one[y].scores.size() * sizeof(similarity_scores)) == 0);
  }
}

BOOST_AUTO_TEST_SUITE_END()
