#include "pactgraph/algorithms/paths.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/obligation_view.hpp"
#include "structure_reference.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using namespace pactgraph::testing::structure;

BOOST_AUTO_TEST_SUITE(algorithms_paths)

namespace {

std::vector<std::vector<std::uint32_t>> vertices_of(const std::vector<vertex_path>& paths) {
  std::vector<std::vector<std::uint32_t>> out;
  for (const auto& p : paths) out.push_back(p.vertices);
  return out;
}

/// Checks Yen's output against networkx's: the same lengths in the same order, each path simple
/// and of its stated length, and the same set of paths for every length below the last one
/// (within the last length, which tied paths make the cut is an order choice).
template <class Graph>
void check_simple_paths(const Graph& g, const std::vector<vertex_path>& ours, const nlohmann::json& theirs,
                        bool weighted, const std::string& what) {
  BOOST_TEST_REQUIRE(ours.size() == theirs.size(), what);
  std::map<long long, std::set<std::vector<std::uint32_t>>> mine, reference;
  const double last = ours.empty() ? 0 : ours.back().length;
  for (std::size_t i = 0; i < ours.size(); ++i) {
    const double length = theirs[i]["length"].get<double>();
    BOOST_TEST(std::abs(ours[i].length - length) <= 1e-9 * std::max(1.0, length), what << " path " << i);
    const auto& p = ours[i].vertices;
    BOOST_TEST(std::set<std::uint32_t>(p.begin(), p.end()).size() == p.size(), what << " path " << i << " simple");
    double sum = 0;
    for (std::size_t j = 0; j + 1 < p.size(); ++j) {
      const auto [e, exists] = boost::edge(p[j], p[j + 1], g);
      BOOST_TEST_REQUIRE(exists, what << " path " << i << " step " << j);
      sum += weighted ? get(boost::edge_weight, g, e) : 1.0;
    }
    BOOST_TEST(std::abs(sum - ours[i].length) <= 1e-9 * std::max(1.0, sum));
    if (ours[i].length < last - 1e-9) {
      const auto key = std::llround(ours[i].length * 1e6);
      mine[key].insert(p);
      reference[key].insert(theirs[i]["vertices"].get<std::vector<std::uint32_t>>());
    }
  }
  BOOST_TEST((mine == reference), what << ": paths shorter than the last differ");
}

}  // namespace

BOOST_AUTO_TEST_CASE(agrees_with_networkx) {
  const auto graphs = structure_graphs();
  const auto answers = networkx_structure(graphs, "paths");
  std::size_t checked = 0;
  for (std::size_t gi = 0; gi < graphs.size(); ++gi) {
    const auto& r = graphs[gi];
    with_bgl(r, [&](const auto& g) {
      const auto weight = get(boost::edge_weight, g);
      for (std::size_t pi = 0; pi < r.pairs.size(); ++pi) {
        const auto [s, t] = r.pairs[pi];
        const auto& nx = answers[gi]["pairs"][pi];
        const std::string what = r.name + " " + std::to_string(s) + "->" + std::to_string(t);
        BOOST_TEST(reachable(g, s) == nx["descendants"].get<std::vector<std::uint32_t>>(), what);
        const auto hops = shortest_path(g, s, t);
        const auto weighted = weighted_shortest_path(g, s, t, weight);
        BOOST_TEST_REQUIRE(hops.has_value() == nx.contains("hops"), what);
        BOOST_TEST(hop_distances(g, s)[t] == (hops ? static_cast<std::uint32_t>(hops->length) : unreachable));
        if (!hops) {
          BOOST_TEST(all_shortest_paths(g, s, t).empty());
          BOOST_TEST(k_shortest_paths(g, s, t, 3).empty());
          continue;
        }
        BOOST_TEST(hops->length == nx["hops"].get<double>(), what);
        BOOST_TEST(std::abs(weighted->length - nx["weighted"].get<double>()) <= 1e-12, what);
        const auto all = nx["all"].get<std::vector<std::vector<std::uint32_t>>>();
        const auto all_weighted = nx["all_weighted"].get<std::vector<std::vector<std::uint32_t>>>();
        // networkx's list, sorted, is the lexicographic order we promise; the single path is its first.
        BOOST_TEST((vertices_of(all_shortest_paths(g, s, t)) == all), what);
        BOOST_TEST((vertices_of(all_shortest_paths(g, s, t, weight)) == all_weighted), what);
        BOOST_TEST((hops->vertices == all.front()), what);
        BOOST_TEST((weighted->vertices == all_weighted.front()), what);
        check_simple_paths(g, k_shortest_paths(g, s, t, r.k), nx["simple"], false, what + " yen");
        check_simple_paths(g, k_shortest_paths(g, s, t, r.k, weight), nx["simple_weighted"], true,
                           what + " yen weighted");
        ++checked;
      }
      return 0;
    });
  }
  BOOST_TEST(checked >= 40u);
}

BOOST_AUTO_TEST_CASE(grid_corners_have_twenty_shortest_paths) {
  // 4 x 4 grid, corner to corner: 6 steps, 3 right and 3 down in any order, C(6, 3) = 20 paths.
  structure_graph grid;
  for (const auto& r : structure_graphs())
    if (r.name == "grid") grid = r;
  BOOST_REQUIRE(grid.n == 16u);
  with_bgl(grid, [](const auto& g) {
    const auto all = all_shortest_paths(g, 0, 15);
    BOOST_TEST(all.size() == 20u);
    BOOST_TEST((all.front().vertices == std::vector<std::uint32_t>{0, 1, 2, 3, 7, 11, 15}));
    BOOST_TEST(all_shortest_paths(g, 0, 15, 5).size() == 5u);
    // Yen: the 20 of length 6 come first, then longer detours (length 8).
    const auto yen = k_shortest_paths(g, 0, 15, 21);
    BOOST_TEST(yen.size() == 21u);
    BOOST_TEST(yen[19].length == 6.0);
    BOOST_TEST(yen[20].length == 8.0);
    return 0;
  });
}

BOOST_AUTO_TEST_CASE(degenerate_graphs) {
  const undirected_bgl empty;
  BOOST_CHECK_THROW(shortest_path(empty, 0, 0), usage_error);
  const undirected_bgl one(1);
  const auto self = shortest_path(one, 0, 0);
  BOOST_REQUIRE(self);
  BOOST_TEST((self->vertices == std::vector<std::uint32_t>{0}));
  BOOST_TEST(self->length == 0.0);
  BOOST_TEST(k_shortest_paths(one, 0, 0, 3).size() == 1u);
  BOOST_TEST(reachable(one, 0).empty());
  BOOST_CHECK_THROW(reachable(one, 1), usage_error);
  undirected_bgl negative(2);
  boost::add_edge(0, 1, -1.0, negative);
  BOOST_CHECK_THROW(weighted_shortest_path(negative, 0, 1, get(boost::edge_weight, negative)), usage_error);
}

BOOST_AUTO_TEST_CASE(parallel_edges_count_once) {
  // Two parallel edges 0-1 and one 1-2: one shortest path, not two as BGL's own counting would give.
  undirected_bgl g(3);
  boost::add_edge(0, 1, 5.0, g);
  boost::add_edge(0, 1, 2.0, g);
  boost::add_edge(1, 2, 1.0, g);
  BOOST_TEST(all_shortest_paths(g, 0, 2).size() == 1u);
  // The shorter of the parallel edges counts: 2 + 1.
  BOOST_TEST(weighted_shortest_path(g, 0, 2, get(boost::edge_weight, g))->length == 3.0);
}

BOOST_AUTO_TEST_CASE(steps_report_their_pacts_on_the_seed) {
  const auto net = io::seed_scenario();
  const snapshot s(net, io::seed_date.first_day());
  const auto arm = net.actor_named("ARM"), rus = net.actor_named("RUS"), uzb = net.actor_named("UZB");
  const auto cst = *net.find_pact("cst"), treaty = *net.find_pact("rus-uzb-alliance-2005");
  // Armenia and Uzbekistan are both in the Collective Security Treaty on the day: one hop.
  const auto direct = shortest_path(net, s, arm, uzb);
  BOOST_REQUIRE(direct);
  BOOST_TEST((direct->actors == std::vector<actor_id>{arm, uzb}));
  BOOST_TEST((direct->steps.at(0).pacts == std::vector<pact_id>{cst}));
  // Russia–Uzbekistan is carried by two pacts at once, and still counts as one step.
  const auto ru = shortest_path(net, s, rus, uzb);
  BOOST_TEST(ru->length == 1.0);
  BOOST_TEST(ru->steps.at(0).ties.size() == 2u);
  BOOST_TEST((ru->steps.at(0).pacts == std::vector<pact_id>{cst, treaty}));
  // Weighted by 1 / multiplicity: ARM–UZB is 1, ARM–RUS–UZB is 1 + 1/2, so the direct step stays shortest.
  const auto w = shortest_path(net, s, arm, uzb, {.length = edge_length::inverse_multiplicity});
  BOOST_TEST(w->length == 1.0);
  // ARM to UZB: the direct step, then the 5 two-step detours through the other members (BLR, KYR,
  // KZK, RUS, TAJ) in vertex (actor-id) order.
  const auto yen = k_shortest_paths(net, s, arm, uzb, 6);
  BOOST_REQUIRE(yen.size() == 6u);
  BOOST_TEST(yen[0].actors.size() == 2u);
  BOOST_TEST(yen[1].actors.size() == 3u);
  BOOST_TEST(net[yen[1].actors[1]].abbreviation == "RUS");  // RUS is actor 0, the smallest vertex
  BOOST_TEST(all_shortest_paths(net, s, arm, uzb).size() == 1u);
  // The United States have no alliance tie on the day, and the EU is no state.
  BOOST_CHECK_THROW(shortest_path(net, s, arm, net.actor_named("EU")), usage_error);
  BOOST_TEST(!shortest_path(net, s, arm, net.actor_named("USA")));
  BOOST_TEST(reachable(net, s, net.actor_named("USA")).empty());
  BOOST_TEST(reachable(net, s, uzb).size() == 6u);
}

BOOST_AUTO_TEST_CASE(weighted_paths_prefer_strong_ties) {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  const auto d = tie_kind::defence;
  add_pact(net, "ac", {{a, "1990", "", d}, {c, "1990", "", d}});
  const auto ab1 = add_pact(net, "ab1", {{a, "1990", "", d}, {b, "1990", "", d}});
  const auto ab2 = add_pact(net, "ab2", {{a, "1990", "", d}, {b, "1990", "", d}});
  add_pact(net, "bc1", {{b, "1990", "", d}, {c, "1990", "", d}});
  add_pact(net, "bc2", {{b, "1990", "", d}, {c, "1990", "", d}});
  add_pact(net, "bc3", {{b, "1990", "", d}, {c, "1990", "", d}});
  // A pact that ends on the query day is over (spells are half-open) and one that starts on it counts.
  add_pact(net, "ended", {{a, "1990", "2000-01-01", d}, {c, "1990", "2000-01-01", d}});
  add_pact(net, "begins", {{b, "2000-01-01", "", d}, {c, "2000-01-01", "", d}});
  const snapshot s(net, day_of(2000, 1, 1));
  // Hops: A–C directly. Weighted: A–B is 1/2 (two pacts), B–C 1/4 (three plus "begins"), 3/4 < 1.
  BOOST_TEST(shortest_path(net, s, a, c)->actors.size() == 2u);
  BOOST_TEST(shortest_path(net, s, a, c)->steps[0].ties.size() == 1u);  // "ended" is gone
  const auto w = shortest_path(net, s, a, c, {.length = edge_length::inverse_multiplicity});
  BOOST_REQUIRE(w);
  BOOST_TEST((w->actors == std::vector<actor_id>{a, b, c}));
  BOOST_TEST(w->length == 0.75);
  BOOST_TEST((w->steps[0].pacts == std::vector<pact_id>{ab1, ab2}));
  BOOST_TEST(w->steps[1].pacts.size() == 4u);
  // A caller's length: every edge 1 whatever its multiplicity, so hops again.
  const std::vector<double> ones(s.edge_count(), 1.0);
  const auto flat = shortest_path(net, s, a, c, {.lengths = ones});
  BOOST_TEST(flat->actors.size() == 2u);
}

BOOST_AUTO_TEST_CASE(obligation_view_paths_follow_arcs) {
  // A guarantees B and B guarantees C, nobody pledges back: C reaches nobody, A reaches both.
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C");
  const auto d = tie_kind::defence, none = tie_kind::none;
  add_pact(net, "ab", {{a, "1990", "", d}, {b, "1990", "", none}});
  add_pact(net, "bc", {{b, "1990", "", d}, {c, "1990", "", none}});
  const obligation_view v(net, day_of(2000, 1, 1));
  BOOST_TEST((reachable(net, v, a) == std::vector<actor_id>{b, c}));
  BOOST_TEST(reachable(net, v, c).empty());
  BOOST_TEST(shortest_path(net, v, a, c)->length == 2.0);
  BOOST_TEST(!shortest_path(net, v, c, a));
}

BOOST_AUTO_TEST_SUITE_END()
