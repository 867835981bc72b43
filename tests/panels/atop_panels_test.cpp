// The panels on ATOP 5.1 itself, checked against ATOP's own yearly files and counts.

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "pactgraph/panels/dyad_spells.hpp"
#include "pactgraph/panels/dyad_years.hpp"
#include "pactgraph/panels/state_years.hpp"
#include "pactgraph/panels/system_frame.hpp"
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

BOOST_AUTO_TEST_CASE(the_importer_keeps_obvary_and_asymm) {
  // awk -F, 'NR>1 && $66==1' atop5_1m.csv | wc -l  -> 54 member rows (column 66 is obvary), in 17
  // alliances; awk -F, 'NR>1 && $36==1' atop5_1a.csv | wc -l  -> 91 alliances (column 36 is asymm).
  std::size_t varying = 0;
  std::set<int> asymmetric;
  for (const pact& p : atop_and_cow().pacts()) {
    if (p.asymmetric) asymmetric.insert(*p.atop_id);
    for (const pact_member& m : p.members)
      for (const member_spell& s : m.spells) varying += s.pledges_vary ? 1 : 0;
  }
  BOOST_TEST(varying == 54u);
  BOOST_TEST(asymmetric.size() == 91u);
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

BOOST_AUTO_TEST_CASE(dyad_spells_reaggregated_to_years_give_the_yearly_rows) {
  const alliance_network& net = atop_and_cow();
  const dyad_year_panel years = directed_dyad_years(net, {1815, 2018});
  const dyad_spell_panel spells = dyad_spells(net);
  // A spell counts in every year from its start through its end (the exit year, as ATOP counts it).
  std::map<std::tuple<int, int, int>, std::vector<const dyad_spell*>> in_year;
  for (const dyad_spell& s : spells.rows) {
    const int first = date::from_days(s.when.begin).year();
    const int last = s.when.is_open() ? 2018 : date::from_days(s.when.end).year();
    for (int y = first; y <= last; ++y) in_year[{y, s.ccode_a, s.ccode_b}].push_back(&s);
  }
  BOOST_TEST(in_year.size() == years.rows.size());
  std::size_t wrong = 0;
  for (const dyad_year& r : years.rows) {
    const auto it = in_year.find({r.year, r.ccode_a, r.ccode_b});
    if (it == in_year.end()) {
      ++wrong;
      continue;
    }
    std::set<pact_id> pacts;
    tie_kind any = tie_kind::none;
    for (const dyad_spell* s : it->second) {
      pacts.insert(spells.pacts_of(*s).begin(), spells.pacts_of(*s).end());
      any |= s->obligations;
    }
    const std::set<pact_id> yearly(years.pacts_of(r).begin(), years.pacts_of(r).end());
    // Nothing starts or ends in the year: one spell covers it, with the yearly flags. Otherwise the
    // year's last phases are a part of what its spells pledge.
    const bool ok = r.transyr ? (pacts == yearly && (r.obligations & ~any) == tie_kind::none)
                              : (it->second.size() == 1 && pacts == yearly && r.obligations == any &&
                                 r.obvary == it->second.front()->obvary);
    wrong += ok ? 0 : 1;
  }
  BOOST_TEST(wrong == 0u);
}

BOOST_AUTO_TEST_CASE(the_system_frame_has_every_pair_sharing_a_system_day) {
  // Counted here from states2016.csv alone: a state is in the system from its start day up to,
  // not including, its end day; an end of 2016-12-31 is the end of the data, so still in.
  const auto records = testing::read_plain_csv(testing::require_data_dir() / "cow_states_v2016" / "states2016.csv");
  struct stretch {
    int code;
    day_number begin;
    day_number end;
  };
  std::vector<stretch> stretches;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& f = records[i];  // stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday
    const day_number end = day_of(std::stoi(f[6]), static_cast<unsigned>(std::stoi(f[7])), static_cast<unsigned>(std::stoi(f[8])));
    stretches.push_back({std::stoi(f[1]),
                         day_of(std::stoi(f[3]), static_cast<unsigned>(std::stoi(f[4])), static_cast<unsigned>(std::stoi(f[5]))),
                         end == day_of(2016, 12, 31) ? day_of(2017, 1, 1) : end});
  }
  std::size_t expected = 0;
  for (int y = 1816; y <= 2016; ++y) {
    const day_number first = day_of(y, 1, 1);
    const day_number end = day_of(y + 1, 1, 1);
    std::set<std::pair<int, int>> pairs;
    for (const auto& s : stretches)
      for (const auto& t : stretches) {
        const day_number b = std::max({s.begin, t.begin, first});
        const day_number e = std::min({s.end, t.end, end});
        if (s.code != t.code && b < e) pairs.emplace(s.code, t.code);
      }
    expected += pairs.size();
  }
  const alliance_network& net = atop_and_cow();
  const dyad_year_panel frame = system_frame(net, {1816, 2016});
  BOOST_TEST(frame.rows.size() == expected);
  BOOST_TEST(expected > 1500000u);
  BOOST_TEST_MESSAGE("system frame 1816-2016: " << expected << " directed rows");

  // Allied rows carry the dyad-year flags; the rest are zeros; all years are inside ATOP.
  const dyad_year_panel allied = directed_dyad_years(net, {1816, 2016});
  std::size_t allied_in_frame = 0;
  std::size_t uncovered = 0;
  for (const dyad_year& r : frame.rows) {
    allied_in_frame += r.allied() ? 1 : 0;
    uncovered += r.covered ? 0 : 1;
    if (!r.allied()) BOOST_TEST_REQUIRE(r.obligations == tie_kind::none);
  }
  BOOST_TEST(uncovered == 0u);
  BOOST_TEST(allied_in_frame <= allied.rows.size());
  BOOST_TEST(allied_in_frame * 100 > allied.rows.size() * 95);  // ATOP's members are COW states
}

BOOST_AUTO_TEST_SUITE_END()
