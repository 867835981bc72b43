// `pactgraph similarity (--at DATE | --years Y1:Y2)`: alliance-portfolio similarity (S, κ, π, τ-b)
// of every pair of states, one undirected row per pair and date or year.
#include <memory>

#include "context.hpp"
#include "pactgraph/io/similarity_weights_file.hpp"
#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/similarity/similarity_series.hpp"

namespace pactgraph::cli {

namespace {

struct similarity_args {
  view_choice view;
  std::string years;
  std::string measures;
  std::string scale = "valued";
  std::string direction = "either";
  std::string weights;
  std::string dyads;
  unsigned threads = 0;
};

std::vector<similarity_measure> parse_similarity_measures(std::string_view text) {
  if (text.empty()) return all_similarity_measures();
  const std::vector<std::string> known(similarity_measure_names.begin(), similarity_measure_names.end());
  std::vector<similarity_measure> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view name = text.substr(start, comma - start);
    const auto measure = similarity_measure_from_name(name);
    if (!measure)
      throw usage_error("unknown measure '" + std::string(name) + "'" + suggestion_text(closest_matches(name, known)) +
                        " (measures: s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub)");
    out.push_back(*measure);
    start = comma + 1;
  }
  return out;
}

portfolio_direction parse_direction(std::string_view text) {
  if (const auto d = portfolio_direction_from_name(text)) return *d;
  throw usage_error("unknown direction '" + std::string(text) + "'; expected either, given or received");
}

// The two states of --dyads A,B, each a state with a COW code.
std::pair<actor_id, actor_id> parse_dyad(const alliance_network& net, std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos)
    throw usage_error("--dyads '" + std::string(text) + "': expected two states, A,B");
  const actor_id a = resolve_actor(net, text.substr(0, comma)), b = resolve_actor(net, text.substr(comma + 1));
  for (const actor_id x : {a, b})
    if (net[x].kind != actor_kind::state || !net[x].cow_code)
      throw usage_error("--dyads: '" + net[x].name + "' is not a state with a COW code");
  if (a == b) throw usage_error("--dyads: give two different states");
  return {a, b};
}

// The pairs (i, j), i < j, a frame reports: all, or the one --dyads names when both are in N.
std::vector<std::pair<std::size_t, std::size_t>> pairs_of(const similarity_frame& f,
                                                          const std::optional<std::pair<actor_id, actor_id>>& dyad) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const std::size_t n = f.portfolios.size();
  if (!dyad) {
    out.reserve(n < 2 ? 0 : n * (n - 1) / 2);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) out.emplace_back(i, j);
    return out;
  }
  const auto i = f.portfolios.index_of(dyad->first), j = f.portfolios.index_of(dyad->second);
  if (i && j) out.emplace_back(std::min(*i, *j), std::max(*i, *j));
  return out;
}

void run_similarity(context& ctx, const similarity_args& args) {
  if (!args.years.empty() && !args.view.at.empty()) throw usage_error("give --at or --years, not both");
  const auto measures = parse_similarity_measures(args.measures);
  similarity_options options{.scale = parse_portfolio_scale(args.scale),
                             .direction = parse_direction(args.direction),
                             .threads = args.threads,
                             .progress = ctx.progress("similarity")};
  const alliance_network& net = ctx.network(false);
  std::optional<std::pair<actor_id, actor_id>> dyad;
  if (!args.dyads.empty()) dyad = parse_dyad(net, args.dyads);
  similarity_weights weights;
  if (!args.weights.empty()) {
    weights = io::read_similarity_weights(io::read_text_file(args.weights), net);
    options.weights = &weights;
  }
  std::vector<similarity_frame> frames;
  if (args.years.empty()) {
    frames.push_back(similarity_on(net, args.view.day(), options));
  } else {
    const auto [first, last] = parse_years(args.years);
    frames = similarity_by_year(net, {first, last}, options);
  }

  const bool yearly = !args.years.empty();
  std::vector<std::string> columns{"ccode1", "ccode2", yearly ? "year" : "date"};
  for (const auto m : measures) columns.emplace_back(name_of(m));
  report r;
  std::vector<std::string> uncovered, absent;
  for (const auto& f : frames) {
    const std::string when = yearly ? std::to_string(f.year) : day_text(f.day);
    if (!f.covered) uncovered.push_back(when);
    if (dyad && pairs_of(f, dyad).empty()) absent.push_back(when);
  }
  if (!uncovered.empty())
    r.notes.push_back("no source of pacts covers " + uncovered.front() +
                      (uncovered.size() > 1 ? " (and " + std::to_string(uncovered.size() - 1) + " more)" : "") +
                      ": portfolios there hold only each state itself, which means no data, not no alliances");
  if (!absent.empty())
    r.notes.push_back("--dyads: the two states are not both in the system in " + absent.front() +
                      (absent.size() > 1 ? " (and " + std::to_string(absent.size() - 1) + " more)" : ""));

  auto code = [&](const similarity_frame& f, std::size_t i) { return *net[f.portfolios.state(i)].cow_code; };
  if (ctx.format() == output_format::csv) {
    // A span of years has about a million rows: written straight to text, as format_report would.
    if (!ctx.options.table.empty() && ctx.options.table != "similarity")
      throw usage_error("no table '" + ctx.options.table + "' in this result (tables: similarity)");
    std::string out;
    for (std::size_t c = 0; c < columns.size(); ++c) out += (c == 0 ? "" : ",") + columns[c];
    out += '\n';
    for (const auto& f : frames) {
      const std::string when = yearly ? std::to_string(f.year) : day_text(f.day);
      for (const auto& [i, j] : pairs_of(f, dyad)) {
        out += std::to_string(code(f, i)) + ',' + std::to_string(code(f, j)) + ',' + when;
        const auto& s = f.scores_of(i, j);
        for (const auto m : measures) out += ',' + exact(s[m]);
        out += '\n';
      }
    }
    for (const auto& n : r.notes) ctx.warn(n);
    ctx.emit_text(out);
    return;
  }
  table t{.name = "similarity", .columns = columns};
  for (const auto& f : frames) {
    const cell when = yearly ? cell{static_cast<std::int64_t>(f.year)} : cell{day_text(f.day)};
    for (const auto& [i, j] : pairs_of(f, dyad)) {
      std::vector<cell> row{static_cast<std::int64_t>(code(f, i)), static_cast<std::int64_t>(code(f, j)), when};
      const auto& s = f.scores_of(i, j);
      for (const auto m : measures) row.emplace_back(s[m]);
      t.add(std::move(row));
    }
  }
  r.tables.push_back(std::move(t));
  ctx.emit(r);
}

}  // namespace

void add_similarity(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "similarity",
                                 "Alliance-portfolio similarity (S, kappa, pi, tau-b) of every pair of states");
  auto args = std::make_shared<similarity_args>();
  args->view.add_to(*sub, false);
  sub->add_option("--years", args->years, "Y1:Y2: one row per pair and year, from the yearly dyad-year flags");
  sub->add_option("--measures", args->measures,
                  "Comma-separated: s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub (default: all)");
  sub->add_option("--scale", args->scale,
                  "valued (default), binary, or a mapping such as defense=3,offense=3,neutral=2,nonagg=2,consul=1");
  sub->add_option("--direction", args->direction, "either (default), given or received");
  sub->add_option("--weights", args->weights, "CSV of ccode,year,weight for S (e.g. CINC scores)");
  sub->add_option("--dyads", args->dyads, "A,B: only this pair");
  sub->add_option("--threads", args->threads, "Threads for --years (default 0: every hardware thread)");
  sub->callback([&ctx, args] { ctx.run = [&ctx, args] { run_similarity(ctx, *args); }; });
}

}  // namespace pactgraph::cli
