#include "pactgraph/io/atop.hpp"

#include <boost/test/unit_test.hpp>

#include "io_test_support.hpp"
#include "pactgraph/io/cow_states.hpp"
#include "pactgraph/temporal/members.hpp"
#include "pactgraph/temporal/snapshot.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using pactgraph::testing::expect_error_at;
using pactgraph::testing::fixture;

BOOST_AUTO_TEST_SUITE(io_atop)

namespace {

/// The COW states and ATOP fixtures of tests/io/data.
alliance_network fixture_network() {
  alliance_network net;
  import_cow_states(net, fixture("cow_states_small.csv"));
  import_atop(net, fixture("atop_m_small.csv"), fixture("atop_a_small.csv"));
  return net;
}

constexpr const char* member_header = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul\n";
constexpr const char* alliance_header = "atopid,begyr,begmo,begday,bilat\n";

/// Imports inline member rows against a one-alliance file (atopid 1, begun 1870-01-01).
import_report import_members(alliance_network& net, const std::string& rows, import_mode mode = import_mode::strict) {
  return import_atop(net, {.name = "m.csv", .text = member_header + rows},
                     {.name = "a.csv", .text = std::string(alliance_header) + "1,1870,1,1,1\n"}, {.mode = mode});
}

bool tied(const alliance_network& net, const std::string& a, const std::string& b) {
  const actor_id x = net.actor_named(a);
  const actor_id y = net.actor_named(b);
  for (const tie_id id : net.ties_of(x))
    if (net[id].other(x) == y) return true;
  return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(one_pact_per_atopid_with_phases_reentry_and_pledges) {
  alliance_network net;
  import_cow_states(net, fixture("cow_states_small.csv"));
  const auto report = import_atop(net, fixture("atop_m_small.csv"), fixture("atop_a_small.csv"));
  // 14 member rows + 4 alliance rows, all loaded.
  BOOST_TEST(report.rows_read == 18u);
  BOOST_TEST(report.rows_loaded == 18u);
  BOOST_TEST(report.diagnostics.empty());
  BOOST_TEST(net[report.source].key == "atop5.1");
  BOOST_TEST(net[report.source].first == date(1815, 1, 1));
  BOOST_TEST(net[report.source].last == date(2018, 12, 31));

  const pact& cst = net[*net.find_pact("atop-4220")];
  BOOST_TEST((cst.atop_id == 4220));
  BOOST_TEST((cst.signed_on == date(1992, 5, 15)));
  BOOST_TEST(cst.note.empty());
  BOOST_REQUIRE(cst.members.size() == 2u);
  const pact_member& uzb = cst.members[1];
  BOOST_TEST((uzb.actor == *net.find_state(704)));
  BOOST_REQUIRE(uzb.spells.size() == 2u);
  BOOST_TEST((uzb.spells[0].when == spell::between(date(1992, 5, 15), date(1999, 4, 20))));
  BOOST_TEST(uzb.spells[0].phase == 1u);
  BOOST_TEST((uzb.spells[1].when == spell::between(date(2006, 8, 17), date(2012, 6, 28))));
  BOOST_TEST(uzb.spells[1].phase == 2u);
  BOOST_TEST((uzb.spells[1].pledges == (tie_kind::defence | tie_kind::non_aggression | tie_kind::consultation)));
  BOOST_TEST(cst.members[0].spells[1].when.is_open());  // yrexit 0: ongoing

  const pact& bilateral = net[*net.find_pact("atop-5075")];
  BOOST_TEST(bilateral.note == "bilateral");
  BOOST_TEST((bilateral.kinds() == (tie_kind::defence | tie_kind::consultation)));
  BOOST_TEST((members_on(net, *net.find_pact("atop-5075"), day_of(2007, 5, 30)).size() == 2u));
}

BOOST_AUTO_TEST_CASE(blank_days_widen_and_unknown_codes_become_states_outside_the_system) {
  const alliance_network net = fixture_network();
  const pact& p = net[*net.find_pact("atop-1320")];
  BOOST_TEST((p.signed_on == date::make(1874, 3, 1, date_precision::month)));
  const member_spell& s = p.members[0].spells[0];
  BOOST_TEST(s.when.begin == day_of(1874, 3, 1));
  BOOST_TEST((s.when.begin_precision == date_precision::month));
  BOOST_TEST(s.when.end == day_of(1875, 6, 30));
  BOOST_TEST((s.when.end_precision == date_precision::month));
  const actor& unknown = net[p.members[0].actor];
  BOOST_TEST(unknown.abbreviation == "8152");
  BOOST_TEST((unknown.cow_code == 8152));
  BOOST_TEST(unknown.spells.empty());

  // The standard snapshot drops the member outside the system and counts it.
  const snapshot snap(net, day_of(1874, 6, 1));
  BOOST_TEST(snap.edge_count() == 0u);
  BOOST_TEST(snap.diagnostics().ties_with_absent_end == 1u);
  BOOST_REQUIRE(snap.diagnostics().absent_actors.size() == 1u);
  BOOST_TEST((snap.diagnostics().absent_actors[0] == p.members[0].actor));
}

BOOST_AUTO_TEST_CASE(parallel_phases_of_successor_states_become_separate_pacts) {
  const alliance_network net = fixture_network();
  const pact& main = net[*net.find_pact("atop-9000")];
  const pact& parallel = net[*net.find_pact("atop-9000-p3")];
  BOOST_TEST(main.members.size() == 3u);  // 315 and 811 in phase 1, 316 and 811 in phase 2
  BOOST_TEST(parallel.members.size() == 2u);
  BOOST_TEST((parallel.atop_id == 9000));
  BOOST_TEST(tied(net, "316", "811"));
  BOOST_TEST(tied(net, "317", "811"));
  BOOST_TEST(!tied(net, "316", "317"));  // one treaty each with 811, none with each other
}

BOOST_AUTO_TEST_CASE(bad_rows_are_refused_at_their_line_and_column) {
  alliance_network net;
  expect_error_at<data_error>([&] { import_members(net, "1,365,1879,10,7,1871,3,1,0,1,0,0,0,0\n"); }, "m.csv", 2, 17,
                              "column 'yrexit': exit 1871-03-01 precedes entry 1879-10-07");
  expect_error_at<parse_error>([&] { import_members(net, "1,365,1879,10,7,x,3,1,0,1,0,0,0,0\n"); }, "m.csv", 2, 17,
                               "column 'yrexit': expected an integer, found 'x'");
  expect_error_at<data_error>([&] { import_members(net, "1,365,1879,2,30,0,0,0,0,1,0,0,0,0\n"); }, "m.csv", 2, 7,
                              "column 'yrent': impossible date 1879-2-30");
  expect_error_at<parse_error>([&] { import_members(net, "1,365,1879,2,3,0,0,0,0,2,0,0,0,0\n"); }, "m.csv", 2, 24,
                               "column 'defense': expected 0 or 1, found '2'");
  expect_error_at<data_error>([&] { import_members(net, "2,365,1879,2,3,0,0,0,0,1,0,0,0,0\n"); }, "m.csv", 2, 1,
                              "alliance 2 has no row in a.csv");
  expect_error_at<parse_error>([&] { import_members(net, "1,365,\"1879,2,3,0,0,0,0,1,0,0,0,0\n"); }, "m.csv", 2, 7,
                               "unterminated quoted field");
  expect_error_at<parse_error>(
      [&] { import_atop(net, {.name = "m.csv", .text = "atopid,member\n1,2\n"}, {.name = "a.csv", .text = alliance_header}); },
      "m.csv", 1, 1, "missing column 'yrent'");
  expect_error_at<data_error>(
      [&] {
        import_members(net, "1,365,1879,2,3,0,0,0,0,1,0,0,0,0\n"
                            "1,365,1880,2,3,0,0,0,0,1,0,0,0,0\n");
      },
      "m.csv", 3, 1, "member 365 of alliance 1 has an earlier row of the same phase overlapping this one");
  BOOST_TEST((net == alliance_network{}));
}

BOOST_AUTO_TEST_CASE(a_failed_import_leaves_the_network_as_it_was) {
  alliance_network net;
  import_cow_states(net, fixture("cow_states_small.csv"));
  const alliance_network before = net;
  BOOST_CHECK_THROW(import_members(net, "1,365,1879,2,3,0,0,0,0,1,0,0,0,0\n"
                                        "1,9999,1879,2,3,0,0,0,0,1,0,0,0,0\n"
                                        "1,704,1879,2,3,1870,0,0,0,1,0,0,0,0\n"),
                    data_error);
  BOOST_TEST((net == before));
  BOOST_TEST(!net.find_state(9999));
}

BOOST_AUTO_TEST_CASE(lenient_mode_skips_bad_rows_and_keeps_the_rest) {
  alliance_network net;
  import_cow_states(net, fixture("cow_states_small.csv"));
  const auto report = import_members(net,
                                     "1,365,1879,2,3,0,0,0,0,1,0,0,0,0\n"
                                     "1,2,1879,2,3,1870,1,1,0,1,0,0,0,0\n"
                                     "1,704,1879,2,3,0,0,0,0,1,0,0,0,1\n",
                                     import_mode::lenient);
  BOOST_TEST(report.rows_read == 4u);
  BOOST_TEST(report.rows_loaded == 3u);
  BOOST_REQUIRE(report.diagnostics.size() == 1u);
  BOOST_TEST(report.diagnostics[0].to_string() == "m.csv:3:14: column 'yrexit': exit 1870-01-01 precedes entry 1879-02-03");
  const pact& p = net[*net.find_pact("atop-1")];
  BOOST_TEST(p.members.size() == 2u);
  BOOST_TEST(tied(net, "RUS", "UZB"));
  BOOST_TEST(!tied(net, "USA", "RUS"));
}

BOOST_AUTO_TEST_CASE(alliance_rows_without_members_or_listed_twice_are_reported) {
  alliance_network net;
  const text_file members{.name = "m.csv", .text = std::string(member_header) + "1,365,1879,2,3,0,0,0,0,1,0,0,0,0\n"};
  const text_file alliances{.name = "a.csv",
                            .text = std::string(alliance_header) + "1,1879,2,3,1\n2,1880,1,1,0\n1,1881,1,1,0\n"};
  expect_error_at<data_error>([&] { import_atop(net, members, alliances); }, "a.csv", 4, 1,
                              "column 'atopid': alliance 1 is listed again (first on line 2)");
  const auto report = import_atop(net, members, alliances, {.mode = import_mode::lenient});
  BOOST_TEST(report.rows_read == 4u);
  BOOST_TEST(report.rows_loaded == 2u);  // alliance 1 and its member row
  BOOST_REQUIRE(report.diagnostics.size() == 2u);
  BOOST_TEST(report.diagnostics[0].where.line == 4u);
  BOOST_TEST(report.diagnostics[1].to_string() == "a.csv:3:1: alliance 2 has no member rows in m.csv");
  BOOST_TEST(net.find_pact("atop-1").has_value());
  BOOST_TEST(!net.find_pact("atop-2").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
