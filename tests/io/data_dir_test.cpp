#include "pactgraph/io/data_dir.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <optional>

#include "io_test_support.hpp"

using namespace pactgraph;
using namespace pactgraph::io;

BOOST_AUTO_TEST_SUITE(io_data_dir)

namespace {

/// Sets or unsets PACTGRAPH_DATA_DIR for one scope, restoring it after.
class scoped_env {
 public:
  explicit scoped_env(const char* value) {
    if (const char* old = std::getenv("PACTGRAPH_DATA_DIR")) m_old = old;
    if (value)
      ::setenv("PACTGRAPH_DATA_DIR", value, 1);
    else
      ::unsetenv("PACTGRAPH_DATA_DIR");
  }
  ~scoped_env() {
    if (m_old)
      ::setenv("PACTGRAPH_DATA_DIR", m_old->c_str(), 1);
    else
      ::unsetenv("PACTGRAPH_DATA_DIR");
  }
  scoped_env(const scoped_env&) = delete;
  scoped_env& operator=(const scoped_env&) = delete;

 private:
  std::optional<std::string> m_old;
};

}  // namespace

BOOST_AUTO_TEST_CASE(the_environment_wins_over_the_compiled_default) {
  {
    const scoped_env env("/somewhere/else");
    BOOST_TEST(data_dir() == std::filesystem::path("/somewhere/else"));
  }
  {
    const scoped_env env("");
    BOOST_TEST(data_dir() == std::filesystem::path(PACTGRAPH_DATA_DIR));
  }
  {
    const scoped_env env(nullptr);
    BOOST_TEST(data_dir() == std::filesystem::path(PACTGRAPH_DATA_DIR));
  }
}

BOOST_AUTO_TEST_CASE(a_folder_without_the_data_is_a_clear_error) {
  const auto empty = std::filesystem::temp_directory_path() / "pactgraph-io-no-data";
  std::filesystem::create_directories(empty);
  try {
    (void)load_data_dir(empty);
    BOOST_FAIL("expected a data_error");
  } catch (const data_error& e) {
    BOOST_TEST(e.where().file == (empty / "cow_states_v2016" / "states2016.csv").string());
    BOOST_TEST(e.message().find("PACTGRAPH_DATA_DIR") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(the_igo_file_is_read_only_when_organisations_are_named) {
  const auto dir = pactgraph::testing::require_data_dir();
  const auto load = load_data_dir_with_reports(dir, {.organisations = {}});
  BOOST_TEST(load.reports.size() == 2u);
  BOOST_TEST(!load.network.find_source("cow-igo3").has_value());
  BOOST_TEST(load.network.find_source("atop5.1").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
