#include "context.hpp"

#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "pactgraph/error.hpp"
#include "pactgraph/io/atomic_file.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/io/seed_scenario.hpp"

namespace pactgraph::cli {

const alliance_network& context::network(bool organisations) {
  if (m_network) return *m_network;
  if (!options.data_file.empty() && !options.data_dir.empty())
    throw usage_error("give --data or --data-dir, not both");
  if (!options.data_file.empty()) {
    m_network.emplace(io::read_dataset_file(options.data_file));
  } else if (!options.data_dir.empty()) {
    io::data_dir_options o;
    o.import.mode = options.lenient ? io::import_mode::lenient : io::import_mode::strict;
    if (!organisations) o.organisations.clear();
    auto loaded = io::load_data_dir_with_reports(options.data_dir, o);
    m_reports = std::move(loaded.reports);
    m_network.emplace(std::move(loaded.network));
  } else {
    m_network.emplace(io::seed_scenario());
  }
  return *m_network;
}

std::string context::data_description() const {
  if (!options.data_file.empty()) return options.data_file;
  if (!options.data_dir.empty()) return options.data_dir;
  return "built-in seed scenario";
}

output_format context::format() const {
  if (options.format == "csv") return output_format::csv;
  if (options.format == "json") return output_format::json;
  return output_format::table;
}

void context::emit(const report& r) const {
  // With CSV, notes would break the table, so they go to stderr.
  if (format() == output_format::csv)
    for (const auto& n : r.notes) warn(n);
  emit_text(format_report(r, format(), options.table));
}

void context::emit_text(const std::string& text) const {
  if (options.output.empty()) {
    std::cout << text << std::flush;
    return;
  }
  io::write_file_atomically(options.output, text);
}

void context::warn(const std::string& text) const { std::cerr << "pactgraph: note: " << text << '\n'; }

std::function<void(std::size_t, std::size_t)> context::progress(const std::string& label) const {
  if (options.quiet || ::isatty(STDERR_FILENO) == 0) return {};
  return [label](std::size_t done, std::size_t total) {
    std::cerr << '\r' << label << ' ' << done << '/' << total << std::flush;
    if (done == total) std::cerr << '\n';
  };
}

void add_global_options(CLI::App& app, global_options& options) {
  const std::string group = "Global options";
  app.add_option("--data", options.data_file, "Native JSON dataset to load")->group(group);
  app.add_option("--data-dir", options.data_dir,
                 "Data folder (atop_v5.1/, cow_states_v2016/, cow_igo_v3/; see docs/data.md)")
      ->group(group);
  app.add_option("--format", options.format, "Output format: table (default), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->group(group);
  app.add_option("-o,--output", options.output, "Write the result to FILE (atomically) instead of stdout")
      ->group(group);
  app.add_option("--table", options.table, "With --format csv, which table to write (default: the main one)")
      ->group(group);
  app.add_flag("-q,--quiet", options.quiet, "No progress on stderr")->group(group);
  app.add_flag("--lenient", options.lenient, "With --data-dir, skip bad rows (counted by `info`) instead of failing")
      ->group(group);
}

CLI::App* add_subcommand(CLI::App& app, context& ctx, const std::string& name, const std::string& description) {
  CLI::App* sub = app.add_subcommand(name, description);
  // Global options after the subcommand name belong to the main app.
  sub->fallthrough();
  (void)ctx;
  return sub;
}

std::optional<std::string> unknown_subcommand(const CLI::App& app, int argc, char** argv) {
  static const std::vector<std::string> with_value{"--data", "--data-dir", "--format", "-o", "--output", "--table"};
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word.starts_with("-")) {
      if (std::find(with_value.begin(), with_value.end(), word) != with_value.end()) ++i;
      continue;
    }
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    if (std::find(names.begin(), names.end(), word) != names.end()) return std::nullopt;
    return "unknown subcommand '" + word + "'" + suggestion_text(closest_matches(word, names));
  }
  return std::nullopt;
}

void view_choice::add_to(CLI::App& sub, bool filters) {
  sub.add_option("--at", at, "Date YYYY[-MM[-DD]] (a year alone: 31 December); default 2007-05-30");
  if (!filters) return;
  sub.add_option("--kinds", kinds, "Comma-separated tie kinds (default: alliance obligations)");
  sub.add_option("--actors", actors, "states (default), organisations or any");
}

day_number view_choice::day() const { return at.empty() ? query::default_day() : parse_day(at, "--at"); }

snapshot_options view_choice::options(snapshot_options defaults) const {
  return query::view_options(kinds, actors, defaults);
}

bool view_choice::needs_organisations(snapshot_options defaults) const {
  return query::needs_organisations(options(defaults));
}

std::vector<cell> actor_cells(const alliance_network& net, actor_id id) {
  const actor& a = net[id];
  cell code;
  if (a.cow_code) code = static_cast<std::int64_t>(*a.cow_code);
  return {code, a.abbreviation, a.name};
}

void note_coverage(const alliance_network& net, day_number day, report& r) {
  if (!net.covered(day))
    r.notes.push_back("no source of this dataset covers " + day_text(day) +
                      ": a missing tie there means \"outside the data\", not \"no tie\"");
}

}  // namespace pactgraph::cli
