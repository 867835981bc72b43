// `pactgraph atlas -o FILE.html`: one self-contained web page to explore the network through time.
#include <algorithm>
#include <memory>

#include "context.hpp"
#ifdef PACTGRAPH_CLI_WITH_RENDER
#include "pactgraph/render/atlas.hpp"
#endif

namespace pactgraph::cli {

namespace {

struct atlas_args {
  std::string years;
  std::string from;
  std::string to;
  std::string kinds;
  std::string actors = "any";
  std::string title = "Alliance atlas";
};

/// The span the options ask for: --years, or --from/--to, or by default 1816–2018 for a data folder and
/// the sources' coverage otherwise (the seed's dates).
std::pair<day_number, day_number> atlas_span(const context& ctx, const alliance_network& net, const atlas_args& args) {
  if (!args.years.empty()) {
    if (!args.from.empty() || !args.to.empty()) throw usage_error("--years: give either --years or --from/--to");
    const auto [first, last] = parse_years(args.years);
    return {day_of(first, 1, 1), day_of(last, 12, 31)};
  }
  day_number from = day_of(1816, 1, 1);
  day_number to = day_of(2018, 12, 31);
  if (ctx.options.data_dir.empty() && !net.sources().empty()) {
    from = net.sources().front().first.first_day();
    to = net.sources().front().last.last_day();
    for (const source& s : net.sources()) {
      from = std::min(from, s.first.first_day());
      to = std::max(to, s.last.last_day());
    }
  }
  // A partial --from means its first day, a partial --to its last.
  if (!args.from.empty()) {
    const auto d = date::parse(args.from);
    if (!d) throw usage_error("--from: bad date '" + args.from + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    from = d->first_day();
  }
  if (!args.to.empty()) to = parse_day(args.to, "--to");
  return {from, to};
}

void run_atlas(context& ctx, const atlas_args& args) {
#ifdef PACTGRAPH_CLI_WITH_RENDER
  if (ctx.options.output.empty()) throw usage_error("atlas needs -o FILE.html");
  render::atlas_options options{.actors = parse_actor_kinds(args.actors), .title = args.title};
  if (!args.kinds.empty()) options.kinds = parse_kinds(args.kinds);
  const bool organisations = includes(options.actors, actor_kind::organisation) && any_of(options.kinds, tie_kind::membership);
  const alliance_network& net = ctx.network(organisations);
  std::tie(options.from, options.to) = atlas_span(ctx, net, args);
  ctx.emit_text(render::write_atlas(net, options));
#else
  (void)ctx;
  (void)args;
  throw usage_error("atlas is not available: this pactgraph was built without Graphviz");
#endif
}

}  // namespace

void add_atlas(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "atlas", "Write one self-contained HTML page to explore the network through time (-o FILE.html)");
  auto args = std::make_shared<atlas_args>();
  sub->add_option("--years", args->years, "Span Y1:Y2 (default: 1816:2018 with --data-dir, the seed's dates without)");
  sub->add_option("--from", args->from, "First day of the span, YYYY[-MM[-DD]]");
  sub->add_option("--to", args->to, "Last day of the span, YYYY[-MM[-DD]]");
  sub->add_option("--kinds", args->kinds, "Comma-separated tie kinds the page carries (default: all; it opens on alliances)");
  sub->add_option("--actors", args->actors, "states, organisations or any (default: any; organisations show with memberships)");
  sub->add_option("--title", args->title, "The page's title");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_atlas(ctx, *args); }; });
}

}  // namespace pactgraph::cli
