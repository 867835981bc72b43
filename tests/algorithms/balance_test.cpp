#include "pactgraph/algorithms/balance.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(algorithms_balance)

namespace {

const snapshot_options signed_view{.kinds = tie_kind::alliance | tie_kind::hostile, .signs = sign_filter::any};

/// A, B, C, D, E: A–B and B–C allied, A–C rivals, D sanctions A and B, E allied with B and both allied
/// with and sanctioning A (a mixed pair). All from 1990, open-ended.
struct signed_network {
  alliance_network net;
  actor_id a, b, c, d, e;
  signed_network() {
    a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C"), d = add_state(net, "D"),
    e = add_state(net, "E");
    const auto def = tie_kind::defence, none = tie_kind::none;
    add_pact(net, "ab", {{a, "1990", "", def}, {b, "1990", "", def}});
    add_pact(net, "bc", {{b, "1990", "", def}, {c, "1990", "", def}});
    add_pact(net, "ac", {{a, "1990", "", tie_kind::rivalry}, {c, "1990", "", tie_kind::rivalry}});
    add_pact(net, "da", {{d, "1990", "", tie_kind::sanction}, {a, "1990", "", none}});
    add_pact(net, "db", {{d, "1990", "", tie_kind::sanction}, {b, "1990", "", none}});
    add_pact(net, "eb", {{e, "1990", "", def}, {b, "1990", "", def}});
    add_pact(net, "ea", {{e, "1990", "", def}, {a, "1990", "", def}});
    add_pact(net, "ea-embargo", {{e, "1990", "", tie_kind::sanction}, {a, "1990", "", none}});
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(census_by_hand) {
  const signed_network x;
  const snapshot s(x.net, day_of(2000, 1, 1), signed_view);
  // Triangles: ABC (+ AB, + BC, − AC) is ++-; ABD (+ AB, − DA, − DB) is +--; ABE has the mixed AE.
  const auto t = signed_triangles(s);
  BOOST_TEST((t == triangle_census{.ppp = 0, .ppn = 1, .pnn = 1, .nnn = 0, .with_mixed = 1}));
  BOOST_TEST(t.balance_ratio() == 0.5);
  // Without hostile ties only the positive triangle ABE is left (AE positive now).
  BOOST_TEST((signed_triangles(snapshot(x.net, day_of(2000, 1, 1))) == triangle_census{.ppp = 1}));
  // Three mutual enemies: ---.
  alliance_network net;
  const auto p = add_state(net, "P"), q = add_state(net, "Q"), r = add_state(net, "R");
  const auto riv = tie_kind::rivalry;
  add_pact(net, "pq", {{p, "1990", "", riv}, {q, "1990", "", riv}});
  add_pact(net, "qr", {{q, "1990", "", riv}, {r, "1990", "", riv}});
  add_pact(net, "pr", {{p, "1990", "", riv}, {r, "1990", "", riv}});
  const auto enemies = signed_triangles(snapshot(net, day_of(2000, 1, 1), signed_view));
  BOOST_TEST((enemies == triangle_census{.nnn = 1}));
  BOOST_TEST(enemies.balance_ratio() == 0.0);
  // Before 1990 nothing is active: no triangle, no ratio.
  BOOST_TEST(std::isnan(signed_triangles(snapshot(net, day_of(1989, 12, 31), signed_view)).balance_ratio()));
}

BOOST_AUTO_TEST_CASE(frustration_by_hand) {
  const signed_network x;
  const snapshot s(x.net, day_of(2000, 1, 1), signed_view);
  // Vertices are A B C D E. Camps {A, B, E} and {C, D}: B–C is positive across, A–E is mixed;
  // A–C, D–A, D–B are negative across and A–B, B–E positive within.
  const std::vector<std::uint32_t> camps{0, 0, 1, 1, 0};
  BOOST_TEST((frustration_of(s, camps) == frustration{.positive_across = 1, .negative_within = 0, .mixed = 1}));
  // One camp: the three negative edges are within.
  const std::vector<std::uint32_t> one(5, 0);
  BOOST_TEST(frustration_of(s, one).total() == 4u);
  BOOST_CHECK_THROW(frustration_of(s, std::vector<std::uint32_t>{0, 1}), usage_error);
}

BOOST_AUTO_TEST_CASE(seed_scenario) {
  const auto net = io::seed_scenario();
  const auto day = io::seed_date.first_day();
  // Every tie and actor: the seven treaty members and the CSTO they all belong to form a K8 of positive
  // ties, C(8, 3) = 56 triangles; the EU's embargo on Uzbekistan is the only negative edge and closes no
  // triangle (the EU has no other tie on the day).
  const snapshot all(net, day, {.kinds = tie_kind::all, .actors = actor_kind::any});
  const auto t = signed_triangles(all);
  BOOST_TEST((t == triangle_census{.ppp = 56}));
  BOOST_TEST(t.balance_ratio() == 1.0);
  // Camps: the EU against everyone else frustrates nothing; everybody together frustrates the embargo.
  std::vector<std::uint32_t> camps(all.vertex_count(), 0);
  camps[*all.vertex_of(net.actor_named("EU"))] = 1;
  BOOST_TEST(frustration_of(all, camps).total() == 0u);
  BOOST_TEST((frustration_of(all, std::vector<std::uint32_t>(all.vertex_count(), 0)) == frustration{.negative_within = 1}));
  // Empty and one-actor cases, and the directed view is refused.
  BOOST_TEST((signed_triangles(snapshot{}) == triangle_census{}));
  BOOST_TEST(frustration_of(snapshot{}, std::vector<std::uint32_t>{}).total() == 0u);
  BOOST_CHECK_THROW(signed_triangles(obligation_view(net, day)), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
