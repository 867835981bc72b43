#include "context.hpp"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <iostream>

#include "names.hpp"
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

day_number parse_day(std::string_view text, std::string_view option) {
  const auto d = date::parse(text);
  if (!d)
    throw usage_error(std::string(option) + ": bad date '" + std::string(text) +
                      "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  return d->last_day();
}

std::pair<int, int> parse_years(std::string_view text) {
  auto year = [&](std::string_view part) {
    int y = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), y);
    if (ec != std::errc{} || end != part.data() + part.size() || part.empty() || y < 1 || y > 9999)
      throw usage_error("--years: bad range '" + std::string(text) + "' (expected Y1:Y2, e.g. 1816:2018)");
    return y;
  };
  const auto colon = text.find(':');
  const int first = year(text.substr(0, colon));
  const int last = colon == std::string_view::npos ? first : year(text.substr(colon + 1));
  if (last < first) throw usage_error("--years: " + std::to_string(last) + " is before " + std::to_string(first));
  return {first, last};
}

tie_kind parse_kinds(std::string_view text) {
  // The CLI's spellings beside the library's names: US spellings and the short forms of the issue.
  static const std::vector<std::pair<std::string, tie_kind>> aliases{
      {"any", tie_kind::all},           {"defense", tie_kind::defence},
      {"offense", tie_kind::offence},   {"intelligence", tie_kind::intelligence_sharing},
      {"non-aggression", tie_kind::non_aggression}, {"nonaggression", tie_kind::non_aggression},
  };
  tie_kind out = tie_kind::none;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    std::string name(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::optional<tie_kind> kind = tie_kind_from_name(name);
    for (const auto& [alias, k] : aliases)
      if (alias == name) kind = k;
    if (!kind || name == "none") {
      std::vector<std::string> known;
      for (const auto& [k, n] : tie_kind_names) known.emplace_back(n);
      for (const auto& [alias, k] : aliases) known.push_back(alias);
      for (const char* group : {"alliance", "cooperation", "hostile", "all"}) known.emplace_back(group);
      throw usage_error("--kinds: unknown kind '" + name + "'" + suggestion_text(closest_matches(name, known)));
    }
    out |= *kind;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

actor_kind parse_actor_kinds(std::string_view text) {
  if (text == "states" || text == "state") return actor_kind::state;
  if (text == "organisations" || text == "organisation" || text == "organizations" || text == "organization")
    return actor_kind::organisation;
  if (text == "any" || text == "all") return actor_kind::any;
  throw usage_error("--actors: expected states, organisations or any, not '" + std::string(text) + "'");
}

std::string day_text(day_number day) { return date::from_days(day).to_string(); }

void view_choice::add_to(CLI::App& sub, bool filters) {
  sub.add_option("--at", at, "Date YYYY[-MM[-DD]] (a year alone: 31 December); default 2007-05-30");
  if (!filters) return;
  sub.add_option("--kinds", kinds, "Comma-separated tie kinds (default: alliance obligations)");
  sub.add_option("--actors", actors, "states (default), organisations or any");
}

day_number view_choice::day() const { return at.empty() ? io::seed_date.last_day() : parse_day(at, "--at"); }

snapshot_options view_choice::options(snapshot_options defaults) const {
  snapshot_options o = defaults;
  if (!kinds.empty()) {
    o.kinds = parse_kinds(kinds);
    if (any_of(o.kinds, tie_kind::membership) && actors.empty()) o.actors = actor_kind::any;
  }
  if (!actors.empty()) o.actors = parse_actor_kinds(actors);
  return o;
}

bool view_choice::needs_organisations(snapshot_options defaults) const {
  const snapshot_options o = options(defaults);
  return any_of(o.kinds, tie_kind::membership) || includes(o.actors, actor_kind::organisation);
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

std::string pact_label(const alliance_network& net, pact_id p) {
  return net[p].name.empty() ? net[p].key : net[p].name;
}

std::string tie_origin(const alliance_network& net, const tie& t) {
  if (!t.from_membership) return pact_label(net, t.pact());
  return "membership of " + net[net[t.membership()].organisation].abbreviation;
}

}  // namespace pactgraph::cli
