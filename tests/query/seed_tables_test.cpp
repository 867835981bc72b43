// The query tables of the seed scenario against hand counts from examples/data/central_asia_2007.json:
// who is in the CSTO and the Collective Security Treaty on a day, whom Uzbekistan defends, the
// standard snapshot's edges; with the column types and the missing masks the bindings rely on.

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/query/diff.hpp"
#include "pactgraph/query/members.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/snapshot_tables.hpp"
#include "pactgraph/query/ties.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(query_seed_tables)

namespace {

const alliance_network& seed_network() {
  static const alliance_network net = io::seed_scenario();
  return net;
}

day_number day(const char* text) { return query::parse_day(text); }

using kind = query::column::type;

}  // namespace

BOOST_AUTO_TEST_CASE(csto_members_on_the_seed_day) {
  const query::table t = query::members(seed_network(), "CSTO", day("2007-05-30"));
  // The seven CSTO membership records all began by 2006-08-17 and none ended; actor order of the file.
  const std::vector<std::string> expected{"RUS", "UZB", "KZK", "KYR", "TAJ", "ARM", "BLR"};
  BOOST_TEST(t.name == "members");
  BOOST_TEST(t["abbrev"].texts == expected, boost::test_tools::per_element());
  BOOST_TEST(t.rows() == 7u);
  BOOST_TEST((t["date"].kind == kind::text && t["code"].kind == kind::integer));
  BOOST_TEST(t["date"].texts == std::vector<std::string>(7, "2007-05-30"), boost::test_tools::per_element());
  BOOST_TEST(t["group"].texts.front() == "Collective Security Treaty Organization");
  BOOST_TEST(t["code"].integers.front() == 365);
  BOOST_TEST(t["code"].missing.empty());
  BOOST_TEST(t["status"].texts == std::vector<std::string>(7, "full"), boost::test_tools::per_element());
  BOOST_TEST(t.notes.empty());
}

BOOST_AUTO_TEST_CASE(a_table_without_rows_still_names_its_question) {
  // The charter was signed on 2002-10-07: the day before, the organisation has no member.
  const query::table t = query::members(seed_network(), "csto", day("2002-10-06"));
  BOOST_TEST(t.rows() == 0u);
  BOOST_TEST(t.columns.size() == 7u);
  BOOST_TEST_REQUIRE(t.scalars.size() == 2u);
  BOOST_TEST(t.scalars[0].texts.front() == "2002-10-06");
  BOOST_TEST(t.scalars[1].texts.front() == "Collective Security Treaty Organization");
}

BOOST_AUTO_TEST_CASE(treaty_members_at_the_end_of_1998) {
  // Azerbaijan, Georgia and Uzbekistan left on 1999-04-20, so all nine signatories are in; pact order.
  const query::table t = query::members(seed_network(), "Collective Security Treaty", day("1998"));
  const std::vector<std::string> expected{"RUS", "ARM", "TAJ", "KYR", "UZB", "KZK", "AZE", "GRG", "BLR"};
  BOOST_TEST(t["abbrev"].texts == expected, boost::test_tools::per_element());
  BOOST_TEST(t["date"].texts.front() == "1998-12-31");
}

BOOST_AUTO_TEST_CASE(whom_uzbekistan_defends) {
  // Defence ties on the seed day: the treaty with the six other current signatories, and the 2005
  // bilateral treaty with Russia; by partner name, Russia twice.
  const query::table t = query::ties(seed_network(), "Uzbekistan", day("2007-05-30"), tie_kind::defence);
  const std::vector<std::string> expected{"ARM", "BLR", "KZK", "KYR", "RUS", "RUS", "TAJ"};
  BOOST_TEST(t["abbrev"].texts == expected, boost::test_tools::per_element());
  BOOST_TEST(t["kind"].texts == std::vector<std::string>(7, "defence"), boost::test_tools::per_element());
  BOOST_TEST(t["hostile"].texts == std::vector<std::string>(7, "no"), boost::test_tools::per_element());
  BOOST_TEST(t["actor"].texts.front() == "UZB");
}

BOOST_AUTO_TEST_CASE(an_organisation_has_no_cow_code) {
  // The one sanction: the EU's arms embargo from 2005-11-14; the EU has no COW code, so the code is masked.
  const query::table t = query::ties(seed_network(), "UZB", day("2007-05-30"), tie_kind::sanction);
  BOOST_TEST_REQUIRE(t.rows() == 1u);
  const query::column& code = t["code"];
  BOOST_TEST((code.kind == kind::integer));
  BOOST_TEST_REQUIRE(code.missing.size() == 1u);
  BOOST_TEST(code.is_missing(0));
  BOOST_TEST(t["abbrev"].texts.front() == "EU");
  BOOST_TEST(t["hostile"].texts.front() == "yes");
  BOOST_TEST(t["via"].texts.front() == "EU arms embargo on Uzbekistan");
}

BOOST_AUTO_TEST_CASE(standard_snapshot_of_the_seed_day) {
  // Ten states; the treaty joins its seven current members pairwise (21 edges), and the Russia-Uzbekistan
  // treaty doubles one of them.
  const auto s = query::snapshot(seed_network(), day("2007-05-30"));
  BOOST_TEST(s.nodes.rows() == 10u);
  BOOST_TEST(s.ties.rows() == 21u);
  std::int64_t ties = 0;
  for (const auto m : s.ties["multiplicity"].integers) ties += m;
  BOOST_TEST(ties == 22);
  std::int64_t degrees = 0;
  for (const auto d : s.nodes["degree"].integers) degrees += d;
  BOOST_TEST(degrees == 42);
  BOOST_TEST(s.ties.columns.front().name == "date");
  BOOST_TEST((s.ties["source"].kind == kind::integer));
}

BOOST_AUTO_TEST_CASE(a_day_of_changes) {
  // 2005-11-14: the EU embargo and the Russia-Uzbekistan treaty began, nothing ended.
  const auto d = query::diff(seed_network(), day("2005-11-13"), day("2005-11-14"));
  BOOST_TEST(d.ties.rows() == 2u);
  BOOST_TEST(d.ties["change"].texts == std::vector<std::string>(2, "began"), boost::test_tools::per_element());
  BOOST_TEST(d.ties["sign"].integers.front() * d.ties["sign"].integers.back() == -1);
  BOOST_TEST(d.ties["from"].texts.front() == "2005-11-13");
}

BOOST_AUTO_TEST_SUITE_END()
