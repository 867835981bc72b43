// Pact limits in DOT import: read_dot makes pacts from `pg_members` records, so it refuses a pact
// over io::pact_limits before its ties are built, as read_dataset and import_atop do.

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "pactgraph/render/dot.hpp"
#include "robustness_support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(robustness_dot_pact_limits)

namespace {

/// States A1..An, no pacts.
alliance_network states(int n) {
  alliance_network net;
  for (int i = 1; i <= n; ++i) net.add_actor({.kind = actor_kind::state, .abbreviation = "A" + std::to_string(i)});
  return net;
}

/// Adds pact `key` whose members are A1..An, each in it from 1990 with one spell per entry of `spells`
/// (a member given two spells leaves in 1995 and comes back in 2000).
void add_pact(alliance_network& net, const std::string& key, const std::vector<int>& spells) {
  pact p{.key = key};
  for (std::size_t i = 0; i < spells.size(); ++i) {
    pact_member m{.actor = *net.find_actor("A" + std::to_string(i + 1)), .spells = {}};
    if (spells[i] == 1) {
      m.spells.push_back({.when = spell::between(date(1990, 1, 1)), .pledges = tie_kind::defence});
    } else {
      m.spells.push_back({.when = spell::between(date(1990, 1, 1), date(1995, 1, 1)), .pledges = tie_kind::defence});
      m.spells.push_back({.when = spell::between(date(2000, 1, 1)), .pledges = tie_kind::defence});
    }
    p.members.push_back(std::move(m));
  }
  net.add_pact(std::move(p));
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_dot_pact_of_1001_members_is_refused_at_its_subgraph_by_default) {
  // An export of 1001 states with a pact record added by hand and no tie edges: unrefused, the read
  // would build its 500 500 ties and then fail on the missing edges with a data_error.
  std::string dot = render::write_dot(states(1001), {.styled = false});
  std::string members;
  for (int i = 1; i <= 1001; ++i) members += (i > 1 ? ";A" : "A") + std::to_string(i) + "|1990||defence|0";
  dot.insert(dot.rfind('}'), "subgraph \"pact:big\" { graph [pg_members=\"" + members + "\"]; }\n");
  expect_at_pointer<parse_error>([&] { (void)render::read_dot(dot, "big.dot"); }, "big.dot", "subgraph pact:big",
                                 "pact 'big': expected at most 1000 member spells");
}

BOOST_AUTO_TEST_CASE(a_dot_pact_over_the_member_spell_limit_is_refused_and_one_at_it_is_read) {
  // Spells count, not members: three members, the second with two spells, hold four.
  alliance_network net = states(3);
  add_pact(net, "p", {1, 2, 1});
  const std::string dot = render::write_dot(net);
  expect_at_pointer<parse_error>([&] { (void)render::read_dot(dot, "s.dot", {.max_member_spells = 3}); }, "s.dot",
                                 "subgraph pact:p", "pact 'p': expected at most 3 member spells");
  BOOST_TEST((render::read_dot(dot, "s.dot", {.max_member_spells = 4}) == net));
}

BOOST_AUTO_TEST_CASE(a_dot_read_over_the_tie_limit_is_refused_at_the_pact_that_passes_it) {
  // Two pacts of three members make three ties each; an organisation membership's tie is not a pact's.
  alliance_network net = states(3);
  add_pact(net, "a", {1, 1, 1});
  add_pact(net, "b", {1, 1, 1});
  const auto org = net.add_actor({.kind = actor_kind::organisation, .abbreviation = "ORG"});
  net.add_membership({.member = *net.find_actor("A1"), .organisation = org,
                      .spells = {{.when = spell::between(date(1990, 1, 1))}}});
  BOOST_TEST_REQUIRE(net.tie_count() == 7u);
  const std::string dot = render::write_dot(net);
  expect_at_pointer<parse_error>([&] { (void)render::read_dot(dot, "t.dot", {.max_ties = 5}); }, "t.dot",
                                 "subgraph pact:b", "pact 'b': expected at most 5 ties in all, found 6 with it");
  BOOST_TEST((render::read_dot(dot, "t.dot", {.max_ties = 6}) == net));
}

BOOST_AUTO_TEST_SUITE_END()
