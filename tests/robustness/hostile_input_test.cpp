// Hostile inputs (malformed, oversized, out of range, badly encoded), each with its error class, position and message, or in lenient mode
// its diagnostic. Cases the io tests already cover (an empty CSV text, a missing column...) are not
// repeated here; these go through the importers and the JSON reader as a user's file would.

#include <boost/test/unit_test.hpp>

#include <array>
#include <string>

#include "pactgraph/io/atop.hpp"
#include "pactgraph/io/cow_igo.hpp"
#include "pactgraph/io/cow_states.hpp"
#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "robustness_support.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(robustness_hostile_input)

namespace {

text_file states(const std::string& rows) { return {.name = "states.csv", .text = states_header + rows}; }

const std::string russia = "RUS,365,Russia,1816,1,1,2016,12,31,2016\n";

/// Imports member rows against alliance 1 (begun 1870-01-01) into a network with Russia.
import_report atop_members(alliance_network& net, const std::string& rows, import_mode mode = import_mode::strict) {
  return import_atop(net, {.name = "m.csv", .text = member_header + rows},
                     {.name = "a.csv", .text = std::string(alliance_header) + "1,1870,1,1,1\n"}, {.mode = mode});
}

alliance_network with_russia() {
  alliance_network net;
  import_cow_states(net, states(russia));
  return net;
}

/// A dataset with the given actors and memberships (JSON arrays).
std::string dataset(const std::string& actors, const std::string& memberships = "[]") {
  return R"({"format": "pactgraph-dataset", "version": 1, "actors": )" + actors + R"(, "memberships": )" +
         memberships + "}";
}

const std::string two_orgs = R"([{"id": "CSTO", "kind": "organisation"}, {"id": "CIS", "kind": "organisation"},
                                 {"id": "RUS", "kind": "state"}])";

std::string one_state_spell(const std::string& begin) {
  return dataset(R"([{"id": "RUS", "kind": "state", "spells": [{"begin": ")" + begin + R"("}]}])");
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_empty_file_is_refused_by_every_reader) {
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, {.name = "states.csv", .text = ""}, {.mode = import_mode::lenient}); },
                            "states.csv", 1, 1, "empty file: expected a header line");
  expect_exact<parse_error>(
      [&] { import_atop(net, {.name = "m.csv", .text = ""}, {.name = "a.csv", .text = alliance_header}); }, "m.csv", 1, 1,
      "empty file: expected a header line");
  // A byte order mark and nothing else is empty too.
  expect_exact<parse_error>([&] { import_cow_states(net, {.name = "states.csv", .text = "\xEF\xBB\xBF"}); }, "states.csv",
                            1, 1, "empty file: expected a header line");
  expect_exact<parse_error>([&] { (void)read_dataset("", "empty.json"); }, "empty.json", 1, 1,
                            "malformed JSON: syntax error while parsing value - unexpected end of input; expected '[', "
                            "'{', or a literal");
  BOOST_TEST((net == alliance_network{}));
}

BOOST_AUTO_TEST_CASE(a_header_only_file_loads_nothing_and_says_so) {
  alliance_network net = with_russia();
  const alliance_network before = net;
  const auto report = import_atop(net, {.name = "m.csv", .text = member_header}, {.name = "a.csv", .text = alliance_header});
  BOOST_TEST(report.rows_read == 0u);
  BOOST_TEST(report.rows_loaded == 0u);
  BOOST_TEST(report.diagnostics.empty());
  BOOST_TEST(net.pact_count() == 0u);
  BOOST_TEST(net.sources().size() == before.sources().size() + 1);  // the source is declared all the same
  const auto states_report = import_cow_states(net = alliance_network{}, states(""));
  BOOST_TEST(states_report.rows_read == 0u);
  BOOST_TEST(net.actor_count() == 0u);
}

BOOST_AUTO_TEST_CASE(a_truncated_last_line_is_a_short_record) {
  const std::string text = russia + "UZB,704,Uzbek";
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, states(text)); }, "states.csv", 3, 14,
                            "expected 10 fields, found 3");
  BOOST_TEST((net == alliance_network{}));
  const auto report = import_cow_states(net, states(text), {.mode = import_mode::lenient});
  BOOST_TEST(only_diagnostic(report) == "states.csv:3:14: expected 10 fields, found 3");
  BOOST_TEST(net.find_state(365).has_value());
  BOOST_TEST(!net.find_state(704).has_value());
}

BOOST_AUTO_TEST_CASE(an_unterminated_quote_stops_even_a_lenient_import) {
  alliance_network net;
  expect_exact<parse_error>(
      [&] { import_cow_states(net, states(russia + "UZB,704,\"Uzbekistan,1991,12,21,2016,12,31,2016\n"), {.mode = import_mode::lenient}); },
      "states.csv", 3, 9, "unterminated quoted field");
  BOOST_TEST((net == alliance_network{}));
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_not_part_of_the_first_column) {
  alliance_network net;
  import_cow_states(net, {.name = "states.csv", .text = std::string("\xEF\xBB\xBF") + states_header + russia});
  BOOST_TEST(net[*net.find_state(365)].abbreviation == "RUS");
  // Columns after the mark are counted from the first byte after it.
  expect_exact<parse_error>(
      [&] { import_cow_states(net = {}, {.name = "states.csv", .text = "\xEF\xBB\xBFstateabb,ccode\"\n"}); }, "states.csv", 1, 15,
      "quote inside an unquoted field");
  // The JSON reader skips one too.
  const auto seed = read_dataset("\xEF\xBB\xBF" + dataset(R"([{"id": "RUS", "kind": "state"}])"), "bom.json");
  BOOST_TEST(seed.actor_count() == 1u);
}

BOOST_AUTO_TEST_CASE(crlf_and_lf_mixed_keep_line_numbers_right) {
  const std::string text = "USA,2,United States,1816,1,1,2016,12,31,2016\r\n" + russia +
                           "UZB,704,Uzbekistan,1991,12,21,2016,12,31,2016\r\n"
                           "KZK,705,Kazakhstan,1991,12,x,2016,12,31,2016\n";
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, states(text)); }, "states.csv", 5, 28,
                            "column 'stday': expected an integer, found 'x'");
  const auto report = import_cow_states(net, states(text), {.mode = import_mode::lenient});
  BOOST_TEST(only_diagnostic(report) == "states.csv:5:28: column 'stday': expected an integer, found 'x'");
  BOOST_TEST(net.actor_count() == 3u);
  BOOST_TEST(net[*net.find_state(704)].name == "Uzbekistan");  // no stray carriage return
  // A carriage return alone is not a line break.
  expect_exact<parse_error>([&] { import_cow_states(net = {}, states("RUS,365,Russia,1816,1,1,2016,12,31,2016\rUZB")); },
                            "states.csv", 2, 40, "carriage return not followed by a line feed");
}

BOOST_AUTO_TEST_CASE(an_embedded_nul_is_refused_where_it_is) {
  alliance_network net;
  expect_exact<parse_error>(
      [&] {
        import_cow_states(net, states(std::string("RUS,365,Rus\0sia,1816,1,1,2016,12,31,2016\n", 41)),
                          {.mode = import_mode::lenient});
      },
      "states.csv", 2, 12, "embedded NUL byte");
  expect_exact<parse_error>([&] { (void)read_dataset(std::string("{\"format\": \"x\0\"}", 16), "nul.json"); }, "nul.json", 1,
                            14,
                            "malformed JSON: syntax error while parsing value - invalid string: control character U+0000 "
                            "(NUL) must be escaped to \\u0000; last read: '\"x<U+0000>'");
  BOOST_TEST((net == alliance_network{}));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_name_is_refused_at_its_field) {
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, states("RUS,365,Russ\xFFia,1816,1,1,2016,12,31,2016\n")); },
                            "states.csv", 2, 9, "column 'statenme': invalid UTF-8 at byte 5");
  // A sequence cut short at the end of the field, an overlong '/', a UTF-16 surrogate.
  expect_exact<parse_error>([&] { import_cow_states(net, states("RUS,365,Russi\xD0,1816,1,1,2016,12,31,2016\n")); },
                            "states.csv", 2, 9, "column 'statenme': invalid UTF-8 at byte 6");
  expect_exact<parse_error>([&] { import_cow_states(net, states("R\xC0\xAF,365,Russia,1816,1,1,2016,12,31,2016\n")); },
                            "states.csv", 2, 1, "column 'stateabb': invalid UTF-8 at byte 2");
  expect_exact<parse_error>([&] { import_cow_states(net, states("RUS,365,\xED\xA0\x80,1816,1,1,2016,12,31,2016\n")); },
                            "states.csv", 2, 9, "column 'statenme': invalid UTF-8 at byte 1");
  BOOST_TEST((net == alliance_network{}));
  // Lenient mode skips the row; real UTF-8 is kept as it is.
  const auto report = import_cow_states(net,
                                        states("RUS,365,Russ\xFFia,1816,1,1,2016,12,31,2016\n"
                                               "UKR,369,\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x97\xD0\xBD\xD0\xB0,1991,12,1,2016,12,31,2016\n"),
                                        {.mode = import_mode::lenient});
  BOOST_TEST(only_diagnostic(report) == "states.csv:2:9: column 'statenme': invalid UTF-8 at byte 5");
  BOOST_TEST(net[*net.find_state(369)].name == "\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x97\xD0\xBD\xD0\xB0");
  BOOST_TEST((read_dataset(write_dataset(net)) == net));
  // JSON text must be UTF-8 throughout.
  expect_exact<parse_error>([&] { (void)read_dataset(dataset("[{\"id\": \"R\xFF\", \"kind\": \"state\"}]"), "utf8.json"); },
                            "utf8.json", 1, 67,
                            "malformed JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; "
                            "last read: '\"R\xFF'");
}

BOOST_AUTO_TEST_CASE(a_ten_megabyte_field_is_over_the_default_limit_and_within_a_raised_one) {
  const std::string huge(10'000'000, 'n');
  const std::string row = "RUS,365," + huge + ",1816,1,1,2016,12,31,2016\n";
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, states(row)); }, "states.csv", 2, 9,
                            "field longer than 1048576 bytes");
  expect_exact<parse_error>([&] { import_cow_states(net, states("RUS,365,\"" + huge + "\",1816\n")); }, "states.csv", 2, 9,
                            "field longer than 1048576 bytes");
  BOOST_TEST((net == alliance_network{}));
  import_cow_states(net, states(row), {.limits = {.max_field_size = std::size_t{16} << 20}});
  BOOST_TEST(net[*net.find_state(365)].name.size() == huge.size());
}

BOOST_AUTO_TEST_CASE(a_million_columns_is_over_the_default_limit_and_readable_under_a_raised_one) {
  constexpr std::size_t columns = 1'000'000;
  std::string header;
  std::size_t limit_column = 0;
  for (std::size_t i = 0; i < columns; ++i) {
    if (i == 4096) limit_column = header.size() + 1;
    header += 'c' + std::to_string(i) + (i + 1 < columns ? "," : "\n");
  }
  const text_file file{.name = "wide.csv", .text = header + std::string(columns - 1, ',') + "\n"};
  expect_exact<parse_error>([&] { csv_reader reader(file); }, "wide.csv", 1, limit_column, "more than 4096 fields");
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, {.name = "wide.csv", .text = file.text}); }, "wide.csv", 1,
                            limit_column, "more than 4096 fields");
  // Raised, the limit lets the whole header in, in time linear in its size.
  csv_reader reader(file, {.max_columns = columns});
  BOOST_TEST(reader.header().size() == columns);
  BOOST_TEST(reader.column("c999999") == columns - 1);
  BOOST_REQUIRE(reader.next());
  BOOST_CHECK_NO_THROW(reader.check_width());
  BOOST_TEST(!reader.next());
}

BOOST_AUTO_TEST_CASE(numbers_that_overflow_are_refused_not_wrapped) {
  alliance_network net;
  expect_exact<parse_error>([&] { import_cow_states(net, states("RUS,99999999999999999999,Russia,1816,1,1,2016,12,31,2016\n")); },
                            "states.csv", 2, 5, "column 'ccode': expected an integer, found '99999999999999999999'");
  // 2^32 + 365 would be Russia if it were cut to 32 bits.
  expect_exact<parse_error>([&] { import_cow_states(net, states("RUS,4294967661,Russia,1816,1,1,2016,12,31,2016\n")); },
                            "states.csv", 2, 5, "column 'ccode': expected a COW code, found '4294967661'");
  net = with_russia();
  const alliance_network before = net;
  expect_exact<parse_error>([&] { atop_members(net, "1,4294967661,1992,5,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 3,
                            "column 'member': expected a COW code, found '4294967661'");
  expect_exact<parse_error>([&] { atop_members(net, "1,365,9223372036854775808,5,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 7,
                            "column 'yrent': expected an integer, found '9223372036854775808'");
  expect_exact<data_error>([&] { atop_members(net, "1,365,2147483648,5,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 7,
                           "column 'yrent': impossible date 2147483648-5-15");
  expect_exact<parse_error>([&] { atop_members(net, "1,365,1992,5,15,0,0,0,65536,1,0,0,1,1\n"); }, "m.csv", 2, 23,
                            "column 'phase': expected a phase number, found '65536'");
  expect_exact<parse_error>([&] { atop_members(net, "-9223372036854775809,365,1992,5,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 1,
                            "column 'atopid': expected an integer, found '-9223372036854775809'");
  BOOST_TEST((net == before));
  expect_at_pointer<data_error>(
      [&] { (void)read_dataset(dataset(R"([{"id": "RUS", "kind": "state", "cow": 4294967661}])"), "n.json"); }, "n.json",
      "/actors/0/cow", "expected an integer from 0 to 99999, found 4294967661");
  expect_at_pointer<data_error>(
      [&] { (void)read_dataset(dataset(R"([{"id": "RUS", "kind": "state", "cow": 18446744073709551616}])"), "n.json"); },
      "n.json", "/actors/0/cow", "expected an integer, found number");
}

BOOST_AUTO_TEST_CASE(dates_out_of_range_are_impossible_dates) {
  alliance_network net = with_russia();
  const alliance_network before = net;
  expect_exact<data_error>([&] { atop_members(net, "1,365,0,5,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 7,
                           "column 'yrent': impossible date 0-5-15");
  expect_exact<data_error>([&] { atop_members(net, "1,365,99999,5,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 7,
                           "column 'yrent': impossible date 99999-5-15");
  expect_exact<data_error>([&] { atop_members(net, "1,365,1992,13,15,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 7,
                           "column 'yrent': impossible date 1992-13-15");
  expect_exact<data_error>([&] { atop_members(net, "1,365,2007,2,30,0,0,0,1,1,0,0,1,1\n"); }, "m.csv", 2, 7,
                           "column 'yrent': impossible date 2007-2-30");
  expect_exact<data_error>([&] { atop_members(net, "1,365,1992,5,15,2007,2,30,1,1,0,0,1,1\n"); }, "m.csv", 2, 17,
                           "column 'yrexit': impossible date 2007-2-30");
  BOOST_TEST((net == before));
  for (const std::string bad : {"0000", "99999", "2007-13", "2007-02-30", "2007-00-10"})
    expect_at_pointer<data_error>([&] { (void)read_dataset(one_state_spell(bad), "d.json"); }, "d.json",
                                  "/actors/0/spells/0/begin",
                                  "invalid date '" + bad + "', expected YYYY, YYYY-MM or YYYY-MM-DD");
}

BOOST_AUTO_TEST_CASE(an_exit_before_the_entry_is_refused_or_skipped) {
  alliance_network net = with_russia();
  const auto report = atop_members(net,
                                   "1,365,1992,5,15,0,0,0,1,1,0,0,1,1\n"
                                   "1,365,1992,5,15,1991,12,25,2,1,0,0,1,1\n",
                                   import_mode::lenient);
  BOOST_TEST(only_diagnostic(report) == "m.csv:3:17: column 'yrexit': exit 1991-12-25 precedes entry 1992-05-15");
  BOOST_TEST(net.pact_count() == 1u);
  expect_at_pointer<data_error>(
      [&] {
        (void)read_dataset(dataset(two_orgs, R"([{"member": "RUS", "organisation": "CSTO",
                                                  "spells": [{"begin": "2006-08-17", "end": "1999-04-20"}]}])"),
                           "x.json");
      },
      "x.json", "/memberships/0/spells/0/end", "exit 1999-04-20 precedes entry 2006-08-17");
}

BOOST_AUTO_TEST_CASE(duplicate_pact_ids_are_refused) {
  alliance_network net = with_russia();
  const alliance_network before = net;
  expect_exact<data_error>(
      [&] {
        import_atop(net, {.name = "m.csv", .text = std::string(member_header) + "1,365,1992,5,15,0,0,0,1,1,0,0,1,1\n"},
                    {.name = "a.csv", .text = std::string(alliance_header) + "1,1870,1,1,1\n1,1871,1,1,0\n"});
      },
      "a.csv", 3, 1, "column 'atopid': alliance 1 is listed again (first on line 2)");
  BOOST_TEST((net == before));
  // The same ATOP files twice: the second import would duplicate every pact, and is refused whole.
  atop_members(net, "1,365,1992,5,15,0,0,0,1,1,0,0,1,1\n");
  const alliance_network once = net;
  expect_exact<data_error>([&] { atop_members(net, "1,365,1992,5,15,0,0,0,1,1,0,0,1,1\n"); }, "a.csv", 0, 0,
                           "duplicate source key 'atop5.1'");
  BOOST_TEST((net == once));
}

BOOST_AUTO_TEST_CASE(a_member_listed_twice_with_overlapping_spells) {
  alliance_network net = with_russia();
  const auto report = atop_members(net,
                                   "1,365,1992,5,15,0,0,0,1,1,0,0,1,1\n"
                                   "1,365,1999,1,1,0,0,0,1,1,0,0,1,1\n",
                                   import_mode::lenient);
  BOOST_TEST(only_diagnostic(report) ==
             "m.csv:3:1: member 365 of alliance 1 has an earlier row of the same phase overlapping this one");
  BOOST_TEST(net[*net.find_pact("atop-1")].members.at(0).spells.size() == 1u);
  expect_at_pointer<data_error>(
      [&] {
        (void)read_dataset(R"({"format": "pactgraph-dataset", "version": 1, "actors": [{"id": "RUS", "kind": "state"}],
                               "pacts": [{"id": "p", "members": [{"actor": "RUS", "spells": [{"begin": "1992", "pledges": []}]},
                                                                {"actor": "RUS", "spells": [{"begin": "1990", "pledges": []}]}]}]})",
                           "twice.json");
      },
      "twice.json", "/pacts/0", "pact 'p': member 'RUS' listed twice");
}

BOOST_AUTO_TEST_CASE(organisation_membership_cycles_are_refused) {
  const std::string cis_in_csto = R"({"member": "CIS", "organisation": "CSTO", "spells": [{"begin": "2002"}]})";
  const std::string csto_in_cis = R"({"member": "CSTO", "organisation": "CIS", "spells": [{"begin": "2003"}]})";
  const std::string rus_in_cis = R"({"member": "RUS", "organisation": "CIS", "spells": [{"begin": "1991"}]})";
  // An organisation in another is allowed; the pair in each other, or one in itself, is not.
  BOOST_TEST(read_dataset(dataset(two_orgs, "[" + rus_in_cis + ", " + cis_in_csto + "]")).memberships().size() == 2u);
  expect_at_pointer<data_error>([&] { (void)read_dataset(dataset(two_orgs, "[" + cis_in_csto + ", " + csto_in_cis + "]"), "c.json"); },
                                "c.json", "/memberships/1",
                                "membership of 'CSTO' in 'CIS' would make a cycle: 'CIS' is already a member of 'CSTO'");
  expect_at_pointer<data_error>(
      [&] {
        (void)read_dataset(dataset(two_orgs, R"([{"member": "CSTO", "organisation": "CSTO", "spells": [{"begin": "2002"}]}])"),
                           "c.json");
      },
      "c.json", "/memberships/0", "'CSTO' cannot be a member of itself");
  // A longer cycle, through three organisations.
  const std::string three = R"([{"id": "A", "kind": "organisation"}, {"id": "B", "kind": "organisation"},
                                {"id": "C", "kind": "organisation"}])";
  const std::string chain = R"([{"member": "A", "organisation": "B", "spells": [{"begin": "2000"}]},
                                {"member": "B", "organisation": "C", "spells": [{"begin": "2000"}]},
                                {"member": "C", "organisation": "A", "spells": [{"begin": "2000"}]}])";
  expect_at_pointer<data_error>([&] { (void)read_dataset(dataset(three, chain), "c.json"); }, "c.json", "/memberships/2",
                                "membership of 'C' in 'A' would make a cycle: 'A' is already a member of 'C'");
}

BOOST_AUTO_TEST_CASE(a_json_number_too_large_for_a_double_is_a_parse_error_at_the_number) {
  // Found by the json_dataset fuzz target: nlohmann throws out_of_range, outside pactgraph::error.
  expect_exact<parse_error>([&] { (void)read_dataset(R"({"format": "pactgraph-dataset", "version": 1e999})", "n.json"); },
                            "n.json", 1, 44, "malformed JSON: number overflow parsing '1e999'");
  // The same text inside a string earlier is not the number.
  expect_exact<parse_error>([&] { (void)read_dataset("{\"note\": \"-1e999\",\n \"version\": -1e999}", "n.json"); },
                            "n.json", 2, 13, "malformed JSON: number overflow parsing '-1e999'");
}

BOOST_AUTO_TEST_CASE(json_nested_100000_deep_is_refused_at_the_first_level_too_deep) {
  const std::string arrays = std::string(100000, '[') + std::string(100000, ']');
  expect_exact<parse_error>([&] { (void)read_dataset(arrays, "deep.json"); }, "deep.json", 1, 33,
                            "JSON nested deeper than 32 levels");
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":\n";
  expect_exact<parse_error>([&] { (void)read_dataset(objects, "deep.json"); }, "deep.json", 33, 1,
                            "JSON nested deeper than 32 levels");
  // 32 levels are read (and refused as a dataset), 33 are not.
  expect_at_pointer<data_error>([&] { (void)read_dataset(std::string(32, '[') + std::string(32, ']'), "d.json"); }, "d.json",
                                "/", "expected an object, found array");
  expect_exact<parse_error>([&] { (void)read_dataset(std::string(33, '[') + std::string(33, ']'), "d.json"); }, "d.json", 1,
                            33, "JSON nested deeper than 32 levels");
  // Brackets inside strings are text, not nesting.
  const auto net = read_dataset(dataset(R"([{"id": "RUS", "kind": "state", "name": ")" + std::string(1000, '[') + R"("}])"));
  BOOST_TEST(net[actor_id{0}].name.size() == 1000u);
}

BOOST_AUTO_TEST_SUITE_END()
