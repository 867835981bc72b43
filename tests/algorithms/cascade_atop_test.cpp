#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>
#include <string>

#include "pactgraph/algorithms/cascade.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "support.hpp"

using namespace pactgraph;

BOOST_AUTO_TEST_SUITE(algorithms_cascade_atop)

namespace {

const alliance_network& atop() {
  static const alliance_network net = [] {
    const auto dir = testing::data_dir();
    if (!std::filesystem::exists(dir / "atop_v5.1" / "atop5_1m.csv"))
      throw std::runtime_error("ATOP data missing in '" + dir.string() + "': set PACTGRAPH_DATA_DIR");
    return io::load_data_dir(dir, {.organisations = {}});
  }();
  return net;
}

std::set<std::string> at_hop(const cascade& c, std::uint32_t hop) {
  std::set<std::string> out;
  for (const auto& d : c.drawn)
    if (d.hop == hop) out.insert(atop()[d.actor].abbreviation);
  return out;
}

}  // namespace

// The direct defenders were checked independently from atop5_1m.csv with python's csv module: members
// with defense = 1 of an alliance that has the target as a member, both rows active on the day
// (entry <= day < exit, blank day or month widened outwards, as docs/design.md says).

BOOST_AUTO_TEST_CASE(poland_on_1939_09_01) {
  const auto pol = atop().actor_named("POL");
  const auto c = obligation_cascade(atop(), pol, day_of(1939, 9, 1));
  // 200 United Kingdom, 220 France, 360 Romania.
  BOOST_TEST((at_hop(c, 1) == std::set<std::string>{"FRN", "ROM", "UKG"}));
  // France draws in the Soviet Union and Turkey, whose own direct defence pledges to France the same
  // python check lists (France on 1939-09-01: 290, 365, 640).
  const auto second = at_hop(c, 2);
  BOOST_TEST(second.contains("RUS"));
  BOOST_TEST(second.contains("TUR"));
  BOOST_TEST(!c.hop_of(pol).has_value());  // the target is not drawn into its own defence
  for (const auto& d : c.drawn) BOOST_TEST(!d.through.empty());
}

BOOST_AUTO_TEST_CASE(france_on_1914_06_28) {
  const auto c = obligation_cascade(atop(), atop().actor_named("FRN"), day_of(1914, 6, 28), {.max_hops = 1});
  BOOST_TEST((at_hop(c, 1) == std::set<std::string>{"RUS"}));  // the Franco-Russian alliance
  BOOST_TEST(c.drawn.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
