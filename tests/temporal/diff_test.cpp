#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "pactgraph/temporal/diff.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(temporal_diff)

namespace {
std::string describe(const member_change& c) {
  const auto& net = seed();
  const std::string what = c.pact ? net[*c.pact].key : "member of " + net[net[*c.membership].organisation].abbreviation;
  return date::from_days(c.day).to_string() + (c.change == change_kind::began ? " began " : " ended ") + what;
}
}  // namespace

BOOST_AUTO_TEST_CASE(what_changed_for_uzbekistan_2005_to_2007) {
  const auto uzb = seed_actor("UZB");
  const auto d = network_diff::between(seed(), day_of(2005, 1, 1), day_of(2007, 5, 30), {.actor = uzb});
  std::vector<std::string> lines;
  for (const auto& c : d.members) lines.push_back(describe(c));
  // Read off examples/data/central_asia_2007.json: the arms supplies begin "2005" (2005-01-01, the
  // window's first day, which is not after it) and so are not a change.
  const std::vector<std::string> expected{
      "2005-11-14 began eu-embargo-uzb",
      "2005-11-14 began rus-uzb-alliance-2005",
      "2005-11-30 ended k2-basing",
      "2006-08-17 began cst",
      "2006-08-17 began member of CSTO",
      "2007-05-18 began rus-uzb-manpads-2007",
      "2007-05-30 began rus-uzb-intelligence",
  };
  BOOST_TEST(lines == expected, boost::test_tools::per_element());
  // Ties: embargo, 2005 treaty, 6 CST partners again, CSTO membership, information exchange, intelligence
  // began (11); Karshi-Khanabad ended (1).
  std::size_t began = 0, ended = 0;
  for (const auto& c : d.ties) (c.change == change_kind::began ? began : ended) += 1;
  BOOST_TEST(began == 11u);
  BOOST_TEST(ended == 1u);
}

BOOST_AUTO_TEST_CASE(window_is_open_at_the_start_and_closed_at_the_end) {
  const auto uzb = seed_actor("UZB");
  const auto d = network_diff::between(seed(), day_of(2005, 11, 14), day_of(2006, 8, 17), {.actor = uzb});
  BOOST_REQUIRE(d.members.size() == 3u);  // k2 ended, CST and CSTO began on the last day
  BOOST_TEST(describe(d.members[0]) == "2005-11-30 ended k2-basing");
  BOOST_TEST(describe(d.members[2]) == "2006-08-17 began member of CSTO");
  BOOST_TEST(network_diff::between(seed(), day_of(2007, 5, 30), day_of(2007, 5, 30)).members.empty());
}

BOOST_AUTO_TEST_CASE(kind_filter_keeps_hostile_pacts_with_silent_targets) {
  const auto d = network_diff::between(seed(), day_of(2005, 1, 1), day_of(2007, 5, 30), {.kinds = tie_kind::hostile});
  BOOST_REQUIRE(d.members.size() == 2u);  // the EU and Uzbekistan, though Uzbekistan pledges nothing
  BOOST_REQUIRE(d.ties.size() == 1u);
  BOOST_TEST(seed()[d.ties[0].tie].sign() == -1);
}

BOOST_AUTO_TEST_CASE(empty_network) {
  const alliance_network net;
  const auto d = network_diff::between(net, 0, 100);
  BOOST_TEST(d.ties.empty());
  BOOST_TEST(d.members.empty());
}

BOOST_AUTO_TEST_SUITE_END()
