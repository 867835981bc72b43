#include <boost/graph/graph_concepts.hpp>
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <set>
#include <utility>

#include "pactgraph/temporal/active_view.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(temporal_active_view)

BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<active_view>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<active_view>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<active_view>));

namespace {
using tied_pairs = std::multiset<std::pair<std::size_t, std::size_t>>;

std::pair<std::size_t, std::size_t> ordered(std::size_t u, std::size_t v) { return {std::min(u, v), std::max(u, v)}; }

/// One pair of actor indices per tie on `day`, straight from the seed's records rather than from
/// the tie index the view and the snapshot share: two members of one pact, each in a spell on the
/// day, either pledging something; a member and its organisation during a membership spell.
tied_pairs ties_from_records(day_number day) {
  tied_pairs out;
  for (const auto& p : seed().pacts())
    for (std::size_t i = 0; i < p.members.size(); ++i)
      for (std::size_t j = i + 1; j < p.members.size(); ++j)
        for (const auto& a : p.members[i].spells)
          for (const auto& b : p.members[j].spells)
            if (a.when.contains(day) && b.when.contains(day) && (a.pledges | b.pledges) != tie_kind::none)
              out.insert(ordered(p.members[i].actor.value(), p.members[j].actor.value()));
  for (const auto& m : seed().memberships())
    for (const auto& s : m.spells)
      if (s.when.contains(day)) out.insert(ordered(m.member.value(), m.organisation.value()));
  return out;
}

template <class Range>
std::size_t count(Range r) {
  std::size_t n = 0;
  for (auto it = r.first; it != r.second; ++it) ++n;
  return n;
}
}  // namespace

BOOST_AUTO_TEST_CASE(keeps_parallel_ties_parallel) {
  const auto view = make_active_view(seed(), day_of(2007, 5, 30));
  BOOST_TEST(count(boost::vertices(view)) == 10u);  // states only
  BOOST_TEST(count(boost::edges(view)) == 22u);     // 21 CST pairs + the parallel 2005 treaty
  const auto rus = seed_actor("RUS").value();
  BOOST_TEST(count(boost::out_edges(rus, view)) == 7u);  // 6 CST partners, Uzbekistan twice
}

BOOST_AUTO_TEST_CASE(agrees_with_the_materialised_snapshot_on_every_day) {
  // Every day of the seed source's span, both ends included: the lazy view's ties and the
  // snapshot's edges are exactly the pairs the pact and membership records give.
  const auto& source = seed().sources().front();
  std::size_t days = 0;
  std::size_t days_with_ties = 0;
  for (day_number day = source.first.first_day(); day <= source.last.last_day(); ++day) {
    const auto expected = ties_from_records(day);
    const auto view = make_active_view(seed(), day, {.kinds = tie_kind::all, .actors = actor_kind::any});
    tied_pairs seen;
    for (auto [it, end] = boost::edges(view); it != end; ++it)
      seen.insert(ordered(boost::source(*it, view), boost::target(*it, view)));
    BOOST_TEST((seen == expected), "view on " << date::from_days(day));
    const snapshot s(seed(), day, {.kinds = tie_kind::all, .actors = actor_kind::any});
    std::set<std::pair<std::size_t, std::size_t>> edges;
    for (const auto& e : s.edges()) edges.insert(ordered(s.actor_at(e.u).value(), s.actor_at(e.v).value()));
    BOOST_TEST((edges == std::set<std::pair<std::size_t, std::size_t>>(expected.begin(), expected.end())),
               "snapshot on " << date::from_days(day));
    ++days;
    days_with_ties += expected.empty() ? 0 : 1;
  }
  // 1992-05-15 to 2007-05-30, both included: 15 × 365 + 3 leap days (1996, 2000, 2004) + 15 + 1.
  BOOST_TEST(days == std::size_t{5494});
  BOOST_TEST(days_with_ties == days);  // the Collective Security Treaty ties from its first day
}

BOOST_AUTO_TEST_CASE(empty_network) {
  const alliance_network net;
  const auto view = make_active_view(net, 0);
  BOOST_TEST(count(boost::vertices(view)) == 0u);
  BOOST_TEST(count(boost::edges(view)) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
