// The pactgraph command: parses the command line, runs one subcommand, and maps every error
// class to its exit code (0 success, 1 usage, 2 input, data or output, 3 render, 4 internal).
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/version.hpp"

namespace {

enum exit_code : int { success = 0, usage = 1, input = 2, rendering = 3, internal = 4 };

int run(int argc, char** argv) {
  using namespace pactgraph;
  cli::context ctx;
  CLI::App app{"pactgraph: states, organisations and the pacts between them, as a dated multigraph"};
  app.name("pactgraph");
  app.set_version_flag("--version", std::string("pactgraph ") + version.string);
  app.require_subcommand(1);
  cli::add_global_options(app, ctx.options);
  app.footer("With neither --data nor --data-dir, the built-in seed scenario (Central Asia, May 2007) is used.\n"
             "Exit codes: 0 success, 1 usage error, 2 input or data error, 3 render error, 4 internal error.");

  cli::add_info(app, ctx);
  cli::add_members(app, ctx);
  cli::add_ties(app, ctx);
  cli::add_diff(app, ctx);
  cli::add_snapshot(app, ctx);
  cli::add_centrality(app, ctx);
  cli::add_path(app, ctx);
  cli::add_cascade(app, ctx);
  cli::add_blocs(app, ctx);
  cli::add_balance(app, ctx);
  cli::add_stats(app, ctx);
  cli::add_similarity(app, ctx);
  cli::add_export(app, ctx);
  cli::add_render(app, ctx);
  cli::add_import(app, ctx);
  cli::add_states(app, ctx);
  cli::add_dyads(app, ctx);
  cli::add_atlas(app, ctx);

  // CLI11 reports an unknown subcommand as a missing one; name it, with the closest subcommands.
  if (const auto unknown = cli::unknown_subcommand(app, argc, argv)) {
    std::cerr << "pactgraph: error: " << *unknown << '\n';
    return usage;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? success : usage;
  }

  try {
    if (ctx.run) ctx.run();
    return success;
  } catch (const located_error& e) {
    // Compiler-style, so editors can jump to the place: file:line:col: error: message.
    std::cerr << e.where().to_string() << ": error: " << e.message() << '\n';
    return input;
  } catch (const output_error& e) {
    // Like an input error, so an unwritable -o FILE is exit 2 and reads `FILE: error: cannot write: ...`.
    std::cerr << e.path() << ": error: " << e.message() << '\n';
    return input;
  } catch (const name_error& e) {
    // A typed name that names nothing is the caller's input, as a bad option is.
    std::cerr << "pactgraph: error: " << e.what() << '\n';
    return usage;
  } catch (const lookup_error& e) {
    // An id out of range is a bug in the command, not in the data.
    std::cerr << "pactgraph: internal error: " << e.what() << '\n';
    return internal;
  } catch (const usage_error& e) {
    std::cerr << "pactgraph: error: " << e.what() << '\n';
    return usage;
  } catch (const render_error& e) {
    std::cerr << "pactgraph: render error: " << e.what() << '\n';
    return rendering;
  } catch (const error& e) {
    // The library's other errors come from the data (an algorithm that cannot converge on it).
    std::cerr << "pactgraph: error: " << e.what() << '\n';
    return input;
  } catch (const std::exception& e) {
    std::cerr << "pactgraph: internal error: " << e.what() << '\n';
    return internal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {
    std::cerr << "pactgraph: internal error\n";
    return internal;
  }
}
