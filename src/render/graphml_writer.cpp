#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/render/graphml.hpp"
#include "pactgraph/temporal/snapshot.hpp"
#include "records.hpp"
#include "text_codec.hpp"

namespace pactgraph::render {
namespace {

using detail::xml_escape;

struct key {
  std::string_view domain;  ///< graph, node or edge
  std::string_view name;
  std::string_view type;    ///< GraphML attr.type
};

// Every attribute an export can carry, declared up front as GraphML requires.
constexpr std::array<key, 17> keys{{
    {"graph", "view", "string"},       {"graph", "date", "string"},        {"node", "label", "string"},
    {"node", "kind", "string"},        {"node", "name", "string"},         {"node", "cow", "int"},
    {"node", "spells", "string"},      {"node", "note", "string"},         {"edge", "pact", "string"},
    {"edge", "membership", "int"},     {"edge", "status", "string"},       {"edge", "begin", "string"},
    {"edge", "end", "string"},         {"edge", "pledges_a", "string"},    {"edge", "pledges_b", "string"},
    {"edge", "kinds", "string"},       {"edge", "sign", "int"},
}};

std::string key_id(std::string_view domain, std::string_view name) {
  return std::string(1, domain[0]) + "_" + std::string(name);
}

void data(std::string& out, std::string_view indent, std::string_view domain, const std::string& name,
          const std::string& value) {
  out += std::string(indent) + "<data key=\"" + key_id(domain, name) + "\">" + xml_escape(value) + "</data>\n";
}

class graphml_builder {
 public:
  explicit graphml_builder(const alliance_network& net) : m_net(net) {
    m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& k : keys)
      m_out += "  <key id=\"" + key_id(k.domain, k.name) + "\" for=\"" + std::string(k.domain) + "\" attr.name=\"" +
               std::string(k.name) + "\" attr.type=\"" + std::string(k.type) + "\"/>\n";
    m_out += "  <graph id=\"pactgraph\" edgedefault=\"undirected\">\n";
  }

  void graph_data(const std::string& name, const std::string& value) { data(m_out, "    ", "graph", name, value); }

  void add_actor(actor_id id) {
    const actor& a = m_net[id];
    m_out += "    <node id=\"" + xml_escape(a.abbreviation) + "\">\n";
    data(m_out, "      ", "node", "label", a.name.empty() ? a.abbreviation : a.name);
    for (const auto& f : detail::actor_fields(m_net, a)) data(m_out, "      ", "node", f.name, f.value);
    m_out += "    </node>\n";
  }

  void add_tie(tie_id id) {
    const tie& t = m_net[id];
    m_out += "    <edge id=\"t" + std::to_string(id.value()) + "\" source=\"" + xml_escape(m_net[t.a].abbreviation) +
             "\" target=\"" + xml_escape(m_net[t.b].abbreviation) + "\">\n";
    for (const auto& f : detail::tie_fields(m_net, t)) data(m_out, "      ", "edge", f.name, f.value);
    m_out += "    </edge>\n";
  }

  std::string finish() {
    m_out += "  </graph>\n</graphml>\n";
    return std::move(m_out);
  }

 private:
  const alliance_network& m_net;
  std::string m_out;
};

}  // namespace

std::string write_graphml(const alliance_network& net) {
  graphml_builder builder(net);
  builder.graph_data("view", "network");
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) builder.add_actor(actor_id{i});
  for (std::uint32_t i = 0; i < net.tie_count(); ++i) builder.add_tie(tie_id{i});
  return builder.finish();
}

std::string write_graphml(const alliance_network& net, day_number day, const snapshot_options& selection) {
  const snapshot snap(net, day, selection);
  graphml_builder builder(net);
  builder.graph_data("view", "snapshot");
  builder.graph_data("date", date::from_days(day).to_string());
  for (const actor_id a : snap.nodes()) builder.add_actor(a);
  for (const auto& e : snap.edges())
    for (const tie_id id : snap.ties_of(e)) builder.add_tie(id);
  return builder.finish();
}

}  // namespace pactgraph::render
