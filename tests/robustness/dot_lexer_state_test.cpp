// One hostile DOT text must not break the reads after it. Graphviz 2.42's lexer kept its state between
// reads: after a lone "<" every later read failed, each growing one buffer until memory ran out (the
// dot fuzz target's out-of-memory), and text after a graph became the start of the next read.

#include <boost/test/unit_test.hpp>

#include <string>

#include "pactgraph/render/dot.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(robustness_dot_lexer_state)

namespace {

alliance_network one_state() {
  alliance_network net;
  net.add_actor({.kind = actor_kind::state, .abbreviation = "RUS", .name = "Russia", .cow_code = 365});
  return net;
}

/// The message read_dot gives for `text`, which it must refuse.
std::string refusal(const std::string& text) {
  try {
    (void)render::read_dot(text, "bad.dot");
  } catch (const error& e) {
    return e.what();
  }
  return "accepted";
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_refused_dot_text_leaves_the_next_read_unharmed) {
  const alliance_network net = one_state();
  const std::string good = render::write_dot(net);
  BOOST_TEST(refusal("<") == "bad.dot: not a DOT graph");
  BOOST_TEST((render::read_dot(good) == net));
  // Graphviz reads the graph and leaves the "x" for the next read, which the reset drops.
  BOOST_TEST(refusal("graph {} x") ==
             R"(bad.dot: not a pactgraph DOT export: the graph has no pg_format="pactgraph-dot 1")");
  BOOST_TEST((render::read_dot(good) == net));
  BOOST_TEST(refusal("graph { a [label=<<b>x</b") ==
             "bad.dot:1: syntax error in line 1 scanning a HTML string (missing '>'? bad nesting? longer than 16384?) "
             "String starting:<<b>x</b");
  BOOST_TEST((render::read_dot(good) == net));
}

BOOST_AUTO_TEST_SUITE_END()
