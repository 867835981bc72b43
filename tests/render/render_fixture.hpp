#pragma once

// Shared by the render tests: a network whose names break naive writers, a scratch folder,
// and a way to run the independent checkers (/usr/bin/python3, the dot command).

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "pactgraph/model/alliance_network.hpp"
#include "support.hpp"

namespace pactgraph::testing {

/// Actors, pacts and sources named with quotes, backslashes (one trailing), colons, DOT keywords,
/// empty names, non-ASCII, percent signs, list separators, newlines, HTML and Graphviz escapes.
inline alliance_network hostile_names_network() {
  alliance_network net;
  const source_id src = net.add_source({.key = "src;|%\"\\",
                                        .citation = "a \"quoted\" source; with\\backslashes\\",
                                        .first = date(1900, 1, 1),
                                        .last = date(2020, 12, 31)});
  auto state = [&](std::string abbreviation, std::string name, std::optional<int> cow = std::nullopt) {
    return net.add_actor({.kind = actor_kind::state,
                          .abbreviation = std::move(abbreviation),
                          .name = std::move(name),
                          .cow_code = cow,
                          .spells = {{spell::between(date(1960, 8, 7)), src}},
                          .note = {}});
  };
  const actor_id quote = state("Q\"T", "He said \"no\"", 1);
  const actor_id slash = state("B\\S\\", "back\\slash\\", 2);
  const actor_id colon = state("a:b", "port:colon:x");
  const actor_id node = state("node", "edge");
  const actor_id graph = state("graph", "strict");
  const actor_id strict = state("strict", "");
  const actor_id civ = state("CIV", "Côte d'Ivoire", 437);
  const actor_id tur = state("TUR", "Türkiye", 640);
  const actor_id percent = state("%25", "50% & <b>tags</b>");
  const actor_id separators = state("semi;colon|pipe", "line one\nline two\ttab");
  const actor_id escapes = state("-1.5", "\\N \\G \\L \\n");
  const actor_id org = net.add_actor({.kind = actor_kind::organisation,
                                      .abbreviation = "subgraph",
                                      .name = "<>",
                                      .cow_code = std::nullopt,
                                      .spells = {},
                                      .note = "note with \\ and \"quotes\" and ; and |"});
  auto spell_of = [](std::string begin, std::string end = {}) {
    return spell::between(*date::parse(begin), end.empty() ? std::nullopt : date::parse(end));
  };
  net.add_pact({.key = "pact \"one\"",
                .name = "defence: \"quoted\" \\",
                .signed_on = date(1990, 5, 1),
                .atop_id = 9999,
                .source = src,
                .members = {{quote, {{spell_of("1990-05"), tie_kind::defence | tie_kind::consultation, 1}}},
                            {slash, {{spell_of("1990-05-01", "1995"), tie_kind::defence, 1},
                                     {spell_of("2000"), tie_kind::defence, 2}}},
                            {colon, {{spell_of("1991-02-03"), tie_kind::non_aggression, 0}}},
                            {civ, {{spell_of("1992"), tie_kind::neutrality, 0}}}},
                .note = "ends in a backslash\\"});
  net.add_pact({.key = "p\\",
                .name = "",
                .signed_on = std::nullopt,
                .atop_id = std::nullopt,
                .source = source_id{},
                .members = {{node, {{spell_of("2001-01-01"), tie_kind::basing, 0}}},
                            {graph, {{spell_of("2001-01-01", "2010-06"), tie_kind::none, 0}}},
                            {strict, {}},
                            {tur, {{spell_of("2005-03-04"), tie_kind::intelligence_sharing, 0}}}},
                .note = {}});
  net.add_pact({.key = "embargo;|%",
                .name = "Türkiye's embargo on Côte d'Ivoire",
                .signed_on = date(2003, 1, 1),
                .atop_id = std::nullopt,
                .source = src,
                .members = {{tur, {{spell_of("2003-01-01"), tie_kind::sanction, 0}}},
                            {civ, {{spell_of("2003-01-01"), tie_kind::none, 0}}},
                            {percent, {{spell_of("2003-01-01"), tie_kind::rivalry, 0}}}},
                .note = {}});
  net.add_pact({.key = "lonely",
                .name = "one member only",
                .signed_on = std::nullopt,
                .atop_id = std::nullopt,
                .source = src,
                .members = {{separators, {{spell_of("1999-12"), tie_kind::offence, 3}}}},
                .note = {}});
  net.add_membership({.member = escapes, .organisation = org,
                      .spells = {{spell_of("1995-01-01", "1998-01-01"), membership_status::observer, src},
                                 {spell_of("2002-01-01"), membership_status::full, source_id{}}}});
  net.add_membership({.member = quote, .organisation = org, .spells = {}});
  net.add_membership({.member = separators, .organisation = org,
                      .spells = {{spell_of("2004"), membership_status::associate, src}}});
  return net;
}

/// A fresh folder under the system's temporary folder, removed with its content at the end of the scope.
class scratch_folder {
 public:
  scratch_folder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pactgraph-render-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
  }
  scratch_folder(const scratch_folder&) = delete;
  scratch_folder& operator=(const scratch_folder&) = delete;
  ~scratch_folder() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

/// What a command printed on stdout and how it exited.
struct command_result {
  std::string output;
  int status = -1;
};

inline command_result run_command(const std::string& command) {
  command_result out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.output.append(buffer.data(), n);
  out.status = ::pclose(pipe);
  return out;
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Runs a Python script with Debian's python3 (which has networkx), passing `argument`.
inline command_result run_python(const scratch_folder& folder, const std::string& script, const std::string& argument) {
  const auto path = folder / "check.py";
  write_file(path, script);
  return run_command(std::string(PACTGRAPH_PYTHON) + " '" + path.string() + "' '" + argument + "'");
}

}  // namespace pactgraph::testing
