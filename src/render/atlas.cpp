// write_atlas: checks the span, then gathers the timeline, the layout, the yearly series and the styles
// of the diagrams into the data of one page.
#include "pactgraph/render/atlas.hpp"

#include <algorithm>
#include <cmath>

#include "atlas_parts.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/render/style.hpp"

namespace pactgraph::render {

namespace {

std::string day_text(day_number day) { return date::from_days(day).to_string(); }

/// The tie styles of the diagrams, in their drawing priority, and the style of a tie that pledges nothing.
nlohmann::json styles() {
  auto out = nlohmann::json::array();
  auto entry = [](tie_kind kinds, const tie_style& s) {
    return nlohmann::json{{"k", static_cast<unsigned>(kinds)}, {"c", s.colour}, {"l", s.line}, {"w", s.width}, {"t", s.legend}};
  };
  for (const auto& [kinds, style] : tie_styles) out.push_back(entry(kinds, style));
  out.push_back(entry(tie_kind::none, style_of(tie_kind::none)));
  return out;
}

/// The page's toggles: the groups of kinds the atlas has ties of; alliance ties are shown on opening.
nlohmann::json groups(const alliance_network& net, const detail::atlas_timeline& timeline) {
  struct group {
    const char* name;
    tie_kind kinds;
  };
  static constexpr group all[] = {{"alliances", tie_kind::alliance},
                                  {"memberships", tie_kind::membership},
                                  {"cooperation", tie_kind::cooperation},
                                  {"hostile ties", tie_kind::hostile}};
  tie_kind carried = tie_kind::none;
  for (const tie_id id : timeline.ties) carried |= net[id].kinds();
  auto out = nlohmann::json::array();
  const bool has_alliances = any_of(carried, tie_kind::alliance);
  for (const auto& g : all)
    if (any_of(carried, g.kinds))
      out.push_back({{"name", g.name}, {"k", static_cast<unsigned>(g.kinds)},
                     {"on", g.kinds == tie_kind::alliance || !has_alliances}});
  return out;
}

nlohmann::json kind_names() {
  auto out = nlohmann::json::array();
  for (const auto& [kind, name] : tie_kind_names) out.push_back({static_cast<unsigned>(kind), name});
  return out;
}

void check_span(const alliance_network& net, const atlas_options& options) {
  if (options.from > options.to)
    throw usage_error("the span " + day_text(options.from) + " to " + day_text(options.to) + " is empty");
  day_number first = open_end;
  day_number last = 0;
  bool any = false;
  for (const source& s : net.sources()) {
    first = std::min(first, s.first.first_day());
    last = any ? std::max(last, s.last.last_day()) : s.last.last_day();
    any = true;
  }
  if (!any || options.to < first || options.from > last)
    throw usage_error("the span " + day_text(options.from) + " to " + day_text(options.to) + " is outside the data" +
                      (any ? " (" + day_text(first) + " to " + day_text(last) + ")" : ""));
}

}  // namespace

std::string write_atlas(const alliance_network& net, const atlas_options& options) {
  check_span(net, options);
  const auto timeline = detail::build_atlas_timeline(net, options);
  const auto positions = detail::lay_out_atlas(net, timeline);
  nlohmann::json data = timeline.json;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    data["actors"][i]["x"] = std::round(positions[i].first);
    data["actors"][i]["y"] = std::round(positions[i].second);
  }
  data["title"] = options.title;
  data["span"] = {options.from, options.to};
  data["styles"] = styles();
  data["groups"] = groups(net, timeline);
  data["kindNames"] = kind_names();
  data["series"] = detail::build_atlas_series(net, options, timeline);
  std::string citations;
  for (const source& s : net.sources()) citations += (citations.empty() ? "" : "\n") + s.citation;
  data["sources"] = citations;
  return detail::assemble_atlas_page(options.title, data);
}

}  // namespace pactgraph::render
