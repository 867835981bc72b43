#include <boost/test/unit_test.hpp>
#include <set>
#include <string>

#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/temporal/members.hpp"
#include "pactgraph/temporal/partners.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(io_seed_scenario)

namespace {
const alliance_network& seed() {
  static const alliance_network net = io::seed_scenario();
  return net;
}
std::set<std::string> csto_members(day_number day) {
  std::set<std::string> out;
  for (const auto& m : members_on(seed(), seed().actor_named("CSTO"), day)) out.insert(seed()[m.member].name);
  return out;
}
bool tied(const char* x, const char* y, day_number day, tie_kind kinds) {
  return seed().status_between(seed().actor_named(x), seed().actor_named(y), day, kinds) == coverage_status::tied;
}
}  // namespace

// Each fact comes from the news article of 30 May 2007 the scenario was built from or, for treaty
// member dates, ATOP 5.1.

BOOST_AUTO_TEST_CASE(compiled_copy_matches_the_example_file) {
  BOOST_TEST((seed() == io::read_dataset_file(source_dir() / "examples/data/central_asia_2007.json")));
  BOOST_TEST(io::seed_date.to_string() == "2007-05-30");
}

BOOST_AUTO_TEST_CASE(csto_has_seven_members_on_the_article_date) {
  const std::set<std::string> expected{"Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Armenia", "Belarus", "Uzbekistan"};
  BOOST_TEST(csto_members(day_of(2007, 5, 30)) == expected, boost::test_tools::per_element());
  BOOST_TEST(csto_members(day_of(2002, 10, 6)).empty());  // the organisation dates from 2002-10-07
  BOOST_TEST(csto_members(day_of(2003, 1, 1)).size() == 6u);
}

BOOST_AUTO_TEST_CASE(uzbekistan_left_the_treaty_in_1999_and_rejoined_in_2006) {
  const pact_id cst = *seed().find_pact("Collective Security Treaty");
  const auto in_cst = [&](day_number day) {
    for (const auto& m : members_on(seed(), cst, day))
      if (seed()[m.member].abbreviation == "UZB") return true;
    return false;
  };
  BOOST_TEST(in_cst(day_of(1992, 5, 15)));
  BOOST_TEST(in_cst(day_of(1999, 4, 19)));
  BOOST_TEST(!in_cst(day_of(1999, 4, 20)));
  BOOST_TEST(!in_cst(day_of(2000, 1, 1)));
  BOOST_TEST(!in_cst(day_of(2006, 8, 16)));
  BOOST_TEST(in_cst(day_of(2006, 8, 17)));
  BOOST_TEST(in_cst(day_of(2007, 5, 30)));
  BOOST_TEST(!csto_members(day_of(2000, 1, 1)).contains("Uzbekistan"));
  BOOST_TEST(csto_members(day_of(2007, 5, 30)).contains("Uzbekistan"));
  BOOST_TEST(seed()[cst].signed_on->to_string() == "1992-05-15");
}

BOOST_AUTO_TEST_CASE(the_eu_embargo_is_hostile) {
  const auto uzb = seed().actor_named("UZB");
  bool found = false;
  for (const auto& p : partners_on(seed(), uzb, day_of(2007, 5, 30)))
    if (seed()[p.partner].abbreviation == "EU") {
      found = true;
      BOOST_TEST(p.sign == -1);
      BOOST_TEST((p.received == tie_kind::sanction));
      BOOST_TEST((p.pledged == tie_kind::none));
    }
  BOOST_TEST(found);
  BOOST_TEST(!tied("EU", "UZB", day_of(2005, 11, 13), tie_kind::sanction));
  BOOST_TEST(tied("EU", "UZB", day_of(2005, 11, 14), tie_kind::sanction));
}

BOOST_AUTO_TEST_CASE(us_basing_ended_in_november_2005) {
  BOOST_TEST(tied("USA", "UZB", day_of(2005, 6, 1), tie_kind::basing));
  BOOST_TEST(!tied("USA", "UZB", day_of(2006, 1, 1), tie_kind::basing));
}

BOOST_AUTO_TEST_CASE(russia_and_uzbekistan_defend_each_other_since_autumn_2005) {
  const auto rus = seed().actor_named("RUS");
  const auto uzb = seed().actor_named("UZB");
  const pact_id treaty = *seed().find_pact("rus-uzb-alliance-2005");
  BOOST_TEST(*seed()[treaty].atop_id == 5075);
  // The treaty is one tie between the two (the JSON lists each side's pledges once), so exactly one match.
  std::size_t treaty_ties = 0;
  for (const auto& p : partners_on(seed(), uzb, day_of(2007, 5, 30), tie_kind::defence)) {
    if (p.partner != rus || seed()[p.tie].pact() != treaty) continue;
    ++treaty_ties;
    BOOST_TEST((p.pledged == (tie_kind::defence | tie_kind::consultation | tie_kind::basing)));
    BOOST_TEST((p.received == p.pledged));
  }
  BOOST_TEST(treaty_ties == 1u);
  BOOST_TEST(!tied("RUS", "UZB", day_of(2005, 11, 13), tie_kind::basing));
  BOOST_TEST(tied("RUS", "UZB", day_of(2005, 11, 14), tie_kind::basing));
  BOOST_TEST(tied("RUS", "UZB", day_of(2007, 5, 18), tie_kind::information_exchange));
  BOOST_TEST(!tied("RUS", "UZB", day_of(2007, 5, 17), tie_kind::information_exchange));
  BOOST_TEST(tied("RUS", "UZB", day_of(2007, 5, 30), tie_kind::intelligence_sharing));
}

BOOST_AUTO_TEST_CASE(queries_know_where_the_data_end) {
  const auto rus = seed().actor_named("RUS");
  const auto usa = seed().actor_named("USA");
  BOOST_TEST((seed().status_between(rus, usa, day_of(2007, 5, 30)) == coverage_status::no_tie));
  BOOST_TEST((seed().status_between(rus, usa, day_of(2007, 5, 31)) == coverage_status::not_covered));
  BOOST_TEST((seed().status_between(rus, usa, day_of(1990, 1, 1)) == coverage_status::not_covered));
}

BOOST_AUTO_TEST_SUITE_END()
