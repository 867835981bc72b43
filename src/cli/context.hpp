#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/names.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/temporal/selection.hpp"
#include "report.hpp"

namespace pactgraph::cli {

/// The options every subcommand accepts, before or after its name.
struct global_options {
  std::string data_file{};
  std::string data_dir{};
  std::string format = "table";
  std::string output{};
  std::string table{};
  bool quiet = false;
  bool lenient = false;
};

/// State shared by the subcommands of one run: the options, the loaded network, the output.
class context {
 public:
  global_options options{};
  /// The work of the chosen subcommand, set while parsing and run afterwards, so that every
  /// error reaches the one place that maps it to an exit code.
  std::function<void()> run{};

  /// The network the data options name, loaded on first use. `organisations`: whether the
  /// organisations' memberships are needed (COW IGO, a 22 MB file, is read only then).
  const alliance_network& network(bool organisations = true);
  /// What the importers reported while loading a data folder (empty for JSON and the seed).
  [[nodiscard]] const std::vector<io::import_report>& import_reports() const { return m_reports; }
  /// Where the data came from, for `info`.
  [[nodiscard]] std::string data_description() const;

  [[nodiscard]] output_format format() const;
  /// Formats the report and writes it to stdout, or atomically to `-o FILE`.
  void emit(const report& r) const;
  /// Writes text to stdout, or atomically to `-o FILE`.
  void emit_text(const std::string& text) const;
  /// Prints a remark on stderr.
  void warn(const std::string& text) const;

  /// A progress callback printing `label done/total` on stderr when it is a terminal and
  /// --quiet is not given; an empty function otherwise.
  [[nodiscard]] std::function<void(std::size_t, std::size_t)> progress(const std::string& label) const;

 private:
  std::optional<alliance_network> m_network{};
  std::vector<io::import_report> m_reports{};
};

/// Adds the global options to an app (or a subcommand, so they are accepted after it too).
void add_global_options(CLI::App& app, global_options& options);

// The words of a question and the names of actors are read by the query layer, for every caller alike.
using query::closest_matches;
using query::day_text;
using query::group_ref;
using query::pact_label;
using query::parse_actor_kinds;
using query::parse_day;
using query::parse_kinds;
using query::parse_years;
using query::resolve_actor;
using query::resolve_group;
using query::suggestion_text;
using query::tie_origin;

/// The date and filters of a view, shared by the subcommands that look at one day.
struct view_choice {
  std::string at{};
  std::string kinds{};
  std::string actors{};

  /// Adds --at, and --kinds and --actors when `filters`.
  void add_to(CLI::App& sub, bool filters = true);
  /// The query day (the seed article's date when --at is not given).
  [[nodiscard]] day_number day() const;
  /// The snapshot options, from `defaults` overridden by --kinds and --actors. Asking for the
  /// membership kind brings organisations in unless --actors says otherwise.
  [[nodiscard]] snapshot_options options(snapshot_options defaults = {}) const;
  /// Whether the view may need organisation memberships loaded.
  [[nodiscard]] bool needs_organisations(snapshot_options defaults = {}) const;
};

/// The leading columns naming an actor: code (COW code; empty when none), abbrev, name.
inline const std::vector<std::string> actor_columns{"code", "abbrev", "name"};
[[nodiscard]] std::vector<cell> actor_cells(const alliance_network& net, actor_id id);

/// Adds a note when no source covers the day, so an empty answer is not read as "no tie".
void note_coverage(const alliance_network& net, day_number day, report& r);

/// A subcommand with the global options attached and unknown options passed to the parent.
CLI::App* add_subcommand(CLI::App& app, context& ctx, const std::string& name, const std::string& description);

/// A message naming the first word of the command line that should be a subcommand and is not
/// one (skipping the global options and their values); nothing when there is none.
[[nodiscard]] std::optional<std::string> unknown_subcommand(const CLI::App& app, int argc, char** argv);

/// One adder per subcommand, defined in the file of that name.
void add_info(CLI::App& app, context& ctx);
void add_members(CLI::App& app, context& ctx);
void add_ties(CLI::App& app, context& ctx);
void add_diff(CLI::App& app, context& ctx);
void add_snapshot(CLI::App& app, context& ctx);
void add_centrality(CLI::App& app, context& ctx);
void add_path(CLI::App& app, context& ctx);
void add_cascade(CLI::App& app, context& ctx);
void add_blocs(CLI::App& app, context& ctx);
void add_balance(CLI::App& app, context& ctx);
void add_stats(CLI::App& app, context& ctx);
void add_similarity(CLI::App& app, context& ctx);
void add_export(CLI::App& app, context& ctx);
void add_render(CLI::App& app, context& ctx);
void add_import(CLI::App& app, context& ctx);
void add_states(CLI::App& app, context& ctx);
void add_dyads(CLI::App& app, context& ctx);

}  // namespace pactgraph::cli
