#include "pactgraph/panels/dyad_spells.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "hand_network.hpp"

using namespace pactgraph;

namespace {

/// `A>B start end flags pacts`, end empty when open; flags as in dyad_years_test.
std::vector<std::string> describe_all(const alliance_network& net, const dyad_spell_panel& panel) {
  std::vector<std::string> out;
  for (const auto& r : panel.rows) {
    std::string s = std::to_string(r.ccode_a) + ">" + std::to_string(r.ccode_b) + " " +
                    date::from_days(r.when.begin).to_string() + " " +
                    (r.when.is_open() ? std::string() : date::from_days(r.when.end).to_string()) + " ";
    const char* letters = "donac";
    for (int i = 0; i < 5; ++i) s += any_of(r.obligations, static_cast<tie_kind>(1u << i)) ? letters[i] : '-';
    s += r.shareob ? "s" : "-";
    s += r.asymm ? "y" : "-";
    s += r.obvary ? "v" : "-";
    for (const pact_id p : panel.pacts_of(r)) s += " " + net[p].key;
    out.push_back(s);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(panels_dyad_spells)

BOOST_AUTO_TEST_CASE(spells_follow_the_days_and_phases) {
  const alliance_network net = testing::hand_network();
  const auto rows = describe_all(net, dyad_spells(net, {.directed = false}));
  // By hand from hand_network(): treaty-a gives 2-260 until GFR's exit and 2-255 from GMY's entry,
  // still running at the end of the source (open); treaty-b splits at the phase of 1888-11-24;
  // treaty-c is one spell per pair; 8152 is left out.
  const std::vector<std::string> want{
      "2>255 1990-10-03  d------- treaty-a",        "2>260 1955-05-05 1990-10-03 d------- treaty-a",
      "90>92 1880-01-01 1888-11-24 --n-c--- treaty-b", "90>92 1888-11-24 1890-01-01 ----c--- treaty-b",
      "200>220 1855-11-21 1856-03-30 d---c-yv treaty-c", "200>380 1855-11-21 1856-03-30 d---c-yv treaty-c",
      "220>380 1855-11-21 1856-03-30 d---c-yv treaty-c"};
  BOOST_TEST(rows == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(directed_spells_and_the_window) {
  const alliance_network net = testing::hand_network();
  // Only 1888: the treaty-b spells cut to the year, both directions, and SWD's consultation-only side.
  const auto rows = describe_all(net, dyad_spells(net, {.first = day_of(1888, 1, 1), .last = day_of(1888, 12, 31)}));
  const std::vector<std::string> want{
      "90>92 1888-01-01 1888-11-24 --n-c--- treaty-b", "90>92 1888-11-24 1889-01-01 ----c--- treaty-b",
      "92>90 1888-01-01 1888-11-24 --n-c--- treaty-b", "92>90 1888-11-24 1889-01-01 ----c--- treaty-b"};
  BOOST_TEST(rows == want, boost::test_tools::per_element());
  const auto crimea = describe_all(net, dyad_spells(net, {.first = day_of(1856, 1, 1), .last = day_of(1856, 1, 1)}));
  BOOST_TEST(crimea.size() == 6u);
  BOOST_TEST(crimea[4] == "380>200 1856-01-01 1856-01-02 ----c-yv treaty-c");
}

BOOST_AUTO_TEST_CASE(an_empty_network_has_no_spells) {
  BOOST_TEST(dyad_spells(alliance_network{}).rows.empty());
}

BOOST_AUTO_TEST_SUITE_END()
