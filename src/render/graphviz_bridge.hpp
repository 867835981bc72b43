#pragma once

// The only door to Graphviz: plain C++ in, plain C++ out. graphviz_bridge.cpp is the one file
// that includes Graphviz headers; everything else in pactgraph::render talks to these types.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::render::detail {

/// Attribute name to value. A `label` written as `<...>` (angle brackets included) is an HTML-like label.
using dot_attributes = std::map<std::string, std::string>;

/// A node of a DOT document.
struct dot_node {
  std::string name;
  dot_attributes attributes;
};

/// An edge of a DOT document; parallel edges are kept.
struct dot_edge {
  std::string tail;
  std::string head;
  dot_attributes attributes;
};

/// A subgraph (a record or a cluster) directly under the root graph.
struct dot_subgraph {
  std::string name;
  dot_attributes attributes;
  std::vector<std::string> nodes;  ///< node names, which must also be nodes of the document
};

/// An undirected, non-strict DOT graph as plain data, in the order it is written or was read.
struct dot_document {
  std::string name;
  dot_attributes graph;          ///< root graph attributes
  dot_attributes node_defaults;  ///< `node [...]`
  dot_attributes edge_defaults;  ///< `edge [...]`
  std::vector<dot_subgraph> subgraphs;
  std::vector<dot_node> nodes;
  std::vector<dot_edge> edges;
};

/// Writes the document with cgraph (agopen, agnode, agedge, agsafeset, agwrite); the same document
/// always gives the same bytes. Throws render_error when Graphviz reports an error.
std::string write_document(const dot_document& document);

/// Reads DOT text with cgraph (agmemread): subgraphs in file order, nodes in order of first
/// appearance, every attribute with a non-empty value. Throws parse_error with Graphviz's
/// message and, when Graphviz names one, the line.
dot_document read_document(std::string_view text, const std::string& name);

/// Lays DOT text out with `engine` and renders it in `format` (gvLayout, gvRenderData).
/// Graphviz's warnings are appended to `warnings`; its errors are thrown as render_error.
std::string render_document(std::string_view text, const char* engine, const char* format,
                            std::vector<std::string>& warnings);

}  // namespace pactgraph::render::detail
