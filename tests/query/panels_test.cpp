// The yearly panels, dyad spells and similarity of the seed scenario as tables: their column kinds,
// the masks of what is unknown, and a few rows counted by hand from examples/data/central_asia_2007.json.

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/query/dyads.hpp"
#include "pactgraph/query/similarity.hpp"
#include "pactgraph/query/states.hpp"
#include "temporal/seed_fixture.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(query_panels)

namespace {

using kind = query::column::type;

}  // namespace

BOOST_AUTO_TEST_CASE(state_years_of_2007) {
  // The treaty's seven current members; the basing agreement with the United States ended in 2005.
  const query::table t = query::states(testing::seed(), {2007, 2007}, {.threads = 1});
  BOOST_TEST(t.name == "states");
  BOOST_TEST(t["ccode"].integers == (std::vector<std::int64_t>{365, 370, 371, 702, 703, 704, 705}),
             boost::test_tools::per_element());
  BOOST_TEST(t["defense"].integers == std::vector<std::int64_t>(7, 1), boost::test_tools::per_element());
  // Uzbekistan: the treaty, the 2005 treaty with Russia, the embargo, arms, the Igla and Strela
  // exchange and the intelligence reports.
  BOOST_TEST(t["number"].integers[5] == 6);
  BOOST_TEST((t["atopids"].kind == kind::text));
  // The seed's pacts pledge five kinds beyond ATOP's obligations, each a column of its own.
  BOOST_TEST(t["sanction"].integers == std::vector<std::int64_t>(7, 0), boost::test_tools::per_element());
  BOOST_TEST(t["basing"].integers.front() == 1);
}

BOOST_AUTO_TEST_CASE(the_system_frame_masks_years_no_source_covers) {
  // Ten states always in the system: 45 pairs a year. The seed's source begins in 1992.
  const query::table t = query::dyads(testing::seed(), {1991, 1992}, {.undirected = true, .all_pairs = true, .threads = 1});
  BOOST_TEST_REQUIRE(t.rows() == 90u);
  const query::column& defense = t["defense"];
  const query::column& year = t["year"];
  for (std::size_t i = 0; i < t.rows(); ++i) BOOST_TEST(defense.is_missing(i) == (year.integers[i] == 1991));
  BOOST_TEST(!t["atopids"].is_missing(0));
  BOOST_CHECK_THROW((void)query::dyads(testing::seed(), {1900, 1910}), usage_error);
}

BOOST_AUTO_TEST_CASE(georgia_left_the_treaty_in_1999) {
  // Undirected spells of Russia and Georgia: one, from Georgia's accession to its exit; Russia and
  // Belarus still share the treaty, so their spell has no end.
  const query::table t = query::dyad_spells(testing::seed(), {.directed = false});
  std::size_t georgia = t.rows();
  std::size_t belarus = t.rows();
  for (std::size_t i = 0; i < t.rows(); ++i) {
    if (t["ccode1"].integers[i] != 365) continue;
    if (t["ccode2"].integers[i] == 372) georgia = i;
    if (t["ccode2"].integers[i] == 370) belarus = i;
  }
  BOOST_TEST_REQUIRE(georgia < t.rows());
  BOOST_TEST_REQUIRE(belarus < t.rows());
  BOOST_TEST(t["start"].texts[georgia] == "1993-12-09");
  BOOST_TEST(t["end"].texts[georgia] == "1999-04-20");
  BOOST_TEST(t["end"].is_missing(belarus));
  BOOST_TEST(t["start"].texts[belarus] == "1994-01-03");
}

BOOST_AUTO_TEST_CASE(similarity_of_one_pair) {
  const query::table yearly = query::similarity(testing::seed(), year_span{2004, 2007},
                                                {.measures = "kappa,s_abs", .dyads = "UZB,RUS", .threads = 1});
  BOOST_TEST_REQUIRE(yearly.rows() == 4u);
  BOOST_TEST(yearly["ccode1"].integers.front() == 365);
  BOOST_TEST(yearly["ccode2"].integers.front() == 704);
  BOOST_TEST(yearly["year"].integers == (std::vector<std::int64_t>{2004, 2005, 2006, 2007}),
             boost::test_tools::per_element());
  BOOST_TEST(yearly.columns[3].name == "kappa");
  BOOST_TEST((yearly["s_abs"].kind == kind::real));
  const query::table day = query::similarity(testing::seed(), query::default_day(), {.measures = "pi"});
  BOOST_TEST(day.rows() == 45u);
  BOOST_TEST(day["date"].texts.front() == "2007-05-30");
  BOOST_CHECK_THROW((void)query::similarity(testing::seed(), query::default_day(), {.dyads = "EU,RUS"}), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
