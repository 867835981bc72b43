// A diagram sized by a measure: each node's width and label carry the measure's value, here
// betweenness on a star-like network small enough to count by hand.

#include <boost/test/unit_test.hpp>

#include <string>

#include "pactgraph/error.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/size_by.hpp"
#include "pactgraph/render/dot.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(render_size_by)

namespace {

/// B and C allied with each other and with A; D only with A.
alliance_network kite() {
  alliance_network net;
  const actor_id a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C"), d = add_state(net, "D");
  for (const auto& [x, y] : {std::pair{a, b}, std::pair{a, c}, std::pair{b, c}, std::pair{a, d}})
    add_pact(net, net[x].abbreviation + net[y].abbreviation,
             {{x, "2000", "", tie_kind::defence}, {y, "2000", "", tie_kind::defence}});
  return net;
}

/// The attributes of node `name` in the DOT text, from its name to the closing bracket.
std::string node_block(const std::string& dot, const std::string& name) {
  const auto start = dot.find("\t" + name + "\t[");
  BOOST_TEST_REQUIRE(start != std::string::npos);
  return dot.substr(start, dot.find(']', start) - start);
}

}  // namespace

BOOST_AUTO_TEST_CASE(betweenness_sizes_the_nodes) {
  const alliance_network net = kite();
  const day_number day = query::parse_day("2005");
  const auto sizes = query::size_by(net, day, "betweenness");
  BOOST_TEST(sizes.measure == "betweenness");
  BOOST_TEST(sizes.failures.empty());
  render::dot_options options{.score_name = sizes.measure};
  options.scores = sizes.scores;
  const std::string dot = render::write_dot(net, day, options);
  // A alone lies between D and B and between D and C: 2 of the 3 pairs not counting A, so 2/3
  // normalised (networkx); the others lie between no one. The largest score gets width 2, zero 0.6.
  const std::string a = node_block(dot, "A");
  BOOST_TEST(a.find("<FONT POINT-SIZE=\"8\">0.667</FONT>") != std::string::npos, a);
  BOOST_TEST(a.find("width=2") != std::string::npos, a);
  for (const char* other : {"B", "C", "D"}) {
    const std::string block = node_block(dot, other);
    BOOST_TEST(block.find("<FONT POINT-SIZE=\"8\">0</FONT>") != std::string::npos, block);
    BOOST_TEST(block.find("width=0.6") != std::string::npos, block);
  }
  BOOST_TEST(dot.find(">betweenness<") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(one_known_measure_only) {
  const alliance_network net = kite();
  const day_number day = query::parse_day("2005");
  BOOST_CHECK_THROW((void)query::size_by(net, day, "degree,katz"), usage_error);
  BOOST_CHECK_THROW((void)query::size_by(net, day, "all"), usage_error);
  try {
    (void)query::size_by(net, day, "betweeness", {}, "--size-by");
    BOOST_FAIL("no usage_error");
  } catch (const usage_error& e) {
    BOOST_TEST(std::string(e.what()).starts_with("--size-by: unknown metric 'betweeness'"));
  }
}

BOOST_AUTO_TEST_SUITE_END()
