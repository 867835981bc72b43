#include "pactgraph/io/csv_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace pactgraph;
using namespace pactgraph::io;

BOOST_AUTO_TEST_SUITE(io_csv_reader)

namespace {

/// Every record of `text` as rows of strings (header excluded).
std::vector<std::vector<std::string>> records(const std::string& text, csv_limits limits = {}) {
  const text_file file{.name = "t.csv", .text = text};
  csv_reader reader(file, limits);
  std::vector<std::vector<std::string>> out;
  while (reader.next()) {
    reader.check_width();
    std::vector<std::string> row;
    for (std::size_t i = 0; i < reader.width(); ++i) row.emplace_back(reader.field(i));
    out.push_back(std::move(row));
  }
  return out;
}

/// Runs `body`, which must throw parse_error at `line`:`column` with `needle` in its message.
void expect_parse_error(const std::function<void()>& body, std::size_t line, std::size_t column,
                        const std::string& needle) {
  try {
    body();
  } catch (const parse_error& e) {
    BOOST_TEST(e.where().file == "t.csv");
    BOOST_TEST(e.where().line == line);
    BOOST_TEST(e.where().column == column);
    BOOST_TEST(e.message().find(needle) != std::string::npos, "message: " << e.what());
    return;
  }
  BOOST_FAIL("expected a parse_error containing '" << needle << "'");
}

}  // namespace

BOOST_AUTO_TEST_CASE(columns_are_found_by_name_not_position) {
  const text_file file{.name = "t.csv", .text = "b,a\n2,1\n"};
  csv_reader reader(file);
  BOOST_TEST(reader.column("a") == 1u);
  BOOST_TEST(reader.column("b") == 0u);
  BOOST_TEST(!reader.find_column("c"));
  BOOST_REQUIRE(reader.next());
  BOOST_TEST(reader.integer(reader.column("a")) == 1);
  BOOST_TEST(reader.integer(reader.column("b")) == 2);
  BOOST_TEST(!reader.next());
}

BOOST_AUTO_TEST_CASE(quoted_fields_unescape_doubled_quotes_and_keep_commas_and_line_breaks) {
  const auto rows = records("x,y\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",\"\"\"\"\n");
  BOOST_REQUIRE(rows.size() == 2u);
  BOOST_TEST(rows[0][0] == "a,b");
  BOOST_TEST(rows[0][1] == "say \"hi\"");
  BOOST_TEST(rows[1][0] == "two\r\nlines");
  BOOST_TEST(rows[1][1] == "\"");
}

BOOST_AUTO_TEST_CASE(crlf_and_lf_record_ends_and_a_missing_final_line_break) {
  const std::vector<std::vector<std::string>> expected{{"1", "2"}, {"3", "4"}, {"5", "6"}};
  BOOST_TEST((records("a,b\r\n1,2\r\n3,4\r\n5,6\r\n") == expected));
  BOOST_TEST((records("a,b\n1,2\n3,4\n5,6\n") == expected));
  BOOST_TEST((records("a,b\n1,2\r\n3,4\n5,6") == expected));
  BOOST_TEST(records("a,b\n").empty());
  BOOST_TEST(records("a,b").empty());
}

BOOST_AUTO_TEST_CASE(empty_fields_anywhere) {
  const auto rows = records("a,b,c\n,,\n1,,\n,\"\",3");
  BOOST_REQUIRE(rows.size() == 3u);
  BOOST_TEST((rows[0] == std::vector<std::string>{"", "", ""}));
  BOOST_TEST((rows[1] == std::vector<std::string>{"1", "", ""}));
  BOOST_TEST((rows[2] == std::vector<std::string>{"", "", "3"}));
  const text_file file{.name = "t.csv", .text = "a\n\n"};
  csv_reader reader(file);
  BOOST_REQUIRE(reader.next());
  BOOST_TEST(!reader.optional_integer(0));
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_skipped_and_not_counted_in_columns) {
  const text_file file{.name = "t.csv", .text = "\xEF\xBB\xBF" "atopid,member\n1,x\n"};
  csv_reader reader(file);
  BOOST_TEST(reader.header()[0] == "atopid");
  BOOST_REQUIRE(reader.next());
  expect_parse_error([&] { (void)reader.integer(1); }, 2, 3, "column 'member': expected an integer, found 'x'");
  expect_parse_error([&] { records("\xEF\xBB\xBF" "a,b\"\n"); }, 1, 4, "quote inside an unquoted field");
}

BOOST_AUTO_TEST_CASE(fields_report_their_own_line_and_column) {
  const text_file file{.name = "t.csv", .text = "a,b,c\n\"x\ny\",22,\"z\"\n"};
  csv_reader reader(file);
  BOOST_REQUIRE(reader.next());
  BOOST_TEST(reader.line() == 2u);
  BOOST_TEST(reader.location(0).line == 2u);
  BOOST_TEST(reader.location(0).column == 1u);
  BOOST_TEST(reader.location(1).line == 3u);
  BOOST_TEST(reader.location(1).column == 4u);
  BOOST_TEST(reader.location(2).column == 7u);
  expect_parse_error([&] { (void)reader.integer(2); }, 3, 7, "column 'c': expected an integer, found 'z'");
}

BOOST_AUTO_TEST_CASE(malformed_text_is_refused_at_its_line_and_column) {
  expect_parse_error([] { records("a,b\n1,\"open\n2,3\n"); }, 2, 3, "unterminated quoted field");
  expect_parse_error([] { records("a,b\n1,ab\"c\n"); }, 2, 5, "quote inside an unquoted field");
  expect_parse_error([] { records("a,b\n\"x\"y,2\n"); }, 2, 4, "found 'y'");
  expect_parse_error([] { records("a,b\n1,2\r3,4\n"); }, 2, 4, "carriage return not followed by a line feed");
  expect_parse_error([] { records(std::string("a,b\n1,2\n3,x\0y\n", 14)); }, 3, 4, "embedded NUL byte");
  expect_parse_error([] { records(std::string("a,b\n\"\0\",1\n", 11)); }, 2, 2, "embedded NUL byte");
  expect_parse_error([] { records(""); }, 1, 1, "empty file");
  expect_parse_error([] { records("a,b,a\n"); }, 1, 5, "duplicate column 'a'");
}

BOOST_AUTO_TEST_CASE(a_record_of_the_wrong_width_is_refused_at_its_end_and_can_be_skipped) {
  expect_parse_error([] { records("a,b,c\n1,2,3\n4,5\n"); }, 3, 4, "expected 3 fields, found 2");
  expect_parse_error([] { records("a,b\n1,2,3\n"); }, 2, 6, "expected 2 fields, found 3");
  // A lenient caller skips the record and reads on.
  const text_file file{.name = "t.csv", .text = "a,b\n1\n2,3\n"};
  csv_reader reader(file);
  BOOST_REQUIRE(reader.next());
  BOOST_CHECK_THROW(reader.check_width(), parse_error);
  BOOST_REQUIRE(reader.next());
  BOOST_CHECK_NO_THROW(reader.check_width());
  BOOST_TEST(reader.field(1) == "3");
}

BOOST_AUTO_TEST_CASE(limits_are_errors_not_crashes) {
  expect_parse_error([] { records("a,b\n1234,5\n", {.max_field_size = 3}); }, 2, 1, "field longer than 3 bytes");
  expect_parse_error([] { records("a,b\n\"12\"\"34\",5\n", {.max_field_size = 3}); }, 2, 1,
                     "field longer than 3 bytes");
  // An escaped quote just before the closing one still counts: 123" is four bytes.
  expect_parse_error([] { records("a,b\n\"123\"\"\"\n", {.max_field_size = 3}); }, 2, 1,
                     "field longer than 3 bytes");
  expect_parse_error([] { records("a,b,c\n", {.max_columns = 2}); }, 1, 5, "more than 2 fields");
  expect_parse_error([] { records("a,b\n1,2,3,4\n", {.max_columns = 3}); }, 2, 7, "more than 3 fields");
  BOOST_TEST(records("a,b\n123,5\n", {.max_field_size = 3}).size() == 1u);
}

BOOST_AUTO_TEST_CASE(missing_columns_and_bad_numbers_name_the_column) {
  const text_file file{.name = "t.csv", .text = "atopid,yrexit\n1042,\n7,1x\n"};
  csv_reader reader(file);
  expect_parse_error([&] { (void)reader.column("yrent"); }, 1, 1, "missing column 'yrent'");
  BOOST_REQUIRE(reader.next());
  expect_parse_error([&] { (void)reader.integer(1); }, 2, 6, "column 'yrexit': expected an integer, found ''");
  BOOST_REQUIRE(reader.next());
  try {
    (void)reader.integer(1);
    BOOST_FAIL("expected a parse_error");
  } catch (const parse_error& e) {
    BOOST_TEST(std::string(e.what()) == "t.csv:3:3: column 'yrexit': expected an integer, found '1x'");
  }
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_a_data_error_naming_it) {
  BOOST_CHECK_THROW(read_text_file("/nonexistent/pactgraph/x.csv"), data_error);
}

BOOST_AUTO_TEST_SUITE_END()
