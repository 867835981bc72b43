// The tables of one day or one actor: info, actor, members, ties, diff, snapshot.
#include "day.hpp"
#include "frame.hpp"
#include "guard.hpp"
#include "network.hpp"
#include "pactgraph/query/actor.hpp"
#include "pactgraph/query/diff.hpp"
#include "pactgraph/query/info.hpp"
#include "pactgraph/query/members.hpp"
#include "pactgraph/query/snapshot_tables.hpp"
#include "pactgraph/query/ties.hpp"

using namespace pactgraph;

// [[Rcpp::export(rng = false)]]
SEXP cpp_info(SEXP net) {
  return r::guarded([&] {
    const auto& loaded = r::network_of(net);
    const auto t = query::info(loaded.network, loaded.reports);
    Rcpp::List out = r::to_data_frames({&t.counts, &t.sources, &t.imports});
    out.attr("description") = loaded.description;
    return SEXP(out);
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_actor(SEXP net, std::string actor) {
  return r::guarded([&] { return r::to_data_frame(query::actor(r::network_of(net).network, actor)); });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_members(SEXP net, std::string group, std::string at) {
  return r::guarded([&] {
    return r::to_data_frame(query::members(r::network_of(net).network, group, r::day_or_default(at, "at")));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_ties(SEXP net, std::string actor, std::string at, std::string kinds) {
  return r::guarded([&] {
    const tie_kind k = kinds.empty() ? tie_kind::all : query::parse_kinds(kinds);
    return r::to_data_frame(query::ties(r::network_of(net).network, actor, r::day_or_default(at, "at"), k));
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_diff(SEXP net, std::string from, std::string to, std::string actor, std::string kinds) {
  return r::guarded([&] {
    const query::diff_options options{.actor = actor, .kinds = kinds.empty() ? tie_kind::all : query::parse_kinds(kinds)};
    const auto t = query::diff(r::network_of(net).network, query::parse_day(from, "from"), query::parse_day(to, "to"), options);
    return r::to_data_frames({&t.members, &t.ties});
  });
}

// [[Rcpp::export(rng = false)]]
SEXP cpp_snapshot(SEXP net, std::string at, std::string kinds, std::string actors) {
  return r::guarded([&] {
    const day_number day = r::day_or_default(at, "at");
    const auto t = query::snapshot(r::network_of(net).network, day, query::view_options(kinds, actors));
    Rcpp::List out = r::to_data_frames({&t.nodes, &t.ties});
    out.attr("date") = query::day_text(day);  // also when there are no rows to carry it
    return SEXP(out);
  });
}
