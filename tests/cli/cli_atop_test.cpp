// The pactgraph command on ATOP and COW data gives the library's own snapshot and centrality values.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "require_data_dir.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(cli_atop)

namespace {

// Fails the test, never skips it, when the real data are missing.
std::string data() { return pactgraph::testing::require_data_dir().string(); }

// Runs the command and parses its JSON; fails the test when it exits with an error.
nlohmann::json run_cli(const std::string& args) {
  const std::string command = std::string(PACTGRAPH_CLI) + " --data-dir '" + data() + "' " + args + " --format json";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  BOOST_REQUIRE(pipe);
  std::string out;
  std::array<char, 65536> buffer{};
  while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
  BOOST_REQUIRE_EQUAL(pclose(pipe.release()), 0);
  return nlohmann::json::parse(out);
}

const alliance_network& atop() {
  static const alliance_network net = io::load_data_dir(data(), {.organisations = {}});
  return net;
}

// Compares one date's `nodes` array with the library's measures of the standard snapshot.
void check_centrality(const nlohmann::json& day, const snapshot& s) {
  const auto& net = atop();
  const auto distances = distance_centralities(s);
  const auto deg = degree(s);
  const auto eig = eigenvector(s);
  const auto pr = pagerank(s);
  const auto& nodes = day.at("nodes");
  BOOST_REQUIRE_EQUAL(nodes.size(), s.vertex_count());
  for (std::uint32_t v = 0; v < s.vertex_count(); ++v) {
    const auto& node = nodes[v];
    BOOST_TEST_CONTEXT("date " << day.at("date").get<std::string>() << ", " << net[s.actor_at(v)].abbreviation) {
      BOOST_TEST(node.at("code").get<int>() == *net[s.actor_at(v)].cow_code);
      // Shortest round-trip digits in the JSON, so the values must be equal to the last bit.
      BOOST_TEST(node.at("degree").get<double>() == deg[v]);
      BOOST_TEST(node.at("betweenness").get<double>() == distances.betweenness[v]);
      BOOST_TEST(node.at("closeness").get<double>() == distances.closeness[v]);
      BOOST_TEST(node.at("harmonic").get<double>() == distances.harmonic[v]);
      BOOST_TEST(node.at("eigenvector").get<double>() == eig[v]);
      BOOST_TEST(node.at("pagerank").get<double>() == pr[v]);
    }
  }
  // Katz diverges on large cliques at α = 0.1; the CLI leaves the column empty exactly then.
  try {
    const auto k = katz(s);
    for (std::uint32_t v = 0; v < s.vertex_count(); ++v) BOOST_TEST(nodes[v].at("katz").get<double>() == k[v]);
  } catch (const error&) {
    for (std::uint32_t v = 0; v < s.vertex_count(); ++v) BOOST_TEST(nodes[v].at("katz").is_null());
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(snapshot_nodes_and_ties_are_the_library_s) {
  for (const char* at : {"1914-06-28", "1962", "2018"}) {
    BOOST_TEST_CONTEXT("at " << at) {
      const auto json = run_cli(std::string("snapshot --at ") + at);
      const snapshot s(atop(), date::parse(at)->last_day());
      BOOST_TEST(json.at("date").get<std::string>() == date::from_days(s.day()).to_string());
      const auto& nodes = json.at("nodes");
      BOOST_REQUIRE_EQUAL(nodes.size(), s.vertex_count());
      for (std::uint32_t v = 0; v < s.vertex_count(); ++v)
        BOOST_TEST(nodes[v].at("abbrev").get<std::string>() == atop()[s.actor_at(v)].abbreviation);
      const auto& ties = json.at("ties");
      BOOST_REQUIRE_EQUAL(ties.size(), s.edge_count());
      for (std::size_t i = 0; i < s.edge_count(); ++i) {
        const auto& e = s.edges()[i];
        BOOST_TEST(ties[i].at("source").get<int>() == *atop()[s.actor_at(e.u)].cow_code);
        BOOST_TEST(ties[i].at("target").get<int>() == *atop()[s.actor_at(e.v)].cow_code);
        BOOST_TEST(ties[i].at("multiplicity").get<std::uint32_t>() == e.multiplicity);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(centrality_on_a_date_is_the_library_s) {
  for (const char* at : {"1914-06-28", "1962"}) {
    const auto json = run_cli(std::string("centrality --at ") + at);
    check_centrality(json, snapshot(atop(), date::parse(at)->last_day()));
  }
}

BOOST_AUTO_TEST_CASE(centrality_series_is_the_library_s) {
  const auto json = run_cli("centrality --years 1938:1940 --threads 2");
  const auto& series = json.at("series");
  BOOST_REQUIRE_EQUAL(series.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    BOOST_TEST(series[i].at("date").get<std::string>() == std::to_string(1938 + i) + "-12-31");
    check_centrality(series[i], snapshot(atop(), day_of(1938 + i, 12, 31)));
  }
}

BOOST_AUTO_TEST_SUITE_END()
