#include "pactgraph/io/cow_igo.hpp"

#include <boost/test/unit_test.hpp>

#include "io_test_support.hpp"
#include "pactgraph/io/cow_states.hpp"
#include "pactgraph/temporal/members.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using pactgraph::testing::expect_error_at;
using pactgraph::testing::fixture;

BOOST_AUTO_TEST_SUITE(io_cow_igo)

namespace {

const std::vector<std::string> names{"csto", "nato", "eu"};

alliance_network states() {
  alliance_network net;
  import_cow_states(net, fixture("cow_states_small.csv"));
  return net;
}

const membership& membership_of(const alliance_network& net, const std::string& state, const std::string& org) {
  const actor_id s = net.actor_named(state);
  const actor_id o = net.actor_named(org);
  for (const membership& m : net.memberships())
    if (m.member == s && m.organisation == o) return m;
  BOOST_FAIL("no membership of " << state << " in " << org);
  throw std::logic_error("unreachable");
}

spell years(int first, int last) {
  return spell::between(date(std::chrono::year{first} / 1 / 1, date_precision::year),
                        date(std::chrono::year{last} / 1 / 1, date_precision::year));
}

}  // namespace

BOOST_AUTO_TEST_CASE(yearly_rows_merge_into_year_spells_with_status_and_source) {
  alliance_network net = states();
  const auto report = import_cow_igo(net, fixture("igo_small.csv"), names);
  BOOST_TEST(report.rows_read == 13u);
  BOOST_TEST(report.rows_loaded == 13u);
  BOOST_TEST(report.diagnostics.empty());
  BOOST_TEST(net[report.source].key == "cow-igo3");
  BOOST_TEST(net[report.source].last.last_day() == day_of(2014, 12, 31));

  const actor& csto = net[net.actor_named("CSTO")];
  BOOST_TEST((csto.kind == actor_kind::organisation));
  // Coded -1 in 2001 by every row: the CSTO exists 2002-2003 and from 2013 (the years the fixture has).
  BOOST_REQUIRE(csto.spells.size() == 2u);
  BOOST_TEST((csto.spells[0].when == years(2002, 2003)));
  BOOST_TEST(csto.spells[1].when.begin == day_of(2013, 1, 1));
  BOOST_TEST(csto.spells[1].when.is_open());

  const membership& rus = membership_of(net, "RUS", "CSTO");
  BOOST_REQUIRE(rus.spells.size() == 2u);  // the years 2004-2012 are not in the fixture
  BOOST_TEST((rus.spells[0].when == years(2002, 2003)));
  BOOST_TEST(rus.spells[1].when.is_open());  // a member in 2014, the last year of the data
  BOOST_TEST((rus.spells[1].source == report.source));

  const membership& uzb = membership_of(net, "UZB", "CSTO");
  BOOST_REQUIRE(uzb.spells.size() == 2u);
  BOOST_TEST((uzb.spells[0].when == years(2002, 2002)));
  BOOST_TEST((uzb.spells[0].status == membership_status::full));
  BOOST_TEST((uzb.spells[1].when == years(2003, 2003)));
  BOOST_TEST((uzb.spells[1].status == membership_status::observer));

  const membership& usa = membership_of(net, "USA", "NATO");
  BOOST_REQUIRE(usa.spells.size() == 2u);
  BOOST_TEST((usa.spells[0].when == years(2001, 2002)));
  BOOST_TEST((usa.spells[1].status == membership_status::associate));

  // The EU column has only 0, -9 and blanks: an organisation without members.
  BOOST_TEST(members_on(net, net.actor_named("EU"), day_of(2003, 6, 1)).empty());
  BOOST_TEST(net.memberships().size() == 3u);
}

BOOST_AUTO_TEST_CASE(bad_rows_are_refused_at_their_line_and_column) {
  alliance_network net = states();
  const alliance_network before = net;
  const std::string header = "\"ccode\",\"year\",\"state\",\"csto\"\n";
  const std::vector<std::string> csto{"csto"};
  expect_error_at<parse_error>(
      [&] { import_cow_igo(net, {.name = "sy.csv", .text = header + "365,2002,\"russia\",4\n"}, csto); }, "sy.csv", 2,
      19, "column 'csto': expected a status code (-9, -1, 0, 1, 2, 3), found '4'");
  expect_error_at<parse_error>(
      [&] { import_cow_igo(net, {.name = "sy.csv", .text = header + "365,20o2,\"russia\",1\n"}, csto); }, "sy.csv", 2,
      5, "column 'year': expected an integer, found '20o2'");
  expect_error_at<data_error>(
      [&] {
        import_cow_igo(net, {.name = "sy.csv", .text = header + "365,2002,\"russia\",1\n365,2002,\"russia\",1\n"},
                       csto);
      },
      "sy.csv", 3, 1, "state 365 in 2002 was already given on line 2");
  expect_error_at<parse_error>(
      [&] { import_cow_igo(net, {.name = "sy.csv", .text = header}, std::vector<std::string>{"warsaw"}); }, "sy.csv",
      1, 1, "missing column 'warsaw'");
  BOOST_TEST((net == before));
}

BOOST_AUTO_TEST_CASE(lenient_mode_skips_bad_rows_and_keeps_the_rest) {
  alliance_network net = states();
  const std::string text =
      "\"ccode\",\"year\",\"state\",\"csto\"\n365,2002,\"russia\",1\n365,2003,\"russia\",7\n704,2002,\"uzbekistan\",1\n";
  const auto report =
      import_cow_igo(net, {.name = "sy.csv", .text = text}, std::vector<std::string>{"csto"}, {.mode = import_mode::lenient});
  BOOST_TEST(report.rows_loaded == 2u);
  BOOST_REQUIRE(report.diagnostics.size() == 1u);
  BOOST_TEST(report.diagnostics[0].where.line == 3u);
  BOOST_TEST(report.diagnostics[0].where.column == 19u);
  BOOST_TEST(membership_of(net, "RUS", "CSTO").spells.size() == 1u);
  BOOST_TEST(membership_of(net, "UZB", "CSTO").spells.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
