#include "pactgraph/io/cow_states.hpp"

#include <boost/test/unit_test.hpp>

#include "io_test_support.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using pactgraph::testing::expect_error_at;
using pactgraph::testing::fixture;

BOOST_AUTO_TEST_SUITE(io_cow_states)

namespace {

constexpr const char* header = "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n";

text_file inline_file(const std::string& rows) { return {.name = "states.csv", .text = header + rows}; }

}  // namespace

BOOST_AUTO_TEST_CASE(one_state_per_code_one_spell_per_row_and_the_end_of_data_is_open) {
  alliance_network net;
  const auto report = import_cow_states(net, fixture("cow_states_small.csv"));
  BOOST_TEST(report.rows_read == 5u);
  BOOST_TEST(report.rows_loaded == 5u);
  BOOST_TEST(report.diagnostics.empty());
  BOOST_TEST(net.actor_count() == 4u);
  const source& src = net[report.source];
  BOOST_TEST(src.key == "cow-states2016");
  BOOST_TEST(src.first == date(1816, 1, 1));
  BOOST_TEST(src.last == date(2016, 12, 31));

  const actor& germany = net[*net.find_state(255)];
  BOOST_TEST(germany.abbreviation == "GMY");
  BOOST_TEST(germany.name == "Germany");
  BOOST_REQUIRE(germany.spells.size() == 2u);
  BOOST_TEST(germany.spells[0].when.begin == day_of(1816, 1, 1));
  BOOST_TEST(germany.spells[0].when.end == day_of(1945, 5, 8));
  BOOST_TEST(germany.spells[1].when.begin == day_of(1990, 10, 3));
  BOOST_TEST(germany.spells[1].when.is_open());
  BOOST_TEST((germany.spells[1].source == report.source));
  const actor_id gmy = *net.find_actor("gmy");
  BOOST_TEST(!net.present(gmy, day_of(1960, 1, 1)));
  BOOST_TEST(net.present(gmy, day_of(2020, 1, 1)));
  BOOST_TEST(net.present(*net.find_actor("Uzbekistan"), day_of(1991, 12, 21)));
  BOOST_TEST(!net.present(*net.find_actor("704"), day_of(1991, 12, 20)));
}

BOOST_AUTO_TEST_CASE(bad_rows_are_refused_at_their_line_and_column) {
  alliance_network net;
  expect_error_at<parse_error>([&] { import_cow_states(net, inline_file("RUS,365,Russia,18x6,1,1,2016,12,31,2016\n")); },
                               "states.csv", 2, 16, "column 'styear': expected an integer, found '18x6'");
  expect_error_at<data_error>([&] { import_cow_states(net, inline_file("USA,2,USA,1816,1,1,2016,12,31,2016\n"
                                                                        "RUS,365,Russia,1816,2,30,2016,12,31,2016\n")); },
                              "states.csv", 3, 16, "impossible date 1816-2-30");
  expect_error_at<data_error>([&] { import_cow_states(net, inline_file("RUS,365,Russia,1900,1,1,1899,12,31,2016\n")); },
                              "states.csv", 2, 25, "end 1899-12-31 precedes start 1900-01-01");
  expect_error_at<parse_error>([&] { import_cow_states(net, {.name = "states.csv", .text = "stateabb,ccode\nRUS,365\n"}); },
                               "states.csv", 1, 1, "missing column 'statenme'");
  expect_error_at<parse_error>([&] { import_cow_states(net, inline_file("RUS,365,Russia,1816,1,1,2016,12,31\n")); },
                               "states.csv", 2, 35, "expected 10 fields, found 9");
  expect_error_at<parse_error>([&] { import_cow_states(net, inline_file("GMY,255,Germany,1816,1,1,1945,5,8,2016\n"
                                                                         "GFR,255,Germany,1990,10,3,2016,12,31,2016\n")); },
                               "states.csv", 3, 1, "state 255 was 'GMY' on line 2, found 'GFR'");
  BOOST_TEST((net == alliance_network{}));
}

BOOST_AUTO_TEST_CASE(a_failed_import_leaves_the_network_as_it_was) {
  alliance_network net;
  import_cow_states(net, fixture("cow_states_small.csv"));
  const alliance_network before = net;
  // The second import fails on its last row, after adding a source and a state to its copy.
  BOOST_CHECK_THROW(import_cow_states(net, inline_file("ABC,9001,Abc,1816,1,1,2016,12,31,2016\n"
                                                       "RUS,365,Russia,1816,1,1,2016,12,31,2016\n")),
                    data_error);
  BOOST_TEST((net == before));
  BOOST_TEST(net.actor_count() == 4u);
  BOOST_TEST(net.sources().size() == 1u);
}

BOOST_AUTO_TEST_CASE(lenient_mode_skips_bad_rows_and_keeps_the_rest) {
  alliance_network net;
  const auto report = import_cow_states(net,
                                        inline_file("USA,2,United States,1816,1,1,2016,12,31,2016\n"
                                                    "RUS,365,Russia,1816,13,1,2016,12,31,2016\n"
                                                    "UZB,704,Uzbekistan,1991,12,21,2016,12,31,2016\n"
                                                    "KZK,705,Kazakhstan,1991,12,21\n"),
                                        {.mode = import_mode::lenient});
  BOOST_TEST(report.rows_read == 4u);
  BOOST_TEST(report.rows_loaded == 2u);
  BOOST_REQUIRE(report.diagnostics.size() == 2u);
  BOOST_TEST(report.diagnostics[0].where.line == 3u);
  BOOST_TEST(report.diagnostics[0].where.column == 16u);
  BOOST_TEST(report.diagnostics[0].message.find("impossible date 1816-13-1") != std::string::npos);
  BOOST_TEST(report.diagnostics[1].to_string() == "states.csv:5:30: expected 10 fields, found 6");
  BOOST_TEST(net.actor_count() == 2u);
  BOOST_TEST(!net.find_state(365));
  BOOST_TEST(net.find_state(704).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
