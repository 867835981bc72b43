#include "pactgraph/query/parse.hpp"

#include <cctype>
#include <charconv>
#include <optional>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/query/names.hpp"

namespace pactgraph::query {

day_number parse_day(std::string_view text, std::string_view option) {
  const auto d = date::parse(text);
  if (!d)
    throw usage_error(std::string(option) + ": bad date '" + std::string(text) +
                      "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  return d->last_day();
}

day_number parse_first_day(std::string_view text, std::string_view option) {
  const auto d = date::parse(text);
  if (!d)
    throw usage_error(std::string(option) + ": expected YYYY, YYYY-MM or YYYY-MM-DD, found '" + std::string(text) + "'");
  return d->first_day();
}

day_number default_day() { return io::seed_date.last_day(); }

year_span parse_years(std::string_view text) {
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
  // The command's spellings beside the library's names: US spellings and short forms.
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

edge_length parse_edge_length(std::string_view text, std::string_view option) {
  if (text == "hops") return edge_length::hops;
  if (text == "multiplicity") return edge_length::multiplicity;
  if (text == "inverse_multiplicity") return edge_length::inverse_multiplicity;
  throw usage_error(std::string(option) + ": expected hops, multiplicity or inverse_multiplicity, not '" +
                    std::string(text) + "'");
}

actor_kind parse_actor_kinds(std::string_view text) {
  if (text == "states" || text == "state") return actor_kind::state;
  if (text == "organisations" || text == "organisation" || text == "organizations" || text == "organization")
    return actor_kind::organisation;
  if (text == "any" || text == "all") return actor_kind::any;
  throw usage_error("--actors: expected states, organisations or any, not '" + std::string(text) + "'");
}

snapshot_options view_options(std::string_view kinds, std::string_view actors, snapshot_options defaults) {
  snapshot_options o = defaults;
  if (!kinds.empty()) {
    o.kinds = parse_kinds(kinds);
    if (any_of(o.kinds, tie_kind::membership) && actors.empty()) o.actors = actor_kind::any;
  }
  if (!actors.empty()) o.actors = parse_actor_kinds(actors);
  return o;
}

bool needs_organisations(const snapshot_options& o) {
  return any_of(o.kinds, tie_kind::membership) || includes(o.actors, actor_kind::organisation);
}

std::string day_text(day_number day) { return date::from_days(day).to_string(); }

}  // namespace pactgraph::query
