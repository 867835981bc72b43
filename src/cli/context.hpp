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

/// A query date: YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its last day (a year alone is
/// 31 December). Throws usage_error naming the option.
[[nodiscard]] day_number parse_day(std::string_view text, std::string_view option);
/// `Y1:Y2` (or one year) as the pair of years; throws usage_error.
[[nodiscard]] std::pair<int, int> parse_years(std::string_view text);
/// A comma-separated list of kind names (docs/cli.md lists them); throws usage_error with suggestions.
[[nodiscard]] tie_kind parse_kinds(std::string_view text);
/// states, organisations or any; throws usage_error.
[[nodiscard]] actor_kind parse_actor_kinds(std::string_view text);
/// ISO text of a day.
[[nodiscard]] std::string day_text(day_number day);

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

/// A pact's name, or its key when it has none (ATOP pacts are unnamed: `atop-3470`).
[[nodiscard]] std::string pact_label(const alliance_network& net, pact_id p);

/// What a tie stands on: its pact's name, or "membership of ORG".
[[nodiscard]] std::string tie_origin(const alliance_network& net, const tie& t);

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
void add_atlas(CLI::App& app, context& ctx);

}  // namespace pactgraph::cli
