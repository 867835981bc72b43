#include "pactgraph/io/json_dataset.hpp"

#include <fstream>
#include <initializer_list>
#include <iterator>
#include <sstream>
#include <system_error>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "pactgraph/io/atomic_file.hpp"

namespace pactgraph::io {
namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

constexpr std::string_view format_name = "pactgraph-dataset";
constexpr int format_version = 1;
// Datasets nest six levels deep; anything far deeper is hostile input, refused before it costs memory.
constexpr std::size_t max_depth = 32;

/// Line and column (1-based) of a byte offset in `text`.
source_location locate(const std::string& file, std::string_view text, std::size_t offset) {
  source_location where{.file = file, .line = 1, .column = 1, .pointer = {}};
  offset = std::min(offset, text.size());
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

/// The first offset outside JSON strings (quotes included) at which `found(offset)` is true, or npos.
template <class Found>
std::size_t first_outside_strings(std::string_view text, Found found) {
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (found(i)) {
      return i;
    }
  }
  return std::string_view::npos;
}

/// The offset of the first '[' or '{' (outside strings) nested deeper than `limit`, or npos.
std::size_t too_deep_at(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  return first_outside_strings(text, [&](std::size_t i) {
    if (text[i] == '[' || text[i] == '{') return ++depth > limit;
    if ((text[i] == ']' || text[i] == '}') && depth > 0) --depth;
    return false;
  });
}

/// The offset where `number` first stands outside strings as a whole token, or npos: nlohmann reports
/// a number too large for a double ("1e999") without its position, and the first such token is it.
std::size_t number_at(std::string_view text, std::string_view number) {
  const auto part_of_number = [](char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  };
  return first_outside_strings(text, [&](std::size_t i) {
    return text.substr(i, number.size()) == number && (i == 0 || !part_of_number(text[i - 1])) &&
           (i + number.size() == text.size() || !part_of_number(text[i + number.size()]));
  });
}

/// Reads one JSON document into a fresh network, checking every field it meets.
class dataset_reader {
 public:
  dataset_reader(std::string file, const pact_limits& limits) : m_file(std::move(file)), m_limits(limits) {}

  alliance_network read(const json& root) {
    expect_object(root, "");
    check_keys(root, "", {"format", "version", "sources", "actors", "pacts", "memberships"});
    if (text(field(root, "format", ""), "/format") != format_name)
      fail("/format", "expected \"" + std::string(format_name) + "\"");
    if (integer(field(root, "version", ""), "/version") != format_version)
      fail("/version", "unsupported version, expected " + std::to_string(format_version));
    for_each(root, "sources", [&](const json& j, const std::string& at) { read_source(j, at); });
    for_each(root, "actors", [&](const json& j, const std::string& at) { read_actor(j, at); });
    for_each(root, "pacts", [&](const json& j, const std::string& at) { read_pact(j, at); });
    for_each(root, "memberships", [&](const json& j, const std::string& at) { read_membership(j, at); });
    return std::move(m_net);
  }

 private:
  [[noreturn]] void fail(const std::string& pointer, const std::string& message) const {
    throw data_error(source_location{.file = m_file, .line = 0, .column = 0, .pointer = pointer.empty() ? "/" : pointer},
                     message);
  }
  source_location at(const std::string& pointer) const {
    return {.file = m_file, .line = 0, .column = 0, .pointer = pointer};
  }

  static std::string type_name(const json& j) { return j.type_name(); }

  void expect_object(const json& j, const std::string& pointer) const {
    if (!j.is_object()) fail(pointer, "expected an object, found " + type_name(j));
  }
  void check_keys(const json& j, const std::string& pointer, std::initializer_list<std::string_view> allowed) const {
    for (const auto& item : j.items()) {
      bool known = false;
      for (const auto key : allowed) known = known || item.key() == key;
      if (!known) fail(pointer + "/" + item.key(), "unexpected key '" + item.key() + "'");
    }
  }
  const json& field(const json& j, const char* key, const std::string& pointer) const {
    const auto it = j.find(key);
    if (it == j.end()) fail(pointer, std::string("missing key '") + key + "'");
    return *it;
  }
  const json* optional_field(const json& j, const char* key) const {
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
  }
  std::string text(const json& j, const std::string& pointer) const {
    if (!j.is_string()) fail(pointer, "expected a string, found " + type_name(j));
    return j.get<std::string>();
  }
  std::int64_t integer(const json& j, const std::string& pointer) const {
    if (!j.is_number_integer()) fail(pointer, "expected an integer, found " + type_name(j));
    return j.get<std::int64_t>();
  }
  int small_integer(const json& j, const std::string& pointer, std::int64_t low, std::int64_t high) const {
    const auto value = integer(j, pointer);
    if (value < low || value > high)
      fail(pointer, "expected an integer from " + std::to_string(low) + " to " + std::to_string(high) + ", found " +
                        std::to_string(value));
    return static_cast<int>(value);
  }
  bool boolean(const json& j, const std::string& pointer) const {
    if (!j.is_boolean()) fail(pointer, "expected true or false");
    return j.get<bool>();
  }
  date day(const json& j, const std::string& pointer) const {
    const auto value = text(j, pointer);
    const auto parsed = date::parse(value);
    if (!parsed) fail(pointer, "invalid date '" + value + "', expected YYYY, YYYY-MM or YYYY-MM-DD");
    return *parsed;
  }
  std::string optional_text(const json& j, const char* key, const std::string& pointer) const {
    const json* f = optional_field(j, key);
    return f ? text(*f, pointer + "/" + key) : std::string();
  }

  template <class Each>
  void for_each(const json& j, const char* key, Each each) const {
    const json* list = optional_field(j, key);
    if (!list) return;
    const std::string pointer = "/" + std::string(key);
    if (!list->is_array()) fail(pointer, "expected an array, found " + type_name(*list));
    for (std::size_t i = 0; i < list->size(); ++i) each((*list)[i], pointer + "/" + std::to_string(i));
  }
  template <class Each>
  void for_each_in(const json& j, const char* key, const std::string& pointer, Each each) const {
    const json& list = field(j, key, pointer);
    const std::string here = pointer + "/" + key;
    if (!list.is_array()) fail(here, "expected an array, found " + type_name(list));
    for (std::size_t i = 0; i < list.size(); ++i) each(list[i], here + "/" + std::to_string(i));
  }

  spell read_spell(const json& j, const std::string& pointer) const {
    const date begin = day(field(j, "begin", pointer), pointer + "/begin");
    std::optional<date> end;
    if (const json* e = optional_field(j, "end")) end = day(*e, pointer + "/end");
    const spell s = spell::between(begin, end);
    if (s.is_reversed()) fail(pointer + "/end", "exit " + end->to_string() + " precedes entry " + begin.to_string());
    return s;
  }
  source_id read_source_ref(const json& j, const std::string& pointer) const {
    const json* f = optional_field(j, "source");
    if (!f) return source_id{};
    const auto key = text(*f, pointer + "/source");
    const auto id = m_net.find_source(key);
    if (!id) fail(pointer + "/source", "unknown source '" + key + "'");
    return *id;
  }
  actor_id actor_ref(const json& j, const char* key, const std::string& pointer) const {
    const std::string here = pointer + "/" + key;
    const auto name = text(field(j, key, pointer), here);
    const auto it = m_actor_ids.find(name);
    if (it == m_actor_ids.end()) fail(here, "unknown actor '" + name + "'");
    return it->second;
  }
  tie_kind pledges(const json& j, const std::string& pointer) const {
    if (!j.is_array()) fail(pointer, "expected an array of kinds, found " + type_name(j));
    tie_kind kinds = tie_kind::none;
    for (std::size_t i = 0; i < j.size(); ++i) {
      const auto name = text(j[i], pointer + "/" + std::to_string(i));
      const auto kind = tie_kind_from_name(name);
      if (!kind) fail(pointer + "/" + std::to_string(i), "unknown kind '" + name + "'");
      kinds |= *kind;
    }
    return kinds;
  }

  void read_source(const json& j, const std::string& pointer) {
    expect_object(j, pointer);
    check_keys(j, pointer, {"id", "citation", "first", "last"});
    source s{.key = text(field(j, "id", pointer), pointer + "/id"),
             .citation = optional_text(j, "citation", pointer),
             .first = day(field(j, "first", pointer), pointer + "/first"),
             .last = day(field(j, "last", pointer), pointer + "/last")};
    m_net.add_source(std::move(s), at(pointer));
  }

  void read_actor(const json& j, const std::string& pointer) {
    expect_object(j, pointer);
    check_keys(j, pointer, {"id", "kind", "name", "cow", "spells", "note"});
    actor a;
    a.abbreviation = text(field(j, "id", pointer), pointer + "/id");
    const auto kind = text(field(j, "kind", pointer), pointer + "/kind");
    if (kind == "state")
      a.kind = actor_kind::state;
    else if (kind == "organisation")
      a.kind = actor_kind::organisation;
    else
      fail(pointer + "/kind", "unknown actor kind '" + kind + "', expected \"state\" or \"organisation\"");
    a.name = optional_text(j, "name", pointer);
    if (const json* c = optional_field(j, "cow")) a.cow_code = small_integer(*c, pointer + "/cow", 0, 99999);
    a.note = optional_text(j, "note", pointer);
    if (optional_field(j, "spells"))
      for_each_in(j, "spells", pointer, [&](const json& s, const std::string& here) {
        expect_object(s, here);
        check_keys(s, here, {"begin", "end", "source"});
        a.spells.push_back({read_spell(s, here), read_source_ref(s, here)});
      });
    if (m_actor_ids.contains(a.abbreviation)) fail(pointer + "/id", "duplicate actor id '" + a.abbreviation + "'");
    const std::string key = a.abbreviation;
    m_actor_ids.emplace(key, m_net.add_actor(std::move(a), at(pointer)));
  }

  void read_pact(const json& j, const std::string& pointer) {
    expect_object(j, pointer);
    check_keys(j, pointer, {"id", "name", "signed", "atopid", "asymmetric", "source", "members", "note"});
    pact p;
    p.key = text(field(j, "id", pointer), pointer + "/id");
    p.name = optional_text(j, "name", pointer);
    if (const json* s = optional_field(j, "signed")) p.signed_on = day(*s, pointer + "/signed");
    if (const json* a = optional_field(j, "atopid")) p.atop_id = small_integer(*a, pointer + "/atopid", 0, 999999);
    if (const json* a = optional_field(j, "asymmetric")) p.asymmetric = boolean(*a, pointer + "/asymmetric");
    p.source = read_source_ref(j, pointer);
    p.note = optional_text(j, "note", pointer);
    const std::string what = "pact '" + p.key + "'";
    std::size_t spells = 0;
    for_each_in(j, "members", pointer, [&](const json& m, const std::string& here) {
      expect_object(m, here);
      check_keys(m, here, {"actor", "spells"});
      pact_member member{.actor = actor_ref(m, "actor", here), .spells = {}};
      for_each_in(m, "spells", here, [&](const json& s, const std::string& at_spell) {
        if (++spells > m_limits.max_member_spells)
          throw parse_error(at(at_spell), what + ": expected at most " + std::to_string(m_limits.max_member_spells) +
                                              " member spells");
        expect_object(s, at_spell);
        check_keys(s, at_spell, {"begin", "end", "pledges", "phase", "obvary"});
        member_spell ms{.when = read_spell(s, at_spell),
                        .pledges = pledges(field(s, "pledges", at_spell), at_spell + "/pledges"),
                        .phase = 0};
        if (const json* ph = optional_field(s, "phase"))
          ms.phase = static_cast<std::uint16_t>(small_integer(*ph, at_spell + "/phase", 0, 65535));
        if (const json* v = optional_field(s, "obvary")) ms.pledges_vary = boolean(*v, at_spell + "/obvary");
        member.spells.push_back(ms);
      });
      p.members.push_back(std::move(member));
    });
    m_net.add_pact(std::move(p), at(pointer));
    check_tie_count(m_net.tie_count(), m_limits, at(pointer), what);
  }

  void read_membership(const json& j, const std::string& pointer) {
    expect_object(j, pointer);
    check_keys(j, pointer, {"member", "organisation", "spells"});
    membership m{.member = actor_ref(j, "member", pointer),
                 .organisation = actor_ref(j, "organisation", pointer),
                 .spells = {}};
    for_each_in(j, "spells", pointer, [&](const json& s, const std::string& here) {
      expect_object(s, here);
      check_keys(s, here, {"begin", "end", "status", "source"});
      membership_spell ms{.when = read_spell(s, here), .status = membership_status::full, .source = read_source_ref(s, here)};
      if (const json* st = optional_field(s, "status")) {
        const auto name = text(*st, here + "/status");
        const auto status = membership_status_from_name(name);
        if (!status)
          fail(here + "/status", "unknown status '" + name + "', expected full, associate, observer or suspended");
        ms.status = *status;
      }
      m.spells.push_back(ms);
    });
    m_net.add_membership(std::move(m), at(pointer));
  }

  std::string m_file;
  pact_limits m_limits;
  alliance_network m_net;
  std::unordered_map<std::string, actor_id> m_actor_ids;
};

ordered_json spell_json(const spell& s) {
  ordered_json j;
  j["begin"] = s.begin_date().to_string();
  if (const auto end = s.end_date()) j["end"] = end->to_string();
  return j;
}

ordered_json kinds_json(tie_kind kinds) {
  ordered_json list = ordered_json::array();
  for (const auto& [kind, name] : tie_kind_names)
    if (any_of(kinds, kind)) list.push_back(name);
  return list;
}

}  // namespace

alliance_network read_dataset(std::string_view text, const std::string& name, const pact_limits& limits) {
  json root;
  try {
    // The callback sees every container as it opens, so a hostile document is refused before it grows.
    // `depth` counts the containers around the one opening: the outermost opens at depth 0, level 1.
    root = json::parse(text, [&](int depth, json::parse_event_t event, json&) {
      const bool opens = event == json::parse_event_t::object_start || event == json::parse_event_t::array_start;
      if (opens && static_cast<std::size_t>(depth) + 1 > max_depth) throw std::length_error("nesting");
      return true;
    });
  } catch (const json::parse_error& e) {
    std::string message = e.what();
    // nlohmann says "[json.exception.parse_error.101] parse error at line L, column C: detail"; keep the detail.
    if (const auto column = message.find("column "); column != std::string::npos)
      if (const auto colon = message.find(": ", column); colon != std::string::npos) message = message.substr(colon + 2);
    throw parse_error(locate(name, text, e.byte == 0 ? 0 : e.byte - 1), "malformed JSON: " + message);
  } catch (const json::out_of_range& e) {
    // Parsing throws this only for "[json.exception.out_of_range.406] number overflow parsing '1e999'".
    const std::string what = e.what();
    const std::string message = what.substr(what.find("] ") + 2);
    const std::size_t open = message.find('\''), close = message.rfind('\'');
    const std::string number = open < close ? message.substr(open + 1, close - open - 1) : std::string();
    throw parse_error(locate(name, text, number_at(text, number)), "malformed JSON: " + message);
  } catch (const std::length_error&) {
    // The parser does not say where it was; the bracket that went one level too deep is the place.
    throw parse_error(locate(name, text, too_deep_at(text, max_depth)),
                      "JSON nested deeper than " + std::to_string(max_depth) + " levels");
  }
  return dataset_reader(name, limits).read(root);
}

alliance_network read_dataset_file(const std::filesystem::path& path, const pact_limits& limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw data_error(source_location{.file = path.string(), .line = 0, .column = 0, .pointer = {}}, "cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return read_dataset(buffer.str(), path.string(), limits);
}

std::string write_dataset(const alliance_network& net) {
  ordered_json root;
  root["format"] = format_name;
  root["version"] = format_version;
  auto source_key = [&](source_id id) { return net[id].key; };

  ordered_json sources = ordered_json::array();
  for (const auto& s : net.sources()) {
    ordered_json j;
    j["id"] = s.key;
    if (!s.citation.empty()) j["citation"] = s.citation;
    j["first"] = s.first.to_string();
    j["last"] = s.last.to_string();
    sources.push_back(std::move(j));
  }
  root["sources"] = std::move(sources);

  ordered_json actors = ordered_json::array();
  for (const auto& a : net.actors()) {
    ordered_json j;
    j["id"] = a.abbreviation;
    j["kind"] = a.kind == actor_kind::state ? "state" : "organisation";
    if (!a.name.empty()) j["name"] = a.name;
    if (a.cow_code) j["cow"] = *a.cow_code;
    if (!a.spells.empty()) {
      ordered_json spells = ordered_json::array();
      for (const auto& s : a.spells) {
        ordered_json sj = spell_json(s.when);
        if (s.source.valid()) sj["source"] = source_key(s.source);
        spells.push_back(std::move(sj));
      }
      j["spells"] = std::move(spells);
    }
    if (!a.note.empty()) j["note"] = a.note;
    actors.push_back(std::move(j));
  }
  root["actors"] = std::move(actors);

  ordered_json pacts = ordered_json::array();
  for (const auto& p : net.pacts()) {
    ordered_json j;
    j["id"] = p.key;
    if (!p.name.empty()) j["name"] = p.name;
    if (p.signed_on) j["signed"] = p.signed_on->to_string();
    if (p.atop_id) j["atopid"] = *p.atop_id;
    if (p.asymmetric) j["asymmetric"] = true;
    if (p.source.valid()) j["source"] = source_key(p.source);
    ordered_json members = ordered_json::array();
    for (const auto& m : p.members) {
      ordered_json mj;
      mj["actor"] = net[m.actor].abbreviation;
      ordered_json spells = ordered_json::array();
      for (const auto& s : m.spells) {
        ordered_json sj = spell_json(s.when);
        sj["pledges"] = kinds_json(s.pledges);
        if (s.phase != 0) sj["phase"] = s.phase;
        if (s.pledges_vary) sj["obvary"] = true;
        spells.push_back(std::move(sj));
      }
      mj["spells"] = std::move(spells);
      members.push_back(std::move(mj));
    }
    j["members"] = std::move(members);
    if (!p.note.empty()) j["note"] = p.note;
    pacts.push_back(std::move(j));
  }
  root["pacts"] = std::move(pacts);

  ordered_json memberships = ordered_json::array();
  for (const auto& m : net.memberships()) {
    ordered_json j;
    j["member"] = net[m.member].abbreviation;
    j["organisation"] = net[m.organisation].abbreviation;
    ordered_json spells = ordered_json::array();
    for (const auto& s : m.spells) {
      ordered_json sj = spell_json(s.when);
      sj["status"] = to_string(s.status);
      if (s.source.valid()) sj["source"] = source_key(s.source);
      spells.push_back(std::move(sj));
    }
    j["spells"] = std::move(spells);
    memberships.push_back(std::move(j));
  }
  root["memberships"] = std::move(memberships);

  return root.dump(2, ' ', false, ordered_json::error_handler_t::strict) + "\n";
}

void write_dataset_file(const alliance_network& net, const std::filesystem::path& path) {
  write_file_atomically(path, write_dataset(net));
}

}  // namespace pactgraph::io
