// Snapshots built from an active_ties cursor are the snapshots a full scan of the ties builds (the
// scan is the one checked against networkx on ATOP in tests/io), on every day a tie of the seed or
// of ATOP begins or ends and the days around it; plus a hand case and the forward-only rule.

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/temporal/active_ties.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(temporal_active_ties)

namespace {

void require_same(const snapshot& a, const snapshot& b) {
  BOOST_TEST_REQUIRE(a.day() == b.day());
  BOOST_TEST(std::ranges::equal(a.nodes(), b.nodes()));
  BOOST_TEST_REQUIRE(a.edge_count() == b.edge_count());
  for (std::size_t i = 0; i < a.edge_count(); ++i) {
    const auto &x = a.edges()[i], &y = b.edges()[i];
    BOOST_TEST_REQUIRE((x.u == y.u && x.v == y.v && x.multiplicity == y.multiplicity && x.positive == y.positive &&
                        x.negative == y.negative && x.kinds == y.kinds));
    BOOST_TEST(std::ranges::equal(a.ties_of(x), b.ties_of(y)));
  }
  BOOST_TEST(std::ranges::equal(a.columns(), b.columns()));
  BOOST_TEST(a.diagnostics().ties_with_absent_end == b.diagnostics().ties_with_absent_end);
  BOOST_TEST(std::ranges::equal(a.diagnostics().absent_actors, b.diagnostics().absent_actors));
  BOOST_TEST(a.diagnostics().covered == b.diagnostics().covered);
}

/// Every day a tie begins or ends, the day before each, in ascending order.
std::vector<day_number> change_days(const alliance_network& net) {
  std::vector<day_number> days;
  for (const auto& t : net.ties()) {
    days.insert(days.end(), {t.when.begin - 1, t.when.begin});
    if (!t.when.is_open()) days.insert(days.end(), {t.when.end - 1, t.when.end});
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

void check_every_change(const alliance_network& net, const std::vector<day_number>& days, snapshot_options options) {
  const tie_timeline timeline(net);
  active_ties cursor(timeline);
  for (const day_number day : days) {
    cursor.move_to(day);
    require_same(snapshot(cursor, options), snapshot(net, day, options));
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_on_every_change) {
  const auto days = change_days(seed());
  BOOST_TEST(days.size() > 20u);
  check_every_change(seed(), days, {});
  check_every_change(seed(), days, {.kinds = tie_kind::all, .actors = actor_kind::any});
}

BOOST_AUTO_TEST_CASE(atop_on_every_change) {
  const auto dir = data_dir();
  BOOST_TEST_REQUIRE(std::filesystem::is_regular_file(dir / "atop_v5.1" / "atop5_1m.csv"),
                     "the real datasets are missing from '" << dir.string() << "': set PACTGRAPH_DATA_DIR");
  const auto net = io::load_data_dir(dir, {.organisations = {}});
  auto days = change_days(net);
  // Every fourth change day (about 600 of them) keeps the test short and still crosses every start and end.
  std::vector<day_number> some;
  for (std::size_t i = 0; i < days.size(); i += 4) some.push_back(days[i]);
  BOOST_TEST(some.size() > 500u);
  check_every_change(net, some, {});
}

BOOST_AUTO_TEST_CASE(a_tie_inside_one_step_is_never_seen) {
  alliance_network net;
  const auto a = add_state(net, "A");
  const auto b = add_state(net, "B");
  add_pact(net, "short", {{a, "1950-03-01", "1950-06-30", tie_kind::defence}, {b, "1950-03-01", "1950-06-30", tie_kind::defence}});
  add_pact(net, "long", {{a, "1940", "", tie_kind::consultation}, {b, "1940", "", tie_kind::consultation}});
  const tie_timeline timeline(net);
  active_ties cursor(timeline);
  cursor.move_to(day_of(1945, 1, 1));
  BOOST_TEST(snapshot(cursor).edges()[0].multiplicity == 1u);
  cursor.move_to(day_of(1960, 1, 1));  // jumps over the whole of "short"
  BOOST_TEST(snapshot(cursor).edges()[0].multiplicity == 1u);
  BOOST_TEST(snapshot(cursor).edges()[0].kinds == tie_kind::consultation);
  cursor.move_to(day_of(1960, 1, 1));  // the same day again is allowed
  BOOST_CHECK_THROW(cursor.move_to(day_of(1950, 4, 1)), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
