// The panels on ATOP 5.1 itself, checked against ATOP's own yearly files and counts.

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "pactgraph/panels/dyad_years.hpp"
#include "pactgraph/panels/state_years.hpp"
#include "real_data_support.hpp"

using namespace pactgraph;
using testing::atop_and_cow;

namespace {

/// What atop5_1sy.csv says of one state-year.
struct sy_row {
  std::vector<int> flags;  // atopally, defense, offense, neutral, nonagg, consul, number, transyr
  std::set<int> atopids;
  friend bool operator==(const sy_row&, const sy_row&) = default;
};

std::ostream& operator<<(std::ostream& out, const sy_row& r) {
  for (int f : r.flags) out << f << ',';
  for (int a : r.atopids) out << ' ' << a;
  return out;
}

/// atop5_1sy.csv read on its own, keyed by (state, year).
std::map<std::pair<int, int>, sy_row> atop_state_years() {
  const auto records = testing::read_plain_csv(testing::require_data_dir() / "atop_v5.1" / "atop5_1sy.csv");
  const auto& header = records.front();
  auto col = [&](const std::string& name) {
    const auto it = std::find(header.begin(), header.end(), name);
    BOOST_REQUIRE(it != header.end());
    return static_cast<std::size_t>(it - header.begin());
  };
  const std::size_t first_id = col("atopid1");
  const std::size_t last_id = col("atopid59");
  std::map<std::pair<int, int>, sy_row> out;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& f = records[i];
    sy_row row;
    for (const char* name : {"atopally", "defense", "offense", "neutral", "nonagg", "consul", "number", "transyr"})
      row.flags.push_back(std::stoi(f[col(name)]));
    for (std::size_t c = first_id; c <= last_id; ++c)
      if (!f[c].empty()) row.atopids.insert(std::stoi(f[c]));
    out.emplace(std::pair(std::stoi(f[col("state")]), std::stoi(f[col("year")])), row);
  }
  return out;
}

int flag(tie_kind set, tie_kind kind) { return any_of(set, kind) ? 1 : 0; }

}  // namespace

BOOST_AUTO_TEST_SUITE(panels_atop)

BOOST_AUTO_TEST_CASE(state_years_equal_atop5_1sy_exactly) {
  const auto expected = atop_state_years();
  BOOST_TEST(expected.size() == 11923u);  // the file's rows (wc -l atop5_1sy.csv, less the header)
  const alliance_network& net = atop_and_cow();
  const state_year_panel panel = state_years(net, {1815, 2018});
  BOOST_TEST(panel.rows.size() == expected.size());
  BOOST_TEST(panel.members_without_code == 1u);  // ATOP 1320's member 8152, Annam (codebook note 18)
  std::size_t equal = 0;
  for (const state_year& r : panel.rows) {
    sy_row got;
    got.flags = {1,
                 flag(r.obligations, tie_kind::defence),
                 flag(r.obligations, tie_kind::offence),
                 flag(r.obligations, tie_kind::neutrality),
                 flag(r.obligations, tie_kind::non_aggression),
                 flag(r.obligations, tie_kind::consultation),
                 static_cast<int>(r.number()),
                 r.transyr ? 1 : 0};
    for (const pact_id p : panel.pacts_of(r)) got.atopids.insert(*net[p].atop_id);
    const auto it = expected.find({r.ccode, r.year});
    if (it == expected.end()) {
      BOOST_ERROR("state-year " << r.ccode << " " << r.year << " is not in atop5_1sy.csv");
      continue;
    }
    BOOST_TEST_CONTEXT("state " << r.ccode << " year " << r.year) { BOOST_TEST(got == it->second); }
    equal += got == it->second ? 1 : 0;
  }
  BOOST_TEST(equal == expected.size());
}

BOOST_AUTO_TEST_CASE(guatemala_has_no_neutrality_pledge_in_1888) {
  // ATOP 1362: Guatemala's neutrality pledge ends with the phase of 1888-11-24; atop5_1sy.csv
  // has 90,1888 with neutral = 0 (awk -F, '$1==90&&$2==1888' atop5_1sy.csv).
  const state_year_panel panel = state_years(atop_and_cow(), {1888, 1888});
  const auto it = std::find_if(panel.rows.begin(), panel.rows.end(), [](const state_year& r) { return r.ccode == 90; });
  BOOST_REQUIRE(it != panel.rows.end());
  BOOST_TEST(!any_of(it->obligations, tie_kind::neutrality));
  BOOST_TEST(it->transyr);
}

BOOST_AUTO_TEST_CASE(directed_dyad_years_count_atops_own_file) {
  const alliance_network& net = atop_and_cow();
  const dyad_year_panel directed = directed_dyad_years(net, {1815, 2018});
  // ATOP 5.1's directed dyad-year file (atop5_1ddyr.csv) has 273,296 rows.
  BOOST_TEST(directed.rows.size() == 273296u);
  BOOST_TEST(directed.members_without_code == 1u);

  // Sorted by year, ccode_a, ccode_b, each pair once, both directions present.
  std::set<std::tuple<int, int, int>> keys;
  for (std::size_t i = 1; i < directed.rows.size(); ++i) {
    const auto& x = directed.rows[i - 1];
    const auto& y = directed.rows[i];
    BOOST_TEST_REQUIRE((std::tie(x.year, x.ccode_a, x.ccode_b) < std::tie(y.year, y.ccode_a, y.ccode_b)));
  }
  for (const auto& r : directed.rows) keys.emplace(r.year, r.ccode_a, r.ccode_b);
  std::size_t unmatched = 0;
  for (const auto& r : directed.rows) unmatched += keys.count({r.year, r.ccode_b, r.ccode_a}) == 0 ? 1 : 0;
  BOOST_TEST(unmatched == 0u);

  // Every row lies inside a member row of each state, of a pact both share, in that year: checked
  // on the member rows directly, with the year rule spelled out here (entry year to exit year).
  std::map<int, std::vector<const pact*>> by_atopid;
  for (const pact& q : net.pacts()) by_atopid[*q.atop_id].push_back(&q);
  std::size_t outside = 0;
  for (const auto& r : directed.rows) {
    bool inside = false;
    for (const pact_id p : directed.pacts_of(r)) {
      bool has_a = false;
      bool has_b = false;
      for (const pact* q : by_atopid[*net[p].atop_id]) {
        for (const pact_member& m : q->members)
          for (const member_spell& s : m.spells) {
            const int first = s.when.begin_date().year();
            const int last = s.when.is_open() ? 9999 : s.when.end_date()->year();
            if (first > r.year || last < r.year) continue;
            has_a = has_a || m.actor == r.a;
            has_b = has_b || m.actor == r.b;
          }
      }
      inside = inside || (has_a && has_b);
    }
    outside += inside ? 0 : 1;
  }
  BOOST_TEST(outside == 0u);
}

BOOST_AUTO_TEST_CASE(undirected_rows_are_the_or_of_both_directions) {
  const alliance_network& net = atop_and_cow();
  const dyad_year_panel directed = directed_dyad_years(net, {1815, 2018});
  const dyad_year_panel undirected = undirected_dyad_years(net, {1815, 2018});
  BOOST_TEST(undirected.rows.size() * 2 == directed.rows.size());
  std::map<std::tuple<int, int, int>, const dyad_year*> by_key;
  for (const auto& r : directed.rows) by_key.emplace(std::tuple(r.year, r.ccode_a, r.ccode_b), &r);
  std::size_t differ = 0;
  std::size_t asymmetric_pairs = 0;
  for (const auto& u : undirected.rows) {
    BOOST_TEST_REQUIRE(u.ccode_a < u.ccode_b);
    const dyad_year& ab = *by_key.at({u.year, u.ccode_a, u.ccode_b});
    const dyad_year& ba = *by_key.at({u.year, u.ccode_b, u.ccode_a});
    asymmetric_pairs += ab.obligations != ba.obligations ? 1 : 0;
    const bool same = u.obligations == (ab.obligations | ba.obligations) && u.number() == ab.number() &&
                      u.number() == ba.number() && u.transyr == ab.transyr && u.shareob == ab.shareob &&
                      u.obvary == ab.obvary && u.asymm == ab.asymm && u.bilateral == ab.bilateral;
    differ += same ? 0 : 1;
  }
  BOOST_TEST(differ == 0u);
  BOOST_TEST(asymmetric_pairs > 0u);  // the directed file has something to say
}

BOOST_AUTO_TEST_CASE(rows_are_the_same_for_any_thread_count) {
  const alliance_network& net = atop_and_cow();
  const dyad_year_panel one = directed_dyad_years(net, {1815, 2018}, {.threads = 1});
  const dyad_year_panel three = directed_dyad_years(net, {1815, 2018}, {.threads = 3});
  BOOST_REQUIRE(one.rows.size() == three.rows.size());
  bool same = one.pacts == three.pacts;
  for (std::size_t i = 0; i < one.rows.size() && same; ++i)
    same = std::tie(one.rows[i].ccode_a, one.rows[i].ccode_b, one.rows[i].year, one.rows[i].obligations,
                    one.rows[i].first_pact) == std::tie(three.rows[i].ccode_a, three.rows[i].ccode_b,
                                                        three.rows[i].year, three.rows[i].obligations,
                                                        three.rows[i].first_pact);
  BOOST_TEST(same);
}

BOOST_AUTO_TEST_SUITE_END()
