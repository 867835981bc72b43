#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graphviz_bridge.hpp"
#include "pactgraph/render/dot.hpp"
#include "text_codec.hpp"

namespace pactgraph::render {
namespace {

using detail::dot_attributes;

/// Rebuilds a network from the records of a whole-network export, in the order they were written.
class dot_reader {
 public:
  dot_reader(const detail::dot_document& document, const std::string& name, const io::pact_limits& limits)
      : m_document(document), m_name(name), m_limits(limits) {}

  alliance_network build() {
    const source_location top{.file = m_name};
    if (value(m_document.graph, "pg_format") != "pactgraph-dot 1")
      throw data_error(top, "not a pactgraph DOT export: the graph has no pg_format=\"pactgraph-dot 1\"");
    if (const auto view = value(m_document.graph, "pg_view"); view != "network")
      throw data_error(top, "pg_view is '" + view + "': only a whole-network export holds the pact records to rebuild a network");

    for (const auto& s : m_document.subgraphs)
      if (const auto key = suffix(s.name, "source:")) add_source(*key, s);
    for (const auto& n : m_document.nodes) add_actor(n);
    for (const auto& s : m_document.subgraphs)
      if (const auto key = suffix(s.name, "pact:")) add_pact(*key, s);
    for (const auto& s : m_document.subgraphs)
      if (suffix(s.name, "membership:")) add_membership(s);

    std::size_t ties = 0;
    for (const auto& e : m_document.edges)
      if (e.attributes.contains("pg_pact") || e.attributes.contains("pg_membership")) ++ties;
    if (ties != m_net.tie_count())
      throw data_error(top, "the DOT has " + std::to_string(ties) + " tie edges but its records give " +
                                std::to_string(m_net.tie_count()));
    return std::move(m_net);
  }

 private:
  static std::optional<std::string_view> suffix(std::string_view text, std::string_view prefix) {
    if (text.substr(0, prefix.size()) != prefix) return std::nullopt;
    return text.substr(prefix.size());
  }
  /// The attribute's value, empty when missing; a reference into the document, so views of it stay valid.
  static const std::string& value(const dot_attributes& attributes, const std::string& key) {
    static const std::string missing;
    const auto it = attributes.find(key);
    return it == attributes.end() ? missing : it->second;
  }

  source_location at(std::string what) const { return {.file = m_name, .line = 0, .column = 0, .pointer = std::move(what)}; }

  std::string text(std::string_view encoded, const source_location& where) const {
    if (auto plain = detail::decode(encoded)) return *plain;
    throw data_error(where, "bad percent escape in '" + std::string(encoded) + "'");
  }
  date parse_date(std::string_view text, const source_location& where) const {
    if (auto d = date::parse(text)) return *d;
    throw data_error(where, "bad date '" + std::string(text) + "'");
  }
  spell parse_spell(std::string_view begin, std::string_view end, const source_location& where) const {
    const date first = parse_date(begin, where);
    if (end.empty()) return spell::between(first);
    return spell::between(first, parse_date(end, where));
  }
  int parse_int(std::string_view text, const source_location& where) const {
    int out = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc{} || ptr != text.data() + text.size() || text.empty())
      throw data_error(where, "bad number '" + std::string(text) + "'");
    return out;
  }
  tie_kind parse_kinds(std::string_view text, const source_location& where) const {
    tie_kind out = tie_kind::none;
    for (const auto name : detail::split(text, '+')) {
      const auto kind = tie_kind_from_name(name);
      if (!kind) throw data_error(where, "unknown tie kind '" + std::string(name) + "'");
      out |= *kind;
    }
    return out;
  }
  source_id source_named(std::string_view encoded, const source_location& where) const {
    if (encoded.empty()) return source_id{};
    const std::string key = text(encoded, where);
    if (auto id = m_net.find_source(key)) return *id;
    throw data_error(where, "unknown source '" + key + "'");
  }
  actor_id actor_named(std::string_view encoded, const source_location& where) const {
    const std::string key = text(encoded, where);
    if (const auto it = m_actors.find(key); it != m_actors.end()) return it->second;
    throw data_error(where, "unknown actor '" + key + "'");
  }
  static std::vector<std::string_view> fields(std::string_view item, std::size_t count, const source_location& where) {
    auto out = detail::split(item, '|');
    if (out.size() != count)
      throw data_error(where, "expected " + std::to_string(count) + " '|'-separated fields in '" + std::string(item) + "'");
    return out;
  }

  void add_source(std::string_view key, const detail::dot_subgraph& s) {
    const auto where = at("subgraph " + s.name);
    m_net.add_source({.key = text(key, where),
                      .citation = text(value(s.attributes, "pg_citation"), where),
                      .first = parse_date(value(s.attributes, "pg_first"), where),
                      .last = parse_date(value(s.attributes, "pg_last"), where)},
                     where);
  }

  void add_actor(const detail::dot_node& n) {
    const auto where = at("node " + n.name);
    actor a;
    const auto kind = value(n.attributes, "pg_kind");
    if (kind == "organisation") {
      a.kind = actor_kind::organisation;
    } else if (kind != "state") {
      throw data_error(where, "pg_kind is '" + kind + "', not state or organisation");
    }
    // A leading backslash marks an id that would otherwise begin with `%` (see dot_writer.cpp).
    a.abbreviation = text(n.name.starts_with('\\') ? std::string_view(n.name).substr(1) : std::string_view(n.name), where);
    a.name = text(value(n.attributes, "pg_name"), where);
    if (const auto cow = value(n.attributes, "pg_cow"); !cow.empty()) a.cow_code = parse_int(cow, where);
    for (const auto item : detail::split(value(n.attributes, "pg_spells"), ';')) {
      const auto f = fields(item, 3, where);
      a.spells.push_back({parse_spell(f[0], f[1], where), source_named(f[2], where)});
    }
    a.note = text(value(n.attributes, "pg_note"), where);
    const std::string key = a.abbreviation;
    m_actors.emplace(key, m_net.add_actor(std::move(a), where));
  }

  void add_pact(std::string_view key, const detail::dot_subgraph& s) {
    const auto where = at("subgraph " + s.name);
    pact p;
    p.key = text(key, where);
    p.name = text(value(s.attributes, "pg_name"), where);
    if (const auto signed_on = value(s.attributes, "pg_signed"); !signed_on.empty()) p.signed_on = parse_date(signed_on, where);
    if (const auto atop = value(s.attributes, "pg_atop"); !atop.empty()) p.atop_id = parse_int(atop, where);
    if (const auto asymmetric = value(s.attributes, "pg_asymmetric"); !asymmetric.empty()) {
      if (asymmetric != "1") throw data_error(where, "pg_asymmetric: expected 1, found '" + std::string(asymmetric) + "'");
      p.asymmetric = true;
    }
    p.source = source_named(value(s.attributes, "pg_source"), where);
    p.note = text(value(s.attributes, "pg_note"), where);
    const std::string what = "pact '" + p.key + "'";
    std::size_t spells = 0;
    for (const auto item : detail::split(value(s.attributes, "pg_members"), ';')) {
      auto f = detail::split(item, '|');
      const actor_id who = actor_named(f.empty() ? std::string_view() : f[0], where);
      // A member's spells are written in a row; a new abbreviation starts a new member.
      if (p.members.empty() || p.members.back().actor != who) p.members.push_back({.actor = who, .spells = {}});
      if (f.size() == 1) continue;
      // Refused before add_pact builds the ties, which grow with the square of the spells.
      if (++spells > m_limits.max_member_spells)
        throw parse_error(where, what + ": expected at most " + std::to_string(m_limits.max_member_spells) +
                                     " member spells");
      const bool varies = item.ends_with("|obvary");
      f = fields(varies ? item.substr(0, item.size() - 7) : item, 5, where);
      const int phase = parse_int(f[4], where);
      if (phase < 0 || phase > 65535) throw data_error(where, "phase " + std::string(f[4]) + " is out of range");
      p.members.back().spells.push_back({.when = parse_spell(f[1], f[2], where),
                                         .pledges = parse_kinds(f[3], where),
                                         .phase = static_cast<std::uint16_t>(phase),
                                         .pledges_vary = varies});
    }
    m_net.add_pact(std::move(p), where);
    io::check_tie_count(m_net.tie_count(), m_limits, where, what);
  }

  void add_membership(const detail::dot_subgraph& s) {
    const auto where = at("subgraph " + s.name);
    membership m{.member = actor_named(value(s.attributes, "pg_member"), where),
                 .organisation = actor_named(value(s.attributes, "pg_organisation"), where),
                 .spells = {}};
    for (const auto item : detail::split(value(s.attributes, "pg_spells"), ';')) {
      const auto f = fields(item, 4, where);
      const auto status = membership_status_from_name(f[2]);
      if (!status) throw data_error(where, "unknown membership status '" + std::string(f[2]) + "'");
      m.spells.push_back({.when = parse_spell(f[0], f[1], where), .status = *status, .source = source_named(f[3], where)});
    }
    m_net.add_membership(std::move(m), where);
  }

  const detail::dot_document& m_document;
  const std::string& m_name;
  io::pact_limits m_limits;
  alliance_network m_net;
  std::unordered_map<std::string, actor_id> m_actors;  ///< by exact abbreviation
};

}  // namespace

alliance_network read_dot(std::string_view text, const std::string& name, const io::pact_limits& limits) {
  const auto document = detail::read_document(text, name);
  return dot_reader(document, name, limits).build();
}

}  // namespace pactgraph::render
