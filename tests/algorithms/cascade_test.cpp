#include "pactgraph/algorithms/cascade.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>
#include <set>
#include <string>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(algorithms_cascade)

namespace {

std::set<std::string> names(const alliance_network& net, const std::vector<actor_id>& actors) {
  std::set<std::string> out;
  for (const auto a : actors) out.insert(net[a].abbreviation);
  return out;
}

const tie_kind defence = tie_kind::defence;
const tie_kind nothing = tie_kind::none;

}  // namespace

BOOST_AUTO_TEST_CASE(who_must_defend_uzbekistan_in_may_2007) {
  // From examples/data/central_asia_2007.json: on 2007-05-30 the Collective Security Treaty's phase-2
  // members pledging defence are RUS, ARM, TAJ, KYR, KZK, BLR (from 2002-10-07) and UZB (rejoined
  // 2006-08-17); AZE and GRG left on 1999-04-20. The 2005 treaty adds a second defence pledge RUS → UZB.
  const auto net = io::seed_scenario();
  const auto uzb = net.actor_named("UZB"), rus = net.actor_named("RUS");
  const auto c = obligation_cascade(net, uzb, io::seed_date.first_day());
  BOOST_TEST((names(net, c.direct()) == std::set<std::string>{"ARM", "BLR", "KYR", "KZK", "RUS", "TAJ"}));
  // Each of them is in the treaty with all the others, so the worst case adds nobody: all at hop 1.
  BOOST_TEST(c.drawn.size() == 6u);
  BOOST_TEST(!c.hop_of(net.actor_named("USA")));
  BOOST_TEST(!c.hop_of(net.actor_named("GRG")));
  BOOST_TEST((c.drawn.front().actor == rus));  // actor-id order within a hop
  const auto& through = c.drawn.front().through;
  BOOST_REQUIRE(through.size() == 1u);
  BOOST_TEST((through[0].to == uzb));
  BOOST_TEST((through[0].pledged == tie_kind::defence));
  BOOST_TEST((through[0].by.pacts ==
              std::vector<pact_id>{*net.find_pact("cst"), *net.find_pact("rus-uzb-alliance-2005")}));
  BOOST_TEST((c.drawn.back().through[0].by.pacts == std::vector<pact_id>{*net.find_pact("cst")}));
}

BOOST_AUTO_TEST_CASE(uzbekistan_outside_the_treaty_and_before) {
  const auto net = io::seed_scenario();
  const auto uzb = net.actor_named("UZB");
  // Between the 1999 exit and the 2005 treaty nobody is obliged to Uzbekistan.
  BOOST_TEST(obligation_cascade(net, uzb, day_of(2003, 1, 1)).drawn.empty());
  // On 1995-01-01 the phase-1 members are RUS, ARM, TAJ, KYR, KZK (1992), AZE (1993-09-24),
  // GRG (1993-12-09) and BLR (1994-01-03).
  const auto c = obligation_cascade(net, uzb, day_of(1995, 1, 1));
  BOOST_TEST((names(net, c.direct()) == std::set<std::string>{"ARM", "AZE", "BLR", "GRG", "KYR", "KZK", "RUS", "TAJ"}));
  // Exit day: AZE's spell is [1993-09-24, 1999-04-20), so on 1999-04-20 it is out, the day before in.
  BOOST_TEST(!obligation_cascade(net, uzb, day_of(1999, 4, 20)).hop_of(net.actor_named("AZE")));
  BOOST_TEST((obligation_cascade(net, net.actor_named("KZK"), day_of(1999, 4, 19)).hop_of(net.actor_named("AZE")) == 1u));
  // The target must be in the view: the EU is an organisation.
  BOOST_CHECK_THROW(obligation_cascade(net, net.actor_named("EU"), io::seed_date.first_day()), usage_error);
}

BOOST_AUTO_TEST_CASE(chains_of_one_sided_guarantees) {
  // A guarantees B, B guarantees C, D guarantees C until 2000-01-01, E guarantees C from 2000-01-01,
  // F guarantees B and E: nobody pledges anything back.
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C"), d = add_state(net, "D"),
             e = add_state(net, "E"), f = add_state(net, "F");
  const auto ab = add_pact(net, "ab", {{a, "1990", "", defence}, {b, "1990", "", nothing}});
  add_pact(net, "bc", {{b, "1990", "", defence}, {c, "1990", "", nothing}});
  add_pact(net, "dc", {{d, "1990", "2000-01-01", defence}, {c, "1990", "2000-01-01", nothing}});
  add_pact(net, "ec", {{e, "2000-01-01", "", defence}, {c, "2000-01-01", "", nothing}});
  const auto fb = add_pact(net, "fb", {{f, "1990", "", defence}, {b, "1990", "", nothing}});
  const auto fe = add_pact(net, "fe", {{f, "1990", "", defence}, {e, "1990", "", nothing}});
  const auto day = day_of(2000, 1, 1);
  // C attacked: B and E (not D, whose guarantee ended that day) at hop 1; A and F at hop 2.
  const auto on_c = obligation_cascade(net, c, day);
  BOOST_REQUIRE(on_c.drawn.size() == 4u);
  BOOST_TEST((on_c.direct() == std::vector<actor_id>{b, e}));
  BOOST_TEST((on_c.hop_of(a) == 2u));
  BOOST_TEST((on_c.hop_of(f) == 2u));
  BOOST_TEST(!on_c.hop_of(d));
  // F is drawn in through both its guarantees, each with its own pact.
  const auto& f_in = on_c.drawn.back();
  BOOST_TEST((f_in.actor == f));
  BOOST_REQUIRE(f_in.through.size() == 2u);
  BOOST_TEST((f_in.through[0].to == b));
  BOOST_TEST((f_in.through[0].by.pacts == std::vector<pact_id>{fb}));
  BOOST_TEST((f_in.through[1].to == e));
  BOOST_TEST((f_in.through[1].by.pacts == std::vector<pact_id>{fe}));
  BOOST_TEST((on_c.drawn[2].through[0].by.pacts == std::vector<pact_id>{ab}));
  // The day before, D's guarantee holds and E's has not begun.
  BOOST_TEST((obligation_cascade(net, c, day - 1).direct() == std::vector<actor_id>{b, d}));
  // Only the direct defenders when the closure is cut at one hop.
  BOOST_TEST(obligation_cascade(net, c, day, {.max_hops = 1}).drawn.size() == 2u);
  // Nobody guarantees A: attacking the guarantor draws nobody in. B attacked: A and F.
  BOOST_TEST(obligation_cascade(net, a, day).drawn.empty());
  BOOST_TEST((obligation_cascade(net, b, day).direct() == std::vector<actor_id>{a, f}));
}

BOOST_AUTO_TEST_CASE(which_obligations_count) {
  // G promises consultation to H, K offence alongside H: neither is defence.
  alliance_network net;
  const auto g = add_state(net, "G"), h = add_state(net, "H"), k = add_state(net, "K");
  add_pact(net, "gh", {{g, "1990", "", tie_kind::consultation}, {h, "1990", "", nothing}});
  add_pact(net, "kh", {{k, "1990", "", tie_kind::offence | tie_kind::neutrality}, {h, "1990", "", nothing}});
  const auto day = day_of(2000, 6, 1);
  BOOST_TEST(obligation_cascade(net, h, day).drawn.empty());
  const auto wide = obligation_cascade(net, h, day, {.obligations = defence | tie_kind::offence | tie_kind::consultation});
  BOOST_TEST((wide.direct() == std::vector<actor_id>{g, k}));
  // The arc reports only the obligations asked for, not the neutrality pledged beside them.
  BOOST_TEST((wide.drawn[1].through[0].pledged == tie_kind::offence));
}

BOOST_AUTO_TEST_CASE(one_actor_and_plain_graphs) {
  alliance_network net;
  const auto lone = add_state(net, "L");
  BOOST_TEST(obligation_cascade(net, lone, day_of(2000, 1, 1)).drawn.empty());
  // A plain directed graph: 1 → 0, 2 → 1, 3 → 1, 0 → 3 (a cycle back), 4 isolated.
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> g(5);
  for (const auto& [u, v] : {std::pair{1, 0}, {2, 1}, {3, 1}, {0, 3}}) boost::add_edge(u, v, g);
  const auto hops = cascade_hops(g, 0);
  constexpr auto never = std::numeric_limits<std::uint32_t>::max();
  BOOST_TEST((hops == std::vector<std::uint32_t>{0, 1, 2, 2, never}));
  BOOST_CHECK_THROW(cascade_hops(g, 5), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
