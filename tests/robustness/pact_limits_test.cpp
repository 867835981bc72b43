// Pact limits (pact_limits.hpp): a pact of n members makes about n²/2 ties, so the readers that make
// pacts refuse one too large before its ties are built, and cap the ties of a whole read.

#include <boost/test/unit_test.hpp>

#include <string>

#include "pactgraph/io/atop.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "robustness_support.hpp"

using namespace pactgraph;
using namespace pactgraph::io;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(robustness_pact_limits)

namespace {

/// Member rows of alliance 1 for COW codes 1..n, all in effect from 1870 on.
std::string member_rows(int n) {
  std::string rows = member_header;
  for (int code = 1; code <= n; ++code) rows += "1," + std::to_string(code) + ",1870,1,1,0,0,0,0,1,0,0,0,0\n";
  return rows;
}

import_report import_alliance(alliance_network& net, int members, const import_options& options = {}) {
  return import_atop(net, {.name = "m.csv", .text = member_rows(members)},
                     {.name = "a.csv", .text = std::string(alliance_header) + "1,1870,1,1,0\n"}, options);
}

/// A dataset of actors A1..An and the given pacts (a JSON array).
std::string dataset(int actors, const std::string& pacts) {
  std::string list;
  for (int i = 1; i <= actors; ++i)
    list += std::string(i > 1 ? ", " : "") + R"({"id": "A)" + std::to_string(i) + R"(", "kind": "state"})";
  return R"({"format": "pactgraph-dataset", "version": 1, "actors": [)" + list + R"(], "pacts": )" + pacts + "}";
}

/// A pact keyed `key` of actors A1..An, each with one spell from 1990.
std::string pact_json(const std::string& key, int members) {
  std::string list;
  for (int i = 1; i <= members; ++i)
    list += std::string(i > 1 ? ", " : "") + R"({"actor": "A)" + std::to_string(i) +
            R"(", "spells": [{"begin": "1990", "pledges": ["defence"]}]})";
  return R"({"id": ")" + key + R"(", "members": [)" + list + "]}";
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_atop_alliance_of_99999_members_is_refused_at_its_1001st_row) {
  // Unrefused it would make 4 999 850 001 ties; the 1001st member row is on line 1002.
  alliance_network net;
  expect_exact<parse_error>([&] { import_alliance(net, 99999); }, "m.csv", 1002, 1,
                            "column 'atopid': alliance 1: expected at most 1000 member rows");
  BOOST_TEST((net == alliance_network{}));
  expect_exact<parse_error>([&] { import_alliance(net, 1001, {.mode = import_mode::lenient}); }, "m.csv", 1002, 1,
                            "column 'atopid': alliance 1: expected at most 1000 member rows");
  BOOST_TEST((net == alliance_network{}));
  // 1000 rows are within the default: 1000 unknown codes become states, 499 500 ties.
  import_alliance(net, 1000);
  BOOST_TEST(net.tie_count() == 499500u);
}

BOOST_AUTO_TEST_CASE(an_atop_import_over_the_tie_limit_is_refused_at_the_alliance_and_leaves_the_network) {
  // Three members all in effect together make three ties, and there are ties in the network already.
  alliance_network net = read_dataset(dataset(3, "[" + pact_json("p", 3) + "]"));
  const alliance_network before = net;
  expect_exact<parse_error>([&] { import_alliance(net, 3, {.pacts = {.max_ties = 2}}); }, "a.csv", 2, 1,
                            "alliance 1: expected at most 2 ties in all, found 3 with it");
  BOOST_TEST((net == before));
  // The limit counts the ties the import makes, not the ones the network had.
  import_alliance(net, 3, {.pacts = {.max_ties = 3}});
  BOOST_TEST(net.tie_count() == 6u);
  // A lower member limit is also exact: 3 rows pass, a fourth is refused on line 5.
  alliance_network small;
  expect_exact<parse_error>([&] { import_alliance(small, 4, {.pacts = {.max_member_spells = 3}}); }, "m.csv", 5, 1,
                            "column 'atopid': alliance 1: expected at most 3 member rows");
  import_alliance(small, 3, {.pacts = {.max_member_spells = 3}});
  BOOST_TEST(small.pacts().size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_json_pact_over_the_member_spell_limit_is_refused_at_the_first_spell_too_many) {
  const std::string big = dataset(1001, "[" + pact_json("big", 1001) + "]");
  expect_at_pointer<parse_error>([&] { (void)read_dataset(big, "big.json"); }, "big.json",
                                 "/pacts/0/members/1000/spells/0", "pact 'big': expected at most 1000 member spells");
  // Spells count, not members: the second member's second spell is the fourth.
  const std::string spells = dataset(3, R"([{"id": "p", "members": [
      {"actor": "A1", "spells": [{"begin": "1990", "pledges": []}]},
      {"actor": "A2", "spells": [{"begin": "1990", "end": "1995", "pledges": []}, {"begin": "2000", "pledges": []}]},
      {"actor": "A3", "spells": [{"begin": "1990", "pledges": []}]}]}])");
  expect_at_pointer<parse_error>([&] { (void)read_dataset(spells, "s.json", {.max_member_spells = 3}); }, "s.json",
                                 "/pacts/0/members/2/spells/0", "pact 'p': expected at most 3 member spells");
  BOOST_TEST(read_dataset(spells, "s.json", {.max_member_spells = 4}).tie_count() == 5u);
}

BOOST_AUTO_TEST_CASE(a_json_dataset_over_the_tie_limit_is_refused_at_the_pact_that_passes_it) {
  const std::string two = dataset(3, "[" + pact_json("a", 3) + ", " + pact_json("b", 3) + "]");
  expect_at_pointer<parse_error>([&] { (void)read_dataset(two, "t.json", {.max_ties = 5}); }, "t.json", "/pacts/1",
                                 "pact 'b': expected at most 5 ties in all, found 6 with it");
  BOOST_TEST(read_dataset(two, "t.json", {.max_ties = 6}).tie_count() == 6u);
}

BOOST_AUTO_TEST_SUITE_END()
