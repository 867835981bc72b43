#include "pactgraph/panels/system_frame.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace pactgraph;

namespace {

/// States 2 (from 1816), 20 (1900-06-01 to 1950-01-01) and 40 (from 1950-01-01) in the system;
/// one pact, 2 and 20 pledging defence 1920-03-01 to 1930-07-01, its source covering 1815–2018.
alliance_network three_states() {
  alliance_network net;
  const source_id system = net.add_source({.key = "system", .first = date(1816, 1, 1), .last = date(2018, 12, 31)});
  const source_id pacts = net.add_source({.key = "pacts", .first = date(1815, 1, 1), .last = date(2018, 12, 31)});
  auto state = [&](int code, date from, std::optional<date> to) {
    return net.add_actor({.kind = actor_kind::state,
                          .abbreviation = "S" + std::to_string(code),
                          .cow_code = code,
                          .spells = {{.when = spell::between(from, to), .source = system}}});
  };
  const actor_id a = state(2, date(1816, 1, 1), std::nullopt);
  const actor_id b = state(20, date(1900, 6, 1), date(1950, 1, 1));
  state(40, date(1950, 1, 1), std::nullopt);
  const spell when = spell::between(date(1920, 3, 1), date(1930, 7, 1));
  net.add_pact({.key = "p", .source = pacts,
                .members = {{.actor = a, .spells = {{.when = when, .pledges = tie_kind::defence}}},
                            {.actor = b, .spells = {{.when = when, .pledges = tie_kind::defence}}}}});
  return net;
}

std::vector<std::string> describe_all(const dyad_year_panel& panel) {
  std::vector<std::string> out;
  for (const auto& r : panel.rows)
    out.push_back(std::to_string(r.ccode_a) + ">" + std::to_string(r.ccode_b) + " " + std::to_string(r.year) + " " +
                  (!r.covered ? "NA" : any_of(r.obligations, tie_kind::defence) ? "def" : "0") + " " +
                  std::to_string(r.number()));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(panels_system_frame)

BOOST_AUTO_TEST_CASE(every_pair_in_the_system_with_zeros_where_not_allied) {
  const alliance_network net = three_states();
  // 1925: 2 and 20 allied. 1949: not allied any more. 1950: 20 left on 1950-01-01, the day 40
  // entered, so 20 is not in the system in 1950 and 20-40 never share a day.
  const std::vector<std::string> want{"2>20 1925 def 1", "20>2 1925 def 1"};
  BOOST_TEST(describe_all(system_frame(net, {1925, 1925})) == want, boost::test_tools::per_element());
  const std::vector<std::string> later{"2>20 1949 0 0", "20>2 1949 0 0", "2>40 1950 0 0", "40>2 1950 0 0"};
  BOOST_TEST(describe_all(system_frame(net, {1949, 1950})) == later, boost::test_tools::per_element());
  const std::vector<std::string> undirected{"2>20 1949 0 0", "2>40 1950 0 0"};
  BOOST_TEST(describe_all(system_frame(net, {1949, 1950}, false)) == undirected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(outside_the_pacts_coverage_the_flags_are_unknown) {
  const alliance_network net = three_states();
  const std::vector<std::string> want{"2>40 2019 NA 0", "40>2 2019 NA 0"};
  BOOST_TEST(describe_all(system_frame(net, {2019, 2019})) == want, boost::test_tools::per_element());
  BOOST_TEST(system_frame(net, {1800, 1815}).rows.empty());  // nobody in the system yet
  BOOST_TEST(system_frame(alliance_network{}, {1900, 1910}).rows.empty());
}

BOOST_AUTO_TEST_SUITE_END()
