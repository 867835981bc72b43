#include "pactgraph/panels/dyad_years.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "hand_network.hpp"

using namespace pactgraph;

namespace {

/// A row as text: `A>B year flags` with flags from "d o n a c" (defence … consultation), then
/// s(hareob) t(ransyr) y (asymm) v (obvary), the bilateral/multilateral counts and the pact keys.
std::string describe(const alliance_network& net, const dyad_year_panel& panel, const dyad_year& r) {
  std::string out = std::to_string(r.ccode_a) + ">" + std::to_string(r.ccode_b) + " " + std::to_string(r.year) + " ";
  const char* letters = "donac";
  for (int i = 0; i < 5; ++i) out += any_of(r.obligations, static_cast<tie_kind>(1u << i)) ? letters[i] : '-';
  out += r.shareob ? "s" : "-";
  out += r.transyr ? "t" : "-";
  out += r.asymm ? "y" : "-";
  out += r.obvary ? "v" : "-";
  out += " " + std::to_string(r.bilateral) + "/" + std::to_string(r.multilateral);
  for (const pact_id p : panel.pacts_of(r)) out += " " + net[p].key;
  return out;
}

std::vector<std::string> describe_all(const alliance_network& net, const dyad_year_panel& panel) {
  std::vector<std::string> out;
  for (const auto& r : panel.rows) out.push_back(describe(net, panel, r));
  return out;
}

void check_rows(const std::vector<std::string>& got, const std::vector<std::string>& want) {
  BOOST_TEST(got == want, boost::test_tools::per_element());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(panels_dyad_years)

BOOST_AUTO_TEST_CASE(empty_network_and_empty_span_give_no_rows) {
  const alliance_network empty;
  BOOST_TEST(directed_dyad_years(empty, {1815, 2018}).rows.empty());
  const alliance_network net = testing::hand_network();
  BOOST_TEST(directed_dyad_years(net, {1990, 1989}).rows.empty());
  BOOST_TEST(directed_dyad_years(net, {1700, 1800}).rows.empty());  // before the source's coverage
}

BOOST_AUTO_TEST_CASE(a_state_joining_the_day_another_leaves_never_shares_the_pact) {
  const alliance_network net = testing::hand_network();
  // 1990: GFR (260) leaves treaty-a on 1990-10-03, GMY (255) joins that day: 255-260 never allied.
  // Both of USA's shared spells start or end in 1990, so transyr; three members: multilateral.
  check_rows(describe_all(net, directed_dyad_years(net, {1990, 1990})),
             {"2>255 1990 d-----t-- 0/1 treaty-a", "2>260 1990 d-----t-- 0/1 treaty-a", "255>2 1990 d-----t-- 0/1 treaty-a",
              "260>2 1990 d-----t-- 0/1 treaty-a"});
  // 1989 and 1991: one pair each, nothing starts or ends.
  check_rows(describe_all(net, directed_dyad_years(net, {1989, 1989})),
             {"2>260 1989 d-------- 0/1 treaty-a", "260>2 1989 d-------- 0/1 treaty-a"});
  check_rows(describe_all(net, directed_dyad_years(net, {1991, 1991})),
             {"2>255 1991 d-------- 0/1 treaty-a", "255>2 1991 d-------- 0/1 treaty-a"});
}

BOOST_AUTO_TEST_CASE(the_last_phase_of_the_year_gives_the_obligations) {
  const alliance_network net = testing::hand_network();
  // treaty-b: neutrality ends with the phase of 1888-11-24, so 1888 reads consultation only;
  // the exit day 1890-01-01 still counts 1890 (as ATOP counts it), 1891 has nothing.
  check_rows(describe_all(net, directed_dyad_years(net, {1887, 1891})),
             {"90>92 1887 --n-c---- 1/0 treaty-b", "92>90 1887 --n-c---- 1/0 treaty-b", "90>92 1888 ----c-t-- 1/0 treaty-b",
              "92>90 1888 ----c-t-- 1/0 treaty-b", "90>92 1889 ----c---- 1/0 treaty-b", "92>90 1889 ----c---- 1/0 treaty-b",
              "90>92 1890 ----c-t-- 1/0 treaty-b", "92>90 1890 ----c-t-- 1/0 treaty-b"});
}

BOOST_AUTO_TEST_CASE(asymmetric_obligations_are_directed_and_obvary_marks_the_upper_bound) {
  const alliance_network net = testing::hand_network();
  // treaty-c starts in 1855 (transyr). SWD (380) pledges consultation only; UKG and FRN defence and consultation, with
  // OBVARY set, so their rows toward each other carry defence as an upper bound and obvary.
  // SWD's rows are not OBVARY rows themselves but pair with one, so obvary too.
  const dyad_year_panel directed = directed_dyad_years(net, {1855, 1855});
  check_rows(describe_all(net, directed),
             {"200>220 1855 d---c-tyv 0/1 treaty-c", "200>380 1855 d---c-tyv 0/1 treaty-c",
              "220>200 1855 d---c-tyv 0/1 treaty-c", "220>380 1855 d---c-tyv 0/1 treaty-c",
              "380>200 1855 ----c-tyv 0/1 treaty-c", "380>220 1855 ----c-tyv 0/1 treaty-c"});
  // Undirected: OR of both directions, ccode_a < ccode_b.
  check_rows(describe_all(net, undirected_dyad_years(net, {1855, 1855})),
             {"200>220 1855 d---c-tyv 0/1 treaty-c", "200>380 1855 d---c-tyv 0/1 treaty-c",
              "220>380 1855 d---c-tyv 0/1 treaty-c"});
}

BOOST_AUTO_TEST_CASE(a_member_without_a_cow_state_code_is_left_out_and_counted) {
  const alliance_network net = testing::hand_network();
  const dyad_year_panel panel = directed_dyad_years(net, {1874, 1879});
  BOOST_TEST(panel.rows.empty());             // FRN's only partner in those years is 8152
  BOOST_TEST(panel.members_without_code == 1u);  // its one member row
}

BOOST_AUTO_TEST_CASE(rows_are_the_same_for_any_thread_count) {
  const alliance_network net = testing::hand_network();
  const auto one = describe_all(net, directed_dyad_years(net, {1815, 2018}, {.threads = 1}));
  const auto four = describe_all(net, directed_dyad_years(net, {1815, 2018}, {.threads = 4}));
  BOOST_TEST(one == four, boost::test_tools::per_element());
  // Hand count: treaty-a 2·(1990-1955+1) + 2·(2018-1990+1), treaty-b 2·11 (1880-1890), treaty-c 6·2.
  BOOST_TEST(one.size() == 72u + 58u + 22u + 12u);
}

BOOST_AUTO_TEST_SUITE_END()
