// The tables of the analyses of a day or a span of years: centrality, stats, path, cascade, blocs,
// balance. Each takes the command's options by name and returns the command's columns.
#include <optional>

#include "day.hpp"
#include "frame.hpp"
#include "guard.hpp"
#include "network.hpp"
#include "pactgraph/query/balance.hpp"
#include "pactgraph/query/blocs.hpp"
#include "pactgraph/query/cascade.hpp"
#include "pactgraph/query/centrality.hpp"
#include "pactgraph/query/path.hpp"
#include "pactgraph/query/stats.hpp"

using namespace pactgraph;

namespace {

// R gives a span as c(first, last), or nothing for a day.
std::optional<year_span> span_of(const Rcpp::IntegerVector& years) {
  if (years.size() == 0) return std::nullopt;
  return year_span{years[0], years[1]};
}

}  // namespace

// [[Rcpp::export(rng = false)]]
SEXP cpp_centrality(SEXP net, std::string at, Rcpp::IntegerVector years, std::string metrics,
                    std::string normalization, double tolerance, int max_iterations, std::string kinds,
                    std::string actors, int threads) {
  return r::guarded([&] {
    query::centrality_options options{.metrics = metrics.empty() ? "all" : metrics,
                                      .normalization = normalization,
                                      .tolerance = tolerance,
                                      .threads = static_cast<unsigned>(threads),
                                      .view = query::view_options(kinds, actors)};
    if (max_iterations > 0) options.max_iterations = static_cast<std::size_t>(max_iterations);
    const alliance_network& network = r::network_of(net).network;
    const auto span = span_of(years);
    return r::to_data_frame(span ? query::centrality(network, *span, options)
                                 : query::centrality(network, r::day_or_default(at, "at"), options));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_stats(SEXP net, std::string at, Rcpp::IntegerVector years, std::string kinds, std::string actors,
               int threads) {
  return r::guarded([&] {
    const query::stats_options options{.threads = static_cast<unsigned>(threads),
                                       .view = query::view_options(kinds, actors)};
    const alliance_network& network = r::network_of(net).network;
    const auto span = span_of(years);
    return r::to_data_frame(span ? query::stats(network, *span, options)
                                 : query::stats(network, r::day_or_default(at, "at"), options));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_path(SEXP net, std::string from, std::string to, std::string at, bool all, int k, std::string length,
              std::string kinds, std::string actors) {
  return r::guarded([&] {
    const query::path_options options{.all = all,
                                      .k = static_cast<std::size_t>(k),
                                      .length = query::parse_edge_length(length, "length"),
                                      .view = query::view_options(kinds, actors)};
    const auto t = query::path(r::network_of(net).network, from, to, r::day_or_default(at, "at"), options);
    return r::to_data_frames({&t.paths, &t.steps});
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_cascade(SEXP net, std::string target, std::string at, std::string obligations, int max_hops) {
  return r::guarded([&] {
    cascade_options options;
    if (!obligations.empty()) options.obligations = query::parse_kinds(obligations);
    if (max_hops > 0) options.max_hops = static_cast<std::uint32_t>(max_hops);
    return r::to_data_frame(query::cascade(r::network_of(net).network, target, r::day_or_default(at, "at"), options));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_blocs(SEXP net, std::string at, std::string method, int min_size, double seed, std::string kinds,
               std::string actors) {
  return r::guarded([&] {
    const query::blocs_options options{.method = method,
                                       .min_size = static_cast<std::size_t>(min_size),
                                       .seed = static_cast<std::uint64_t>(seed),
                                       .view = query::view_options(kinds, actors)};
    const auto t = query::blocs(r::network_of(net).network, r::day_or_default(at, "at"), options);
    return r::to_data_frames({&t.blocs, &t.members});
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_balance(SEXP net, std::string at, std::string kinds, std::string actors) {
  return r::guarded([&] {
    const snapshot_options view = query::view_options(kinds, actors, query::balance_view);
    return r::to_data_frame(query::balance(r::network_of(net).network, r::day_or_default(at, "at"), view));
  });
}
