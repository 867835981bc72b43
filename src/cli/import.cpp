// `pactgraph import --data-dir DIR -o FILE.json`: real data to the native format.
#include "context.hpp"
#include "pactgraph/io/json_dataset.hpp"

namespace pactgraph::cli {

void add_import(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "import", "Convert a data folder (--data-dir) to a native JSON dataset");
  sub->callback([&ctx] {
    ctx.run = [&ctx] {
      if (ctx.options.data_dir.empty()) throw usage_error("import needs --data-dir DIR");
      const alliance_network& net = ctx.network(true);
      for (const auto& r : ctx.import_reports())
        if (!r.diagnostics.empty())
          ctx.warn(std::to_string(r.diagnostics.size()) + " rows of " + net[r.source].key + " skipped (see `info --lenient`)");
      // write_dataset_file writes through a temporary and a rename; stdout gets the text.
      if (ctx.options.output.empty())
        ctx.emit_text(io::write_dataset(net));
      else
        io::write_dataset_file(net, ctx.options.output);
    };
  });
}

}  // namespace pactgraph::cli
