#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "render_fixture.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(render_dot)

namespace {

/// Compares with a golden file; PACTGRAPH_UPDATE_GOLDEN=1 rewrites it instead (then review the diff).
void check_golden(const std::string& name, const std::string& actual) {
  const auto path = source_dir() / "tests/render/golden" / name;
  if (const char* update = std::getenv("PACTGRAPH_UPDATE_GOLDEN"); update && std::string(update) == "1")
    write_file(path, actual);
  BOOST_TEST_REQUIRE(std::filesystem::exists(path), "missing golden file " << path);
  BOOST_TEST(read_file(path) == actual, "differs from " << path);
}

/// A small network: two states with a defence pact, a third with an embargo on one, an organisation.
alliance_network small_network() {
  alliance_network net;
  const auto a = add_state(net, "AAA", "Alpha");
  const auto b = add_state(net, "BBB", "Beta");
  const auto c = add_state(net, "CCC", "Gamma");
  const auto o = add_org(net, "ORG");
  add_pact(net, "defence", {{a, "2000-01-01", "", tie_kind::defence}, {b, "2000-01-01", "", tie_kind::defence}});
  add_pact(net, "embargo", {{c, "2005-06", "", tie_kind::sanction}, {b, "2005-06", "", tie_kind::none}});
  net.add_membership({.member = a, .organisation = o, .spells = {{.when = spell::between(date(2001, 1, 1))}}});
  return net;
}

/// Runs the dot command on DOT text and parses the SVG with Python's XML parser; returns the SVG's texts.
std::vector<std::string> svg_texts_from_dot_command(const scratch_folder& folder, const std::string& dot) {
  write_file(folder / "graph.dot", dot);
  const auto rendered = run_command("dot -Tsvg '" + (folder / "graph.dot").string() + "' -o '" +
                                    (folder / "graph.svg").string() + "' 2>/dev/null");
  BOOST_TEST_REQUIRE(rendered.status == 0);
  const auto parsed = run_python(folder, R"(
import json, sys, xml.etree.ElementTree as et
root = et.parse(sys.argv[1]).getroot()
print(json.dumps([t.text for t in root.iter('{http://www.w3.org/2000/svg}text')]))
)", (folder / "graph.svg").string());
  BOOST_TEST_REQUIRE(parsed.status == 0);
  std::vector<std::string> out;
  for (const auto& t : nlohmann::json::parse(parsed.output))
    if (t.is_string()) out.push_back(t.get<std::string>());
  return out;
}

bool contains(const std::vector<std::string>& texts, const std::string& wanted) {
  return std::find(texts.begin(), texts.end(), wanted) != texts.end();
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_scenario_round_trips) {
  const auto net = io::seed_scenario();
  const auto dot = render::write_dot(net);
  const auto back = render::read_dot(dot, "seed.dot");
  BOOST_TEST((back == net));
  BOOST_TEST(back.tie_count() == net.tie_count());
  BOOST_TEST(render::write_dot(back) == dot);
}

BOOST_AUTO_TEST_CASE(hostile_names_round_trip) {
  const auto net = hostile_names_network();
  const auto dot = render::write_dot(net);
  const auto back = render::read_dot(dot, "hostile.dot");
  BOOST_TEST_REQUIRE(back.actor_count() == net.actor_count());
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    BOOST_TEST(back[actor_id{i}].abbreviation == net[actor_id{i}].abbreviation);
    BOOST_TEST(back[actor_id{i}].name == net[actor_id{i}].name);
  }
  BOOST_TEST((back == net));
  BOOST_TEST(render::write_dot(back) == dot);
  // Unstyled exports carry the same data.
  const auto bare = render::write_dot(net, {.styled = false});
  BOOST_TEST((render::read_dot(bare) == net));
  BOOST_TEST(bare.find("color=") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(hostile_names_survive_the_dot_command) {
  const scratch_folder folder;
  const auto net = hostile_names_network();
  const auto texts = svg_texts_from_dot_command(folder, render::write_dot(net, day_of(2007, 5, 30)));
  for (const std::string name : {"He said \"no\"", "back\\slash\\", "port:colon:x", "edge", "strict", "Côte d'Ivoire",
                                 "Türkiye", "50% & <b>tags</b>", "\\N \\G \\L \\n", "line one", "line two tab", "<>"})
    BOOST_TEST(contains(texts, name), "no SVG text '" << name << "'");
}

BOOST_AUTO_TEST_CASE(golden_small_network) {
  check_golden("small_network.dot", render::write_dot(small_network()));
}

BOOST_AUTO_TEST_CASE(golden_small_snapshot_with_clusters_and_scores) {
  const auto net = small_network();
  render::dot_options options{.clusters = true, .score_name = "betweenness"};
  options.scores = {{actor_id{0}, 0.5}, {actor_id{1}, 1.0}};
  check_golden("small_snapshot.dot", render::write_dot(net, day_of(2007, 5, 30), options));
  check_golden("small_snapshot_pairs.dot",
               render::write_dot(net, day_of(2007, 5, 30), {.styled = false, .edges = render::edge_mode::pairs}));
}

BOOST_AUTO_TEST_CASE(snapshot_keeps_every_actor_and_tie_active_on_the_day) {
  const auto net = io::seed_scenario();
  const auto dot = render::write_dot(net, io::seed_date.first_day(), {.styled = false});
  const auto document_edges = [&](const std::string& text) {
    std::size_t n = 0;
    for (auto at = text.find(" -- "); at != std::string::npos; at = text.find(" -- ", at + 1)) ++n;
    return n;
  };
  // Counted independently from the model: ties whose spell contains the day.
  std::size_t active = 0;
  for (const auto& t : net.ties())
    if (t.when.contains(io::seed_date.first_day())) ++active;
  BOOST_TEST(document_edges(dot) == active);
  BOOST_TEST(dot.find("pg_kinds=sanction") != std::string::npos);  // the EU embargo: hostile ties are in
  BOOST_TEST(dot.find("pg_date=\"2007-05-30\"") != std::string::npos);
  BOOST_TEST(dot.find("k2-basing") == std::string::npos);  // ended in 2005
  // Before the CSTO existed there is no organisation node for it.
  const auto early = render::write_dot(net, day_of(1995, 1, 1), {.styled = false});
  BOOST_TEST(early.find("\tCSTO") == std::string::npos);
  BOOST_TEST(early.find("GRG -- ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(styles_mark_kinds_and_hostile_ties) {
  const auto dot = render::write_dot(small_network(), day_of(2007, 5, 30));
  BOOST_TEST(dot.find("arrowhead=tee") != std::string::npos);
  BOOST_TEST(dot.find("color=\"#d62728\"") != std::string::npos);
  BOOST_TEST(dot.find("style=dashed") != std::string::npos);
  BOOST_TEST(dot.find("shape=box") != std::string::npos);
  BOOST_TEST(dot.find("shape=ellipse") != std::string::npos);
  BOOST_TEST(dot.find("hostile (sanction, rivalry)") != std::string::npos);  // the legend
}

BOOST_AUTO_TEST_CASE(snapshot_export_is_refused_on_import) {
  const auto dot = render::write_dot(io::seed_scenario(), io::seed_date.first_day());
  BOOST_CHECK_THROW(render::read_dot(dot), data_error);
  BOOST_CHECK_THROW(render::write_dot(io::seed_scenario(), {.clusters = true}), usage_error);
}

BOOST_AUTO_TEST_CASE(broken_dot_gives_graphviz_message_and_line) {
  try {
    render::read_dot("graph {\n  a -- b;\n  c -- ;\n}\n", "broken.dot");
    BOOST_FAIL("no exception");
  } catch (const parse_error& e) {
    BOOST_TEST(e.where().file == "broken.dot");
    BOOST_TEST(e.where().line == 3u);
    BOOST_TEST(e.message().find("syntax error") != std::string::npos, e.message());
  }
  // Well-formed DOT that is not a pactgraph export.
  BOOST_CHECK_THROW(render::read_dot("graph { a -- b }"), data_error);
  // A pactgraph export with a record broken by hand.
  auto dot = render::write_dot(small_network());
  dot.replace(dot.find("2000-01-01"), 10, "2000-13-01");
  BOOST_CHECK_THROW(render::read_dot(dot), data_error);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused_before_graphviz_reads_it) {
  // Found by the dot fuzz target: Graphviz's lexer asked for 2 GiB on a 0xFF byte in an HTML label.
  // Line 2 is `  a [label=<x?>];`, the bad byte its 14th character.
  const std::string text = "graph {\n  a [label=<x\xff>];\n}\n";
  try {
    render::read_dot(text, "bad.dot");
    BOOST_FAIL("no error");
  } catch (const parse_error& e) {
    BOOST_TEST(e.where().line == 2u);
    BOOST_TEST(e.where().column == 14u);
    BOOST_TEST(std::string(e.what()) == "bad.dot:2:14: invalid UTF-8 in DOT text");
  }
}

BOOST_AUTO_TEST_CASE(empty_and_one_actor_networks) {
  const alliance_network empty;
  BOOST_TEST((render::read_dot(render::write_dot(empty)) == empty));
  alliance_network one;
  add_state(one, "ONE", "Only");
  const auto dot = render::write_dot(one);
  BOOST_TEST((render::read_dot(dot) == one));
  BOOST_TEST(render::write_dot(one, day_of(2000, 1, 1)).find("ONE") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

#include "pactgraph/io/data_dir.hpp"
#include "require_data_dir.hpp"

BOOST_AUTO_TEST_SUITE(render_dot_atop)

// The ATOP alliances on COW states (no IGO data), exported whole and read back.
BOOST_AUTO_TEST_CASE(atop_network_round_trips) {
  const auto net = io::load_data_dir(require_data_dir(), {.organisations = {}});
  BOOST_TEST_REQUIRE(net.pact_count() > 700u);
  const auto dot = render::write_dot(net, {.styled = false});
  const auto back = render::read_dot(dot, "atop.dot");
  BOOST_TEST(back.tie_count() == net.tie_count());
  BOOST_TEST((back == net));
  BOOST_TEST(render::write_dot(back, {.styled = false}) == dot);
  // A snapshot of it is a picture of the day: every tie active on 1962-10-16 is an edge.
  const auto day = day_of(1962, 10, 16);
  const auto picture = render::write_dot(net, day, {.styled = false});
  std::size_t edges = 0;
  for (auto at = picture.find(" -- "); at != std::string::npos; at = picture.find(" -- ", at + 1)) ++edges;
  const snapshot snap(net, day, render::dot_options{}.selection);
  std::size_t ties = 0;
  for (const auto& e : snap.edges()) ties += e.multiplicity;
  BOOST_TEST(edges == ties);
  BOOST_TEST(ties > 100u);
}

BOOST_AUTO_TEST_SUITE_END()
