// `pactgraph similarity (--at DATE | --years Y1:Y2)`: alliance-portfolio similarity (S, κ, π, τ-b)
// of every pair of states, one undirected row per pair and date or year.
#include <memory>
#include <optional>

#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/io/similarity_weights_file.hpp"
#include "pactgraph/query/similarity.hpp"
#include "panel_output.hpp"

namespace pactgraph::cli {

namespace {

struct similarity_args {
  view_choice view;
  std::string years;
  query::similarity_options options;
  std::string weights;
};

void run_similarity(context& ctx, similarity_args args) {
  if (!args.years.empty() && !args.view.at.empty()) throw usage_error("give --at or --years, not both");
  const alliance_network& net = ctx.network(false);
  similarity_weights weights;
  if (!args.weights.empty()) {
    weights = io::read_similarity_weights(io::read_text_file(args.weights), net);
    args.options.weights = &weights;
  }
  args.options.progress = ctx.progress("similarity");
  if (args.years.empty()) {
    emit_rows(ctx, query::similarity_rows(net, args.view.day(), args.options));
    return;
  }
  emit_rows(ctx, query::similarity_rows(net, parse_years(args.years), args.options));
}

}  // namespace

void add_similarity(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "similarity",
                                 "Alliance-portfolio similarity (S, kappa, pi, tau-b) of every pair of states");
  auto args = std::make_shared<similarity_args>();
  args->view.add_to(*sub, false);
  sub->add_option("--years", args->years, "Y1:Y2: one row per pair and year, from the yearly dyad-year flags");
  sub->add_option("--measures", args->options.measures,
                  "Comma-separated: s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub (default: all)");
  sub->add_option("--scale", args->options.scale,
                  "valued (default), binary, or a mapping such as defense=3,offense=3,neutral=2,nonagg=2,consul=1");
  sub->add_option("--direction", args->options.direction, "either (default), given or received");
  sub->add_option("--weights", args->weights, "CSV of ccode,year,weight for S (e.g. CINC scores)");
  sub->add_option("--dyads", args->options.dyads, "A,B: only this pair");
  sub->add_option("--threads", args->options.threads, "Threads for --years (default 0: every hardware thread)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_similarity(ctx, *args); }; });
}

}  // namespace pactgraph::cli
