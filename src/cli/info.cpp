// `pactgraph info`: what is loaded, what the sources cover, and what the importers skipped.
#include <memory>

#include "context.hpp"

namespace pactgraph::cli {

namespace {

// A lenient import can skip thousands of rows; a terminal shows the first few.
constexpr std::size_t shown_diagnostics = 20;

report info_report(context& ctx) {
  const alliance_network& net = ctx.network(true);
  report r;
  r.fields.emplace_back("data", ctx.data_description());

  std::int64_t states = 0;
  std::int64_t organisations = 0;
  for (const auto& a : net.actors()) (a.kind == actor_kind::state ? states : organisations) += 1;
  table counts{.name = "counts", .columns = {"item", "count"}};
  counts.add({"states", states});
  counts.add({"organisations", organisations});
  counts.add({"pacts", static_cast<std::int64_t>(net.pact_count())});
  counts.add({"ties", static_cast<std::int64_t>(net.tie_count())});
  counts.add({"memberships", static_cast<std::int64_t>(net.memberships().size())});
  r.tables.push_back(std::move(counts));

  table sources{.name = "sources", .columns = {"source", "first", "last", "citation"}};
  for (const auto& s : net.sources()) sources.add({s.key, s.first.to_string(), s.last.to_string(), s.citation});
  r.tables.push_back(std::move(sources));

  table imports{.name = "imports", .columns = {"source", "rows_read", "rows_loaded", "rows_skipped"}};
  std::size_t listed = 0;
  std::size_t unlisted = 0;
  for (const auto& report : ctx.import_reports()) {
    imports.add({net[report.source].key, static_cast<std::int64_t>(report.rows_read),
                 static_cast<std::int64_t>(report.rows_loaded), static_cast<std::int64_t>(report.diagnostics.size())});
    for (const auto& d : report.diagnostics) {
      if (listed < shown_diagnostics) {
        r.notes.push_back("skipped " + d.to_string());
        ++listed;
      } else {
        ++unlisted;
      }
    }
  }
  if (unlisted != 0) r.notes.push_back("and " + std::to_string(unlisted) + " more skipped rows");
  if (!ctx.import_reports().empty()) r.tables.push_back(std::move(imports));
  return r;
}

}  // namespace

void add_info(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "info", "What is loaded: counts, coverage windows, diagnostics");
  sub->callback([&ctx] { ctx.run = [&ctx] { ctx.emit(info_report(ctx)); }; });
}

}  // namespace pactgraph::cli
