// The yearly panels and similarity: state-years, dyad-years (directed, undirected, the system
// frame), dyad spells and alliance-portfolio similarity, as the command's `states`, `dyads` and
// `similarity` write them.
#include <optional>

#include "day.hpp"
#include "frame.hpp"
#include "guard.hpp"
#include "network.hpp"
#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/io/similarity_weights_file.hpp"
#include "pactgraph/query/dyads.hpp"
#include "pactgraph/query/similarity.hpp"
#include "pactgraph/query/states.hpp"

using namespace pactgraph;

// [[Rcpp::export(rng = false)]]
SEXP cpp_state_years(SEXP net, int first, int last, int threads) {
  return r::guarded([&] {
    const panel_options options{.threads = static_cast<unsigned>(threads)};
    return r::to_data_frame(query::states(r::network_of(net).network, {first, last}, options));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_dyad_years(SEXP net, int first, int last, bool undirected, bool all_pairs, int threads) {
  return r::guarded([&] {
    const query::dyads_options options{
        .undirected = undirected, .all_pairs = all_pairs, .threads = static_cast<unsigned>(threads)};
    return r::to_data_frame(query::dyads(r::network_of(net).network, {first, last}, options));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_dyad_spells(SEXP net, std::string from, std::string to, bool undirected) {
  return r::guarded([&] {
    dyad_spell_options options{.directed = !undirected};
    if (!from.empty()) options.first = query::parse_first_day(from, "from");
    if (!to.empty()) options.last = query::parse_day(to, "to");
    if (options.last < options.first) throw usage_error("to " + to + " is before from " + from);
    return r::to_data_frame(query::dyad_spells(r::network_of(net).network, options));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_similarity(SEXP net, std::string at, Rcpp::IntegerVector years, std::string measures, std::string scale,
                    std::string direction, std::string weights_file, std::string dyads, int threads) {
  return r::guarded([&] {
    const alliance_network& network = r::network_of(net).network;
    std::optional<similarity_weights> weights;
    if (!weights_file.empty()) weights = io::read_similarity_weights(io::read_text_file(weights_file), network);
    const query::similarity_options options{.measures = measures,
                                            .scale = scale,
                                            .direction = direction,
                                            .weights = weights ? &*weights : nullptr,
                                            .dyads = dyads,
                                            .threads = static_cast<unsigned>(threads)};
    if (years.size() == 2) return r::to_data_frame(query::similarity(network, year_span{years[0], years[1]}, options));
    return r::to_data_frame(query::similarity(network, r::day_or_default(at, "at"), options));
  });
}
