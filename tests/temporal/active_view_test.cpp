#include <boost/graph/graph_concepts.hpp>
#include <boost/test/unit_test.hpp>
#include <set>
#include <utility>

#include "pactgraph/temporal/active_view.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<active_view>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<active_view>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<active_view>));

BOOST_AUTO_TEST_SUITE(temporal_active_view)

namespace {
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
  // Every first of January and July over the seed's span: the lazy view's distinct pairs are the snapshot's edges.
  for (int year = 1992; year <= 2007; ++year)
    for (unsigned month : {1u, 7u}) {
      const day_number day = day_of(year, month, 1);
      const auto view = make_active_view(seed(), day, {.kinds = tie_kind::all, .actors = actor_kind::any});
      std::set<std::pair<std::size_t, std::size_t>> pairs;
      for (auto [it, end] = boost::edges(view); it != end; ++it) {
        const auto u = boost::source(*it, view), v = boost::target(*it, view);
        pairs.emplace(std::min(u, v), std::max(u, v));
      }
      const snapshot s(seed(), day, {.kinds = tie_kind::all, .actors = actor_kind::any});
      BOOST_TEST(pairs.size() == s.edge_count(), "on " << date::from_days(day));
    }
}

BOOST_AUTO_TEST_CASE(empty_network) {
  const alliance_network net;
  const auto view = make_active_view(net, 0);
  BOOST_TEST(count(boost::vertices(view)) == 0u);
  BOOST_TEST(count(boost::edges(view)) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
