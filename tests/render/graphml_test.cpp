#include <boost/test/unit_test.hpp>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/render/graphml.hpp"
#include "render_fixture.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(render_graphml)

namespace {

// Reads the GraphML with networkx and reports what it sees.
constexpr const char* read_with_networkx = R"(
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "multigraph": g.is_multigraph(),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
    "graph": g.graph,
}))
)";

nlohmann::json networkx_view(const scratch_folder& folder, const std::string& graphml) {
  write_file(folder / "net.graphml", graphml);
  const auto result = run_python(folder, read_with_networkx, (folder / "net.graphml").string());
  BOOST_TEST_REQUIRE(result.status == 0, "networkx failed: " << result.output);
  return nlohmann::json::parse(result.output);
}

}  // namespace

BOOST_AUTO_TEST_CASE(networkx_reads_the_seed_network) {
  const scratch_folder folder;
  const auto net = io::seed_scenario();
  const auto seen = networkx_view(folder, render::write_graphml(net));
  BOOST_TEST(seen["multigraph"].get<bool>());
  BOOST_TEST(seen["nodes"].size() == net.actor_count());
  BOOST_TEST(seen["edges"].size() == net.tie_count());
  BOOST_TEST(seen["graph"]["view"] == "network");
  BOOST_TEST(seen["nodes"]["RUS"]["label"] == "Russia");
  BOOST_TEST(seen["nodes"]["RUS"]["cow"].get<int>() == 365);
  BOOST_TEST(seen["nodes"]["CSTO"]["kind"] == "organisation");
  BOOST_TEST(seen["nodes"]["CSTO"]["spells"] == "2002-10-07||seed");
  // Every tie, with its pact and sign, from the model independently of the writer; the ends of an
  // undirected edge are compared as a set.
  auto tie_key = [](std::string u, std::string v, const std::string& origin, int sign) {
    if (v < u) std::swap(u, v);
    return u + "-" + v + ":" + origin + ":" + std::to_string(sign);
  };
  std::multiset<std::string> expected;
  std::multiset<std::string> actual;
  for (const auto& t : net.ties())
    expected.insert(tie_key(net[t.a].abbreviation, net[t.b].abbreviation,
                            t.from_membership ? "m" + std::to_string(t.origin) : net[t.pact()].key, t.sign()));
  for (const auto& e : seen["edges"]) {
    const auto& d = e[2];
    const std::string origin =
        d.contains("pact") ? d["pact"].get<std::string>() : "m" + std::to_string(d["membership"].get<int>());
    actual.insert(tie_key(e[0], e[1], origin, d["sign"].get<int>()));
  }
  BOOST_TEST((actual == expected));
}

BOOST_AUTO_TEST_CASE(networkx_reads_hostile_names) {
  const scratch_folder folder;
  const auto net = hostile_names_network();
  const auto seen = networkx_view(folder, render::write_graphml(net));
  BOOST_TEST(seen["nodes"].size() == net.actor_count());
  BOOST_TEST(seen["edges"].size() == net.tie_count());
  for (const auto& a : net.actors()) {
    BOOST_TEST_REQUIRE(seen["nodes"].contains(a.abbreviation), "missing node " << a.abbreviation);
    const auto& node = seen["nodes"][a.abbreviation];
    BOOST_TEST(node["label"] == (a.name.empty() ? a.abbreviation : a.name));
    if (!a.name.empty()) BOOST_TEST(node["name"] == a.name);
  }
}

BOOST_AUTO_TEST_CASE(snapshot_graphml_keeps_the_day) {
  const scratch_folder folder;
  const auto net = io::seed_scenario();
  const auto day = io::seed_date.first_day();
  const auto seen = networkx_view(folder, render::write_graphml(net, day));
  std::size_t active = 0;
  for (const auto& t : net.ties())
    if (t.when.contains(day)) ++active;
  BOOST_TEST(seen["edges"].size() == active);
  BOOST_TEST(seen["graph"]["date"] == "2007-05-30");
  BOOST_TEST(seen["nodes"].size() == net.actor_count());  // every seed actor exists on the day
  const auto before = networkx_view(folder, render::write_graphml(net, day_of(1995, 1, 1)));
  BOOST_TEST(!before["nodes"].contains("CSTO"));
}

BOOST_AUTO_TEST_SUITE_END()
