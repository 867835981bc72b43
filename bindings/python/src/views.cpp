// The kinds and actors of a view, named as the library names them.
#include "views.hpp"

#include <cctype>
#include <string_view>

#include "pactgraph/error.hpp"
#include "pactgraph/model/tie_kind.hpp"

namespace pactgraph::python {

namespace {

tie_kind kinds_named(std::string_view text) {
  tie_kind out = tie_kind::none;
  std::size_t start = 0;
  while (true) {
    const auto comma = text.find(',', start);
    std::string name(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto kind = name == "any" ? std::optional(tie_kind::all) : tie_kind_from_name(name);
    if (!kind || name == "none") throw usage_error("kinds: unknown kind '" + name + "'");
    out |= *kind;
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

actor_kind actors_named(std::string_view text) {
  if (text == "states" || text == "state") return actor_kind::state;
  if (text == "organisations" || text == "organisation" || text == "organizations" || text == "organization")
    return actor_kind::organisation;
  if (text == "any" || text == "all") return actor_kind::any;
  throw usage_error("actors: expected states, organisations or any, not '" + std::string(text) + "'");
}

}  // namespace

snapshot_options view_options(const std::optional<std::string>& kinds, const std::optional<std::string>& actors,
                              snapshot_options defaults) {
  snapshot_options o = defaults;
  if (kinds) {
    o.kinds = kinds_named(*kinds);
    if (any_of(o.kinds, tie_kind::membership) && !actors) o.actors = actor_kind::any;
  }
  if (actors) o.actors = actors_named(*actors);
  return o;
}

}  // namespace pactgraph::python
