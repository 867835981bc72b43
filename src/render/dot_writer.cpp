#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "graphviz_bridge.hpp"
#include "pactgraph/render/dot.hpp"
#include "pactgraph/render/style.hpp"
#include "pactgraph/temporal/members.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "records.hpp"
#include "text_codec.hpp"

namespace pactgraph::render {
namespace {

using detail::dot_attributes;
using detail::encode;
using detail::xml_escape;

constexpr std::string_view font = "DejaVu Sans";
constexpr std::size_t spline_limit = 400;

/// The DOT node id of an actor: its abbreviation, encoded. cgraph forgets the names of nodes read
/// with a leading `%` (its prefix for anonymous objects), so such an id gets a leading backslash,
/// which encoded text never has.
std::string node_id(const std::string& abbreviation) {
  std::string id = encode(abbreviation, true);
  return id.starts_with('%') ? "\\" + id : id;
}

void add_fields(dot_attributes& attributes, const std::vector<detail::field>& fields) {
  for (const auto& f : fields) attributes["pg_" + f.name] = f.text ? encode(f.value) : f.value;
}

/// "#rrggbb" between two colours, `t` in [0, 1].
std::string blend(std::string_view from, std::string_view to, double t) {
  auto channel = [](std::string_view hex, std::size_t at) { return std::stoi(std::string(hex.substr(at, 2)), nullptr, 16); };
  static constexpr char digits[] = "0123456789abcdef";
  std::string out = "#";
  for (std::size_t at = 1; at < 7; at += 2) {
    const double value = channel(from, at) + (channel(to, at) - channel(from, at)) * t;
    const int v = std::clamp(static_cast<int>(std::lround(value)), 0, 255);
    out += digits[v >> 4];
    out += digits[v & 0xf];
  }
  return out;
}

/// Which legend rows a drawing needs.
struct legend_use {
  std::vector<bool> ties = std::vector<bool>(tie_styles.size() + 1, false);  ///< last: no obligation
  bool states = false;
  bool organisations = false;

  void add(tie_kind kinds) {
    for (std::size_t i = 0; i < tie_styles.size(); ++i)
      if (any_of(kinds, tie_styles[i].first)) {
        ties[i] = true;
        return;
      }
    ties.back() = true;
  }
};

class dot_builder {
 public:
  dot_builder(const alliance_network& net, const dot_options& options) : m_net(net), m_options(options) {
    m_document.name = "pactgraph";
    m_document.graph["pg_format"] = "pactgraph-dot 1";
    for (const auto& [id, score] : options.scores) m_max_score = std::max(m_max_score, score);
    if (!options.styled) return;
    m_document.graph["fontname"] = std::string(font);
    m_document.graph["fontsize"] = "10";
    m_document.graph["overlap"] = "false";
    m_document.graph["outputorder"] = "edgesfirst";
    m_document.graph["pad"] = "0.2";
    m_document.graph["nodesep"] = "0.3";
    m_document.node_defaults = {{"fontname", std::string(font)}, {"fontsize", "11"}, {"style", "filled"},
                                {"color", "#4d4d4d"}, {"penwidth", "0.8"}, {"margin", "0.06,0.03"}};
    m_document.edge_defaults = {{"arrowsize", "0.7"}};
  }

  void set_view(std::string_view view, std::string date) {
    m_document.graph["pg_view"] = std::string(view);
    if (!date.empty()) m_document.graph["pg_date"] = std::move(date);
  }

  void add_actor(actor_id id) {
    const actor& a = m_net[id];
    detail::dot_node node{.name = node_id(a.abbreviation), .attributes = {}};
    add_fields(node.attributes, detail::actor_fields(m_net, a));
    if (m_options.styled) {
      const auto style = style_of(a.kind);
      (a.kind == actor_kind::organisation ? m_legend.organisations : m_legend.states) = true;
      std::string label = detail::html_label(a.name.empty() ? a.abbreviation : a.name);
      node.attributes["shape"] = std::string(style.shape);
      node.attributes["fillcolor"] = std::string(style.fill);
      if (a.kind == actor_kind::organisation) node.attributes["style"] = "filled,rounded";
      if (m_max_score > 0) {
        const auto it = m_options.scores.find(id);
        const double score = it == m_options.scores.end() ? 0.0 : it->second;
        const double share = std::clamp(score / m_max_score, 0.0, 1.0);
        node.attributes["fillcolor"] = blend("#ffffff", "#4a90d9", 0.15 + 0.85 * share);
        node.attributes["width"] = detail::format_number(0.6 + 1.4 * share);
        node.attributes["height"] = detail::format_number(0.4 + 0.6 * share);
        node.attributes["fontsize"] = detail::format_number(10 + 6 * share);
        label += "<BR/><FONT POINT-SIZE=\"8\">" + detail::format_number(score) + "</FONT>";
      }
      node.attributes["label"] = "<" + label + ">";
    }
    m_document.nodes.push_back(std::move(node));
  }

  void add_tie(const tie& t) {
    detail::dot_edge edge{.tail = node_id(m_net[t.a].abbreviation), .head = node_id(m_net[t.b].abbreviation), .attributes = {}};
    add_fields(edge.attributes, detail::tie_fields(m_net, t));
    if (m_options.styled) style_edge(edge.attributes, t.kinds(), t.pledges_a, t.pledges_b, 1, false);
    m_document.edges.push_back(std::move(edge));
  }

  void add_pair(const snapshot& snap, const snapshot_edge& e) {
    const actor_id u = snap.actor_at(e.u);
    const actor_id v = snap.actor_at(e.v);
    detail::dot_edge edge{.tail = node_id(m_net[u].abbreviation), .head = node_id(m_net[v].abbreviation), .attributes = {}};
    tie_kind by_u = tie_kind::none;
    tie_kind by_v = tie_kind::none;
    std::string origins;
    for (const tie_id id : snap.ties_of(e)) {
      const tie& t = m_net[id];
      by_u |= t.pledged_by(u);
      by_v |= t.pledged_by(v);
      if (!origins.empty()) origins += ';';
      origins += t.from_membership ? "membership:" + std::to_string(t.origin) : encode(m_net[t.pact()].key, true);
    }
    auto& attributes = edge.attributes;
    attributes["pg_ties"] = std::to_string(e.multiplicity);
    attributes["pg_origins"] = origins;
    attributes["pg_pledges_a"] = to_string(by_u);
    attributes["pg_pledges_b"] = to_string(by_v);
    attributes["pg_kinds"] = to_string(e.kinds);
    attributes["pg_sign"] = std::to_string(e.sign());
    if (m_options.styled) style_edge(attributes, e.kinds, by_u, by_v, e.multiplicity, e.sign() == 0);
    m_document.edges.push_back(std::move(edge));
  }

  void add_subgraph(detail::dot_subgraph subgraph) { m_document.subgraphs.push_back(std::move(subgraph)); }

  /// Records that make the export lossless: sources, pacts, memberships, each an attribute-only subgraph.
  void add_records() {
    for (const auto& s : m_net.sources())
      add_subgraph({.name = "source:" + encode(s.key),
                    .attributes = {{"pg_citation", encode(s.citation)},
                                   {"pg_first", s.first.to_string()},
                                   {"pg_last", s.last.to_string()}},
                    .nodes = {}});
    for (const auto& p : m_net.pacts()) {
      dot_attributes attributes{{"pg_members", detail::members_text(m_net, p)}};
      if (!p.name.empty()) attributes["pg_name"] = encode(p.name);
      if (p.signed_on) attributes["pg_signed"] = p.signed_on->to_string();
      if (p.atop_id) attributes["pg_atop"] = std::to_string(*p.atop_id);
      if (p.asymmetric) attributes["pg_asymmetric"] = "1";
      if (p.source.valid()) attributes["pg_source"] = encode(m_net[p.source].key, true);
      if (!p.note.empty()) attributes["pg_note"] = encode(p.note);
      add_subgraph({.name = "pact:" + encode(p.key), .attributes = std::move(attributes), .nodes = {}});
    }
    const auto memberships = m_net.memberships();
    for (std::size_t i = 0; i < memberships.size(); ++i) {
      const membership& m = memberships[i];
      add_subgraph({.name = "membership:" + std::to_string(i),
                    .attributes = {{"pg_member", encode(m_net[m.member].abbreviation, true)},
                                   {"pg_organisation", encode(m_net[m.organisation].abbreviation, true)},
                                   {"pg_spells", detail::membership_spells_text(m_net, m)}},
                    .nodes = {}});
    }
  }

  std::string finish(const std::string& title) {
    // Graphviz writes a node where it is first needed, often just before an edge, so a reader would
    // meet the actors out of order; listed first in a plain subgraph, they come back in order.
    detail::dot_subgraph actors{.name = "actors", .attributes = {}, .nodes = {}};
    for (const auto& n : m_document.nodes) actors.nodes.push_back(n.name);
    m_document.subgraphs.insert(m_document.subgraphs.begin(), std::move(actors));
    if (m_options.styled && (m_options.legend || !title.empty())) m_document.graph["label"] = legend(title);
    if (m_options.styled) {
      // Routing splines around nodes takes minutes with thousands of edges; straight lines take moments.
      m_document.graph["splines"] = m_document.edges.size() <= spline_limit ? "true" : "line";
      m_document.graph["labelloc"] = "b";
      m_document.graph["labeljust"] = "l";
    }
    return detail::write_document(m_document);
  }

 private:
  void style_edge(dot_attributes& attributes, tie_kind kinds, tie_kind by_tail, tie_kind by_head,
                  std::uint32_t multiplicity, bool mixed) {
    m_legend.add(kinds);
    const auto style = style_of(kinds);
    std::string colour(style.colour);
    if (mixed) {
      // Cooperative and hostile ties between the same pair: both colours side by side.
      colour += ':' + std::string(style_of(kinds & ~tie_kind::hostile).colour);
      m_legend.add(kinds & ~tie_kind::hostile);
    }
    attributes["color"] = colour;
    if (style.line != "solid") attributes["style"] = std::string(style.line);
    const double width = style.width * (1.0 + 0.5 * std::log2(static_cast<double>(multiplicity)));
    attributes["penwidth"] = detail::format_number(width);
    // Hostile ties end in a bar at their target; one-sided pledges point from the side that pledges.
    const bool hostile = any_of(kinds, tie_kind::hostile);
    const tie_kind mark = hostile ? tie_kind::hostile : tie_kind::all;
    const bool from_tail = any_of(by_tail, mark);
    const bool from_head = any_of(by_head, mark);
    const std::string arrow = hostile ? "tee" : "vee";
    if (hostile) attributes["arrowsize"] = "1.1";
    if (from_tail && from_head) {
      if (!hostile) return;
      attributes["dir"] = "both";
      attributes["arrowhead"] = arrow;
      attributes["arrowtail"] = arrow;
    } else if (from_tail) {
      attributes["dir"] = "forward";
      attributes["arrowhead"] = arrow;
    } else if (from_head) {
      attributes["dir"] = "back";
      attributes["arrowtail"] = arrow;
    }
  }

  std::string legend(const std::string& title) const {
    std::string rows;
    if (!title.empty()) rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + detail::html_label(title) + "</B></TD></TR>";
    if (m_options.legend) {
      auto row = [&](std::string_view colour, std::string_view line, std::string_view text) {
        const std::string_view sample = line == "dashed" ? "– – – –" : line == "dotted" ? "· · · · · ·" : "———";
        rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + std::string(colour) + "\"><B>" + std::string(sample) +
                "</B></FONT></TD><TD ALIGN=\"LEFT\">" + xml_escape(text) + "</TD></TR>";
      };
      for (std::size_t i = 0; i < tie_styles.size(); ++i)
        if (m_legend.ties[i]) row(tie_styles[i].second.colour, tie_styles[i].second.line, tie_styles[i].second.legend);
      if (m_legend.ties.back()) {
        const auto none = style_of(tie_kind::none);
        row(none.colour, none.line, none.legend);
      }
      auto shape = [&](const actor_style& s) {
        rows += "<TR><TD BGCOLOR=\"" + std::string(s.fill) + "\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">" +
                xml_escape(s.legend) + "</TD></TR>";
      };
      if (m_legend.states) shape(style_of(actor_kind::state));
      if (m_legend.organisations) shape(style_of(actor_kind::organisation));
      if (m_max_score > 0)
        rows += "<TR><TD ALIGN=\"LEFT\">size, fill</TD><TD ALIGN=\"LEFT\">" + xml_escape(m_options.score_name) +
                "</TD></TR>";
    }
    return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">" + rows + "</TABLE>>";
  }

  const alliance_network& m_net;
  const dot_options& m_options;
  detail::dot_document m_document;
  legend_use m_legend;
  double m_max_score = 0.0;
};

}  // namespace

std::string write_dot(const alliance_network& net, const dot_options& options) {
  if (options.clusters) throw usage_error("clusters need a date: write a snapshot");
  if (options.edges == edge_mode::pairs) throw usage_error("pair edges need a date: write a snapshot");
  dot_builder builder(net, options);
  builder.set_view("network", {});
  builder.add_records();
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) builder.add_actor(actor_id{i});
  for (const tie& t : net.ties()) builder.add_tie(t);
  return builder.finish(options.title);
}

std::string write_dot(const alliance_network& net, day_number day, const dot_options& options) {
  const snapshot snap(net, day, options.selection);
  const std::string day_text = date::from_days(day).to_string();
  dot_builder builder(net, options);
  builder.set_view("snapshot", day_text);
  for (const actor_id a : snap.nodes()) builder.add_actor(a);
  if (options.clusters) {
    std::vector<bool> placed(snap.vertex_count(), false);
    for (std::uint32_t v = 0; v < snap.vertex_count(); ++v) {
      const actor_id org = snap.actor_at(v);
      if (net[org].kind != actor_kind::organisation) continue;
      detail::dot_subgraph cluster{.name = "cluster:" + encode(net[org].abbreviation, true), .attributes = {}, .nodes = {}};
      for (const auto& m : members_on(net, org, day)) {
        const auto local = snap.vertex_of(m.member);
        if (!local || placed[*local]) continue;
        placed[*local] = true;
        cluster.nodes.push_back(node_id(net[m.member].abbreviation));
      }
      if (cluster.nodes.empty()) continue;
      placed[v] = true;
      cluster.nodes.insert(cluster.nodes.begin(), node_id(net[org].abbreviation));
      const auto& name = net[org].name.empty() ? net[org].abbreviation : net[org].name;
      // Every cluster names itself, or it would inherit the legend from the root graph's label.
      cluster.attributes = {{"label", "<" + detail::html_label(name) + ">"}};
      if (options.styled)
        cluster.attributes.insert({{"style", "rounded,dashed"}, {"color", "#9e9e9e"}, {"fontcolor", "#616161"}});
      builder.add_subgraph(std::move(cluster));
    }
  }
  for (const auto& e : snap.edges()) {
    if (options.edges == edge_mode::pairs) {
      builder.add_pair(snap, e);
      continue;
    }
    for (const tie_id id : snap.ties_of(e)) builder.add_tie(net[id]);
  }
  return builder.finish(options.title.empty() ? "Ties active on " + day_text : options.title);
}

}  // namespace pactgraph::render
