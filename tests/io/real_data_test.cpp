// The importers on the real datasets of PACTGRAPH_DATA_DIR (docs/data.md). These tests fail, never
// skip, when the data are missing. Expected values come from the data README, the ATOP codebook
// and independent counts over the raw CSVs (the commands are in the comments).

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>

#include "io_test_support.hpp"
#include "pactgraph/io/atop.hpp"
#include "pactgraph/io/cow_igo.hpp"
#include "pactgraph/io/cow_states.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/source_compare.hpp"
#include "pactgraph/temporal/members.hpp"
#include "pactgraph/temporal/snapshot.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using pactgraph::testing::require_data_dir;

BOOST_AUTO_TEST_SUITE(io_real_data)

namespace {

/// COW states + ATOP + the five default IGOs, loaded once for the suite (loading is what is tested).
const data_dir_load& loaded() {
  static const data_dir_load load = load_data_dir_with_reports(require_data_dir());
  return load;
}
const alliance_network& real() { return loaded().network; }

const pact& atop(int atopid) { return real()[*real().find_pact("atop-" + std::to_string(atopid))]; }

const pact_member& member_of(const pact& p, int cow_code) {
  const actor_id a = *real().find_state(cow_code);
  for (const pact_member& m : p.members)
    if (m.actor == a) return m;
  BOOST_FAIL("state " << cow_code << " is not a member of " << p.key);
  throw std::logic_error("unreachable");
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_row_is_loaded_or_reported) {
  const auto& reports = loaded().reports;
  BOOST_REQUIRE(reports.size() == 3u);
  // states2016.csv: 243 rows, 217 distinct ccodes (data README;
  // python3 -c "import csv;r=list(csv.DictReader(open('states2016.csv')));print(len(r),len({x['ccode'] for x in r}))").
  BOOST_TEST(reports[0].rows_read == 243u);
  BOOST_TEST(reports[0].rows_loaded == 243u);
  std::size_t with_spells = 0;
  std::size_t spells = 0;
  for (const actor& a : real().actors())
    if (!a.spells.empty() && a.kind == actor_kind::state) {
      ++with_spells;
      spells += a.spells.size();
    }
  BOOST_TEST(with_spells == 217u);
  BOOST_TEST(spells == 243u);

  // atop5_1m.csv 2510 member rows and atop5_1a.csv 789 alliances (data README; awk 'END{print NR-1}').
  BOOST_TEST(reports[1].rows_read == 2510u + 789u);
  BOOST_TEST(reports[1].rows_loaded == 2510u + 789u);
  BOOST_TEST(reports[1].diagnostics.empty());
  std::set<int> atopids;
  std::size_t member_spells = 0;
  std::size_t pacts = 0;
  for (const pact& p : real().pacts()) {
    if (!p.atop_id) continue;
    ++pacts;
    atopids.insert(*p.atop_id);
    for (const pact_member& m : p.members) member_spells += m.spells.size();
  }
  BOOST_TEST(atopids.size() == 789u);
  BOOST_TEST(member_spells == 2510u);
  // Nine alliances code Czechoslovakia's successors as parallel phases, each one extra pact:
  // 3424 3433 3610 3625 4070 4075 4100 4185 4195 (rows of one atopid, different phases, overlapping in time).
  BOOST_TEST(pacts == 789u + 9u);
  for (const int id : {3424, 3433, 3610, 3625, 4070, 4075, 4100, 4185, 4195})
    BOOST_TEST(real().find_pact("atop-" + std::to_string(id) + "-p3").has_value(), "atopid " << id);

  // state_year_format3.csv: 15557 rows (data README).
  BOOST_TEST(reports[2].rows_read == 15557u);
  BOOST_TEST(reports[2].rows_loaded == 15557u);
}

BOOST_AUTO_TEST_CASE(uzbekistan_in_the_collective_security_treaty) {
  // Data README: atopid 4220, Uzbekistan (704) phase 1 1992-05-15 to 1999-04-20, phase 2 2006-08-17 to 2012-06-28.
  const pact& cst = atop(4220);
  BOOST_TEST((cst.signed_on == date(1992, 5, 15)));
  const pact_member& uzb = member_of(cst, 704);
  BOOST_REQUIRE(uzb.spells.size() == 2u);
  BOOST_TEST((uzb.spells[0].when == spell::between(date(1992, 5, 15), date(1999, 4, 20))));
  BOOST_TEST(uzb.spells[0].phase == 1u);
  BOOST_TEST((uzb.spells[1].when == spell::between(date(2006, 8, 17), date(2012, 6, 28))));
  BOOST_TEST(uzb.spells[1].phase == 2u);
  const actor_id uzb_id = *real().find_state(704);
  const auto on = [&](day_number d) {
    const auto m = members_on(real(), *real().find_pact("atop-4220"), d);
    return std::any_of(m.begin(), m.end(), [&](const member_on_day& x) { return x.member == uzb_id; });
  };
  BOOST_TEST(on(day_of(1999, 4, 19)));
  BOOST_TEST(!on(day_of(1999, 4, 20)));
  BOOST_TEST(!on(day_of(2006, 8, 16)));
  BOOST_TEST(on(day_of(2006, 8, 17)));
}

BOOST_AUTO_TEST_CASE(the_2005_russia_uzbekistan_alliance) {
  // Data README: atopid 5075, bilateral, defense=1, consul=1, start 2005-11-14, still in force.
  const pact& p = atop(5075);
  BOOST_TEST(p.note == "bilateral");
  BOOST_TEST(p.members.size() == 2u);
  for (const int code : {365, 704}) {
    const pact_member& m = member_of(p, code);
    BOOST_REQUIRE(m.spells.size() == 1u);
    BOOST_TEST(m.spells[0].when.begin == day_of(2005, 11, 14));
    BOOST_TEST(m.spells[0].when.is_open());
    BOOST_TEST((m.spells[0].pledges == (tie_kind::defence | tie_kind::consultation)));
  }
}

BOOST_AUTO_TEST_CASE(state_system_spells) {
  // grep -E '^(GMY|RUS),' states2016.csv: GMY 1816-01-01..1945-05-08 and 1990-10-03..2016-12-31; RUS 1816-01-01..2016-12-31.
  const actor& germany = real()[*real().find_state(255)];
  BOOST_REQUIRE(germany.spells.size() == 2u);
  BOOST_TEST(germany.spells[0].when.begin == day_of(1816, 1, 1));
  BOOST_TEST(germany.spells[0].when.end == day_of(1945, 5, 8));
  BOOST_TEST(germany.spells[1].when.begin == day_of(1990, 10, 3));
  BOOST_TEST(germany.spells[1].when.is_open());
  const actor& russia = real()[real().actor_named("RUS")];
  BOOST_TEST((russia.cow_code == std::optional<int>(365)));
  BOOST_REQUIRE(russia.spells.size() == 1u);
  BOOST_TEST(russia.spells[0].when.is_open());  // an end on 2016-12-31 is the end of the data
  BOOST_TEST(real().present(real().actor_named("RUS"), day_of(2020, 1, 1)));
}

BOOST_AUTO_TEST_CASE(members_outside_the_system_are_counted_in_snapshot_diagnostics) {
  // grep '^1320,' atop5_1m.csv: 220 and 8152 (cowsys 0), 1874-03-15 to 1883-08-25; 8152 is no COW state.
  const actor_id unknown = *real().find_state(8152);
  BOOST_TEST(real()[unknown].spells.empty());
  const snapshot snap(real(), day_of(1880, 1, 1));
  BOOST_TEST(!snap.vertex_of(unknown).has_value());
  const auto& absent = snap.diagnostics().absent_actors;
  BOOST_TEST(std::count(absent.begin(), absent.end(), unknown) == 1);
  BOOST_TEST(snap.diagnostics().ties_with_absent_end >= 1u);
}

BOOST_AUTO_TEST_CASE(the_standard_snapshot_of_the_article_date_ties_russia_and_uzbekistan) {
  const snapshot snap(real(), day_of(2007, 5, 30));
  const auto rus = snap.vertex_of(real().actor_named("RUS"));
  const auto uzb = snap.vertex_of(real().actor_named("UZB"));
  BOOST_REQUIRE(rus && uzb);
  const auto e = snap.edge_between(std::min(*rus, *uzb), std::max(*rus, *uzb));
  BOOST_REQUIRE(e.has_value());
  // atopid 4220 phase 2, 5075, and the other post-Soviet alliances both are in.
  BOOST_TEST(snap.edges()[*e].multiplicity >= 2u);
  BOOST_TEST(any_of(snap.edges()[*e].kinds, tie_kind::defence));
}

BOOST_AUTO_TEST_CASE(igo_memberships_of_russia_and_uzbekistan_in_the_csto) {
  // python csv over state_year_format3.csv: csto = 1 for 365 in 2002..2014 and for 704 in 2002..2011.
  const actor_id csto = real().actor_named("CSTO");
  BOOST_TEST((real()[csto].kind == actor_kind::organisation));
  const auto spells_of = [&](const std::string& state) {
    const actor_id s = real().actor_named(state);
    for (const membership& m : real().memberships())
      if (m.member == s && m.organisation == csto) return m.spells;
    return std::vector<membership_spell>{};
  };
  const auto rus = spells_of("RUS");
  BOOST_REQUIRE(rus.size() == 1u);
  BOOST_TEST(rus[0].when.begin == day_of(2002, 1, 1));
  BOOST_TEST(rus[0].when.is_open());
  BOOST_TEST((real()[rus[0].source].key == "cow-igo3"));
  const auto uzb = spells_of("UZB");
  BOOST_REQUIRE(uzb.size() == 1u);
  BOOST_TEST(uzb[0].when.begin == day_of(2002, 1, 1));
  BOOST_TEST((uzb[0].when.end_date() == date::make(2011, 1, 1, date_precision::year)));
  for (const std::string name : {"NATO", "CIS", "SCO", "EU"}) BOOST_TEST(real().find_actor(name).has_value(), name);
}

BOOST_AUTO_TEST_CASE(igo_and_atop_disagree_about_uzbekistan) {
  const auto found = compare_memberships(real(), real().actor_named("CSTO"), *real().find_pact("atop-4220"));
  // Independent python over the raw CSVs (csto status 1-3 per year, against atopid 4220 rows touching
  // the year, for the years the CSTO is not coded -1, 2002-2014): Serbia 345 and Afghanistan 700 in
  // 2013-2014 (observers) and Uzbekistan 704 in 2002-2005 are CSTO members outside the treaty;
  // Uzbekistan in 2012 is in the treaty (to 2012-06-28) but not in the IGO list.
  std::vector<std::tuple<int, int, bool, bool>> got;
  for (const auto& d : found) got.emplace_back(*real()[d.actor].cow_code, d.year, d.in_organisation, d.in_pact);
  std::sort(got.begin(), got.end());
  const std::vector<std::tuple<int, int, bool, bool>> expected{
      {345, 2013, true, false}, {345, 2014, true, false}, {700, 2013, true, false}, {700, 2014, true, false},
      {704, 2002, true, false}, {704, 2003, true, false}, {704, 2004, true, false}, {704, 2005, true, false},
      {704, 2012, false, true}};
  BOOST_TEST((got == expected));
}

BOOST_AUTO_TEST_SUITE_END()
