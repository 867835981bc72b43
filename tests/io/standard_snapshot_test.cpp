// The standard snapshot (docs/design.md) of the real data against an independent networkx
// computation straight from the raw CSVs: tests/io/standard_snapshot_reference.py, run here with
// /usr/bin/python3. Fails, never skips, when the data or the reference are missing.

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "io_test_support.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/temporal/snapshot.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using pactgraph::testing::require_data_dir;

BOOST_AUTO_TEST_SUITE(io_standard_snapshot)

namespace {

/// One date of the reference's output, in COW codes.
struct reference_snapshot {
  std::set<int> nodes;
  std::set<std::pair<int, int>> edges;
  std::set<int> absent;
};

std::string run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  BOOST_REQUIRE_MESSAGE(pipe, "cannot run " << command);
  std::string out;
  std::array<char, 65536> buffer{};
  while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
  return out;
}

std::map<std::string, reference_snapshot> reference(const std::filesystem::path& data, const std::vector<std::string>& dates) {
  std::string command = std::string(PACTGRAPH_PYTHON) + " '" +
                        (pactgraph::testing::source_dir() / "tests/io/standard_snapshot_reference.py").string() + "' '" +
                        data.string() + "'";
  for (const auto& d : dates) command += " " + d;
  std::istringstream in(run(command + " 2>&1"));
  std::map<std::string, reference_snapshot> out;
  std::string line;
  std::string current;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string tag;
    words >> tag;
    if (tag == "date") {
      words >> current;
      out[current];
    } else if (tag == "nodes" || tag == "absent") {
      int code = 0;
      while (words >> code) (tag == "nodes" ? out[current].nodes : out[current].absent).insert(code);
    } else if (tag == "edges") {
      std::string pair;
      while (words >> pair) {
        const auto dash = pair.find('-');
        out[current].edges.emplace(std::stoi(pair.substr(0, dash)), std::stoi(pair.substr(dash + 1)));
      }
    } else {
      BOOST_FAIL("unexpected output of the python reference: " << line);
    }
  }
  return out;
}

reference_snapshot ours(const alliance_network& net, day_number day) {
  const snapshot snap(net, day);
  reference_snapshot out;
  for (const actor_id a : snap.nodes()) out.nodes.insert(*net[a].cow_code);
  for (const snapshot_edge& e : snap.edges()) {
    const int a = *net[snap.actor_at(e.u)].cow_code;
    const int b = *net[snap.actor_at(e.v)].cow_code;
    out.edges.emplace(std::min(a, b), std::max(a, b));
  }
  for (const actor_id a : snap.diagnostics().absent_actors) out.absent.insert(*net[a].cow_code);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(nodes_ties_and_dropped_members_equal_an_independent_networkx_reference) {
  const auto dir = require_data_dir();
  const alliance_network net = load_data_dir(dir, {.organisations = {}});
  // Sarajevo, the invasion of Poland, the Cuban crisis, the Czechoslovak split, the article, the end of COW data.
  const std::vector<std::string> dates{"1914-06-28", "1939-09-01", "1962-10-16", "1993-01-01", "2007-05-30", "2016-12-31"};
  const auto expected = reference(dir, dates);
  BOOST_REQUIRE_EQUAL(expected.size(), dates.size());
  for (const auto& text : dates) {
    BOOST_TEST_CONTEXT("date " << text) {
      const reference_snapshot got = ours(net, date::parse(text)->first_day());
      const reference_snapshot& want = expected.at(text);
      BOOST_TEST(got.nodes == want.nodes, boost::test_tools::per_element());
      BOOST_TEST(got.edges.size() == want.edges.size());
      BOOST_TEST((got.edges == want.edges));
      BOOST_TEST(got.absent == want.absent, boost::test_tools::per_element());
    }
  }
  // The figures the reference printed when this test was written (python3 standard_snapshot_reference.py
  // "$PACTGRAPH_DATA_DIR" 1914-06-28 2007-05-30): 45 nodes and 23 ties, 193 nodes and 3838 ties.
  BOOST_TEST(expected.at("1914-06-28").nodes.size() == 45u);
  BOOST_TEST(expected.at("1914-06-28").edges.size() == 23u);
  BOOST_TEST(expected.at("2007-05-30").nodes.size() == 193u);
  BOOST_TEST(expected.at("2007-05-30").edges.size() == 3838u);
}

BOOST_AUTO_TEST_SUITE_END()
