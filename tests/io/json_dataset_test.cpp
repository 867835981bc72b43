#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;

BOOST_AUTO_TEST_SUITE(io_json_dataset)

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// A minimal valid dataset with one defect spliced in by the caller.
std::string dataset(const std::string& actors, const std::string& pacts = "[]") {
  return "{\n  \"format\": \"pactgraph-dataset\",\n  \"version\": 1,\n  \"actors\": " + actors + ",\n  \"pacts\": " + pacts + "\n}\n";
}

const std::string two_states =
    R"([{"id": "RUS", "kind": "state", "name": "Russia"}, {"id": "UZB", "kind": "state", "name": "Uzbekistan"}])";

std::string pact_with_spell(const std::string& spell) {
  return R"([{"id": "p", "members": [{"actor": "RUS", "spells": [)" + spell + R"(]}]}])";
}

/// Reads `text` expecting an error of type E whose what() is exactly `expected`.
template <class E>
void expect_error(const std::string& text, const std::string& expected) {
  try {
    (void)io::read_dataset(text, "bad.json");
    BOOST_ERROR("no error for: " << expected);
  } catch (const E& e) {
    BOOST_TEST(std::string(e.what()) == expected);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(round_trip_gives_an_equal_network_and_stable_bytes) {
  const auto original = io::read_dataset_file(source_dir() / "examples/data/central_asia_2007.json");
  const std::string first = io::write_dataset(original);
  const auto again = io::read_dataset(first);
  BOOST_TEST((again == original));
  BOOST_TEST(io::write_dataset(again) == first);
  BOOST_TEST(io::write_dataset(io::read_dataset(first)) == first);
  BOOST_TEST(again.tie_count() == original.tie_count());
}

BOOST_AUTO_TEST_CASE(keeps_partial_dates_and_non_ascii_names) {
  const std::string text = dataset(
      R"([{"id": "CDI", "kind": "state", "name": "Côte d'Ivoire \"quoted\" \\ back"}, {"id": "TUR", "kind": "state", "name": "Türkiye"}])",
      R"([{"id": "p", "signed": "1990-05", "members": [{"actor": "CDI", "spells": [{"begin": "1990", "end": "1991-02", "pledges": ["defence"], "phase": 3}]}, {"actor": "TUR", "spells": [{"begin": "1990-05-01", "pledges": []}]}]}])");
  const auto net = io::read_dataset(text);
  BOOST_TEST(net[actor_id{0}].name == "Côte d'Ivoire \"quoted\" \\ back");
  const auto& s = net[pact_id{0}].members[0].spells[0];
  BOOST_TEST(s.when.begin_date().to_string() == "1990");
  BOOST_TEST(s.when.end_date()->to_string() == "1991-02");
  BOOST_TEST(s.when.end == day_of(1991, 2, 28));
  BOOST_TEST(s.phase == 3);
  BOOST_TEST((io::read_dataset(io::write_dataset(net)) == net));
}

BOOST_AUTO_TEST_CASE(malformed_json_reports_line_and_column) {
  // Line 4 is `  "actors": [}`: the stray brace is its 14th character.
  const std::string text = "{\n  \"format\": \"pactgraph-dataset\",\n  \"version\": 1,\n  \"actors\": [}\n}\n";
  try {
    (void)io::read_dataset(text, "bad.json");
    BOOST_FAIL("no error");
  } catch (const parse_error& e) {
    BOOST_TEST(e.where().line == 4u);
    BOOST_TEST(e.where().column == 14u);
    BOOST_TEST(std::string(e.what()).starts_with("bad.json:4:14: malformed JSON: "));
  }
}

BOOST_AUTO_TEST_CASE(bad_content_names_file_pointer_and_expectation) {
  expect_error<data_error>(dataset(two_states, R"([{"id": "p", "members": [{"actor": "KAZ", "spells": []}]}])"),
                           "bad.json:/pacts/0/members/0/actor: unknown actor 'KAZ'");
  expect_error<data_error>(dataset(two_states, pact_with_spell(R"({"begin": "1999-04-20", "end": "1992-05-15", "pledges": []})")),
                           "bad.json:/pacts/0/members/0/spells/0/end: exit 1992-05-15 precedes entry 1999-04-20");
  expect_error<data_error>(dataset(two_states, pact_with_spell(R"({"begin": "2007-02-30", "pledges": []})")),
                           "bad.json:/pacts/0/members/0/spells/0/begin: invalid date '2007-02-30', expected YYYY, YYYY-MM or YYYY-MM-DD");
  expect_error<data_error>(dataset(two_states, pact_with_spell(R"({"begin": 2007, "pledges": []})")),
                           "bad.json:/pacts/0/members/0/spells/0/begin: expected a string, found number");
  expect_error<data_error>(dataset(two_states, pact_with_spell(R"({"begin": "2007", "pledges": ["defense"]})")),
                           "bad.json:/pacts/0/members/0/spells/0/pledges/0: unknown kind 'defense'");
  expect_error<data_error>(dataset(R"([{"id": "RUS", "kind": "state"}, {"id": "RUS", "kind": "state"}])"),
                           "bad.json:/actors/1/id: duplicate actor id 'RUS'");
  expect_error<data_error>(dataset(two_states, R"([{"id": "p", "members": []}, {"id": "p", "members": []}])"),
                           "bad.json:/pacts/1: duplicate pact id 'p'");
  expect_error<data_error>(dataset(R"([{"id": "RUS", "kind": "country"}])"),
                           "bad.json:/actors/0/kind: unknown actor kind 'country', expected \"state\" or \"organisation\"");
  expect_error<data_error>(dataset(R"([{"id": "RUS", "kind": "state", "nmae": "Russia"}])"),
                           "bad.json:/actors/0/nmae: unexpected key 'nmae'");
  expect_error<data_error>(dataset(R"({"id": "RUS"})"), "bad.json:/actors: expected an array, found object");
  expect_error<data_error>("[1, 2]", "bad.json:/: expected an object, found array");
  expect_error<data_error>(R"({"format": "pactgraph-dataset", "version": 2})", "bad.json:/version: unsupported version, expected 1");
  expect_error<data_error>(dataset(two_states, pact_with_spell(R"({"begin": "1990", "end": "1995", "pledges": []}, {"begin": "1994", "pledges": []})")),
                           "bad.json:/pacts/0: pact 'p' member 'RUS': spells overlap at 1994");
}

BOOST_AUTO_TEST_CASE(refuses_hostile_nesting) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  BOOST_CHECK_THROW((void)io::read_dataset(deep, "deep.json"), parse_error);
}

BOOST_AUTO_TEST_CASE(a_failed_load_leaves_the_network_unchanged) {
  alliance_network net = io::seed_scenario();
  const alliance_network before = net;
  BOOST_CHECK_THROW(net = io::read_dataset(dataset(two_states, pact_with_spell(R"({"begin": "2007-02-30", "pledges": []})"))),
                    data_error);
  BOOST_TEST((net == before));
  BOOST_CHECK_THROW(net = io::read_dataset_file("/nonexistent/x.json"), data_error);
  BOOST_TEST((net == before));
}

BOOST_AUTO_TEST_CASE(writes_files_whole_or_not_at_all) {
  const auto dir = std::filesystem::temp_directory_path() / "pactgraph_json_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto path = dir / "seed.json";
  const auto net = io::seed_scenario();
  io::write_dataset_file(net, path);
  BOOST_TEST(read_file(path) == io::write_dataset(net));
  BOOST_TEST(std::distance(std::filesystem::directory_iterator(dir), {}) == 1);  // no temporary left
  BOOST_CHECK_THROW(io::write_dataset_file(net, dir / "no-such-dir" / "x.json"), output_error);
  BOOST_TEST(!std::filesystem::exists(dir / "no-such-dir"));
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
