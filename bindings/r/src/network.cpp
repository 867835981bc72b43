// Loading networks: the seed scenario, a native JSON dataset, a data folder.
#include "network.hpp"

#include <memory>

#include "guard.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/io/seed_scenario.hpp"

namespace pactgraph::r {

SEXP wrap_network(loaded_network&& loaded) {
  auto owned = std::make_unique<loaded_network>(std::move(loaded));
  Rcpp::XPtr<loaded_network> ptr(owned.get(), true);
  owned.release();
  ptr.attr("class") = "pactgraph_network";
  return ptr;
}

const loaded_network& network_of(SEXP x) {
  if (TYPEOF(x) != EXTPTRSXP || !Rf_inherits(x, "pactgraph_network"))
    throw usage_error("expected a pactgraph network (from pg_seed(), pg_load() or pg_load_data_dir())");
  const auto* loaded = static_cast<const loaded_network*>(R_ExternalPtrAddr(x));
  if (loaded == nullptr)
    throw usage_error("this pactgraph network no longer exists (networks cannot be saved and restored); load it again");
  return *loaded;
}

}  // namespace pactgraph::r

using namespace pactgraph;

// [[Rcpp::export(rng = false)]]
SEXP cpp_seed() {
  return r::guarded([] { return r::wrap_network({io::seed_scenario(), "built-in seed scenario", {}}); });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_load(std::string path) {
  return r::guarded([&] { return r::wrap_network({io::read_dataset_file(path), path, {}}); });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_data_dir() {
  return r::guarded([] { return Rcpp::wrap(io::data_dir().string()); });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_load_data_dir(std::string path, bool organisations, bool lenient) {
  return r::guarded([&] {
    io::data_dir_options options;
    options.import.mode = lenient ? io::import_mode::lenient : io::import_mode::strict;
    if (!organisations) options.organisations.clear();
    auto loaded = io::load_data_dir_with_reports(path, options);
    return r::wrap_network({std::move(loaded.network), path, std::move(loaded.reports)});
  });
}
