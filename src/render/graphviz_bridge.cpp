#include "graphviz_bridge.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <cgraph.h>
#include <gvc.h>

#include "pactgraph/detail/utf8.hpp"
#include "pactgraph/error.hpp"

// Resets cgraph's DOT lexer (flex, prefix `aag`; exported by libcgraph though not in its headers).
extern "C" int aaglex_destroy(void);

namespace pactgraph::render::detail {
namespace {

/// Everything Graphviz shares between calls: it is not thread-safe, even for reads, so every call
/// runs under `lock`. The context is made once and kept for the life of the process.
struct graphviz_state {
  std::mutex lock;
  GVC_t* context = nullptr;
  std::string messages;  ///< what Graphviz reported during the current session
};

graphviz_state& state() {
  static graphviz_state instance;
  return instance;
}

// Graphviz hands its messages over in pieces ("Error", ": ", text); they are joined here
// instead of going to stderr.
int capture_message(char* text) {
  state().messages += text;
  return 0;
}

/// One locked stretch of Graphviz calls, with Graphviz's messages captured.
class session {
 public:
  session() : m_guard(state().lock) {
    state().messages.clear();
    agseterrf(capture_message);
    agseterr(AGWARN);
    agreseterrors();
  }
  session(const session&) = delete;
  session& operator=(const session&) = delete;
  ~session() { state().messages.clear(); }

  static GVC_t* context() {
    if (state().context == nullptr) state().context = gvContext();
    return state().context;
  }

  /// True when Graphviz reported an error (not only warnings) in this session.
  [[nodiscard]] static bool failed() { return agerrors() >= AGERR; }

  /// The messages so far, one per entry, without the "Error: " or "Warning: " prefix.
  [[nodiscard]] static std::vector<std::string> messages(bool errors) {
    std::vector<std::string> out;
    const std::string& text = state().messages;
    std::size_t at = 0;
    bool keep = false;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(at, end - at);
      at = end + 1;
      if (line.empty()) continue;
      bool is_error = line.rfind("Error: ", 0) == 0;
      bool is_warning = line.rfind("Warning: ", 0) == 0;
      if (is_error || is_warning) {
        keep = is_error == errors;
        line.erase(0, is_error ? 7 : 9);
        if (keep) out.push_back(line);
      } else if (keep) {
        // A continuation (Graphviz's AGPREV) belongs to the message before it.
        if (out.empty()) out.emplace_back();
        out.back() += (out.back().empty() ? "" : " ") + line;
      }
    }
    return out;
  }

  /// The errors joined for an exception message, or `fallback` when Graphviz said nothing.
  [[nodiscard]] static std::string error_text(const std::string& fallback) {
    std::string out;
    for (const auto& line : messages(true)) out += (out.empty() ? "" : "; ") + line;
    return out.empty() ? fallback : out;
  }

 private:
  std::lock_guard<std::mutex> m_guard;
};

/// Closes a graph, freeing its layout first when it has one.
struct graph_closer {
  bool laid_out = false;
  void operator()(Agraph_t* g) const {
    if (laid_out) gvFreeLayout(session::context(), g);
    agclose(g);
  }
};
using graph_ptr = std::unique_ptr<Agraph_t, graph_closer>;

char* text(const std::string& s) { return const_cast<char*>(s.c_str()); }

// Ids follow creation order, so subgraphs (kept by id) are written and laid out in the order they
// were made. The default discipline uses the address of the interned name, which varies from run
// to run; handing names to cgraph's internal map instead leaks its entries (Graphviz 2.42).
struct id_table {
  Agraph_t* graph = nullptr;
  IDTYPE next = 0;
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::map<IDTYPE, char*> names;  ///< interned with agstrdup: cgraph reads a flag stored before the text
};
void* ordered_open(Agraph_t* g, Agdisc_t*) { return new id_table{.graph = g}; }
long ordered_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& table = *static_cast<id_table*>(state);
  if (name != nullptr) {
    if (const auto it = table.ids.find(std::string_view(name)); it != table.ids.end()) {
      *id = it->second;
      return 1;
    }
    if (create == 0) return 0;
  }
  // Odd ids are anonymous, even ones named, as cgraph expects; both grow with every new object.
  *id = 2 * ++table.next + (name == nullptr ? 1 : 0);
  if (name != nullptr) {
    table.ids.emplace(name, *id);
    table.names.emplace(*id, agstrdup(table.graph, name));
  }
  return 1;
}
long ordered_alloc(void*, int, IDTYPE) { return 0; }
void ordered_free(void*, int, IDTYPE) {}
char* ordered_print(void* state, int, IDTYPE id) {
  auto& names = static_cast<id_table*>(state)->names;
  const auto it = names.find(id);
  return it == names.end() ? nullptr : it->second;
}
void ordered_close(void* state) {
  auto* table = static_cast<id_table*>(state);
  for (const auto& [id, name] : table->names) agstrfree(table->graph, name);
  delete table;
}
void ordered_register(void*, int, void*) {}
Agiddisc_t ordered_ids = {ordered_open, ordered_map, ordered_alloc, ordered_free,
                          ordered_print, ordered_close, ordered_register};

int write_piece(void* out, const char* piece) {
  static_cast<std::string*>(out)->append(piece);
  return 0;
}
int no_flush(void*) { return 0; }

// Only labels are ever HTML-like: a data value such as "<>" must stay text.
/// DOT text being read, for a memory io discipline.
struct text_source {
  std::string_view text;
  std::size_t at = 0;
};

// Hands the lexer one line at a time, as agmemread does.
int read_piece(void* source, char* buffer, int size) {
  auto& in = *static_cast<text_source*>(source);
  if (size <= 1 || in.at >= in.text.size()) return 0;
  std::size_t n = 0;
  const auto limit = static_cast<std::size_t>(size - 1);
  while (n < limit && in.at < in.text.size()) {
    const char c = in.text[in.at++];
    buffer[n++] = c;
    if (c == '\n') break;
  }
  buffer[n] = '\0';
  return static_cast<int>(n);
}

/// The line and column of the first byte of `text` that is not UTF-8, if any. Graphviz's lexer
/// can ask for gigabytes on such bytes inside an HTML label, so they are refused before it sees them.
std::optional<std::pair<std::size_t, std::size_t>> invalid_utf8_position(std::string_view text) {
  const std::size_t at = pactgraph::detail::invalid_utf8_at(text);
  if (at == 0) return std::nullopt;
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i + 1 < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::pair{line, column};
}

/// Before each read: Graphviz 2.42's lexer keeps its state from the last one. After a lone "<" it
/// stayed inside an HTML string, failing every later read and growing one buffer by each until memory
/// ran out (the dot fuzz target's out-of-memory); text after a graph began the next read's text.
void restart_lexer() {
  aaglex_destroy();
  agreadline(1);  // the first line is line 1 (0 was right only after an earlier read had left a line behind)
}

/// Reads DOT text like agmemread, but with sequential ids, so subgraphs (clusters) keep their
/// order in the text and the layout does not depend on where the heap put their names.
Agraph_t* read_ordered(std::string_view dot) {
  text_source source{.text = dot};
  Agiodisc_t io = {read_piece, AgIoDisc.putstr, AgIoDisc.flush};
  Agdisc_t disc = {&AgMemDisc, &ordered_ids, &io};
  return agread(&source, &disc);
}

bool is_html(const std::string& name, const std::string& value) {
  return name == "label" && value.size() >= 2 && value.front() == '<' && value.back() == '>';
}

void set_attribute(Agraph_t* root, void* object, int kind, const std::string& name, const std::string& value) {
  Agsym_t* sym = agattr(root, kind, text(name), nullptr);
  if (sym == nullptr) sym = agattr(root, kind, text(name), text(std::string()));
  if (is_html(name, value)) {
    // The documented way to give an attribute an HTML-like value: intern it as HTML first.
    std::string inner = value.substr(1, value.size() - 2);
    char* html = agstrdup_html(root, text(inner));
    agxset(object, sym, html);
    agstrfree(root, html);
  } else {
    agxset(object, sym, text(value));
  }
}

/// Declares attributes with default values (`node [...]`, `edge [...]`); defaults are plain text.
void set_defaults(Agraph_t* root, int kind, const dot_attributes& attributes) {
  for (const auto& [name, value] : attributes) agattr(root, kind, text(name), text(value));
}

dot_attributes attributes_of(Agraph_t* root, void* object, int kind) {
  dot_attributes out;
  for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym != nullptr; sym = agnxtattr(root, kind, sym)) {
    char* value = agxget(object, sym);
    if (value == nullptr || *value == '\0') continue;
    // An HTML-like value comes back as its text: cgraph may have flagged a data value as HTML when
    // it equals a label, and the text is the same either way.
    out.emplace(sym->name, value);
  }
  return out;
}

/// The line Graphviz names in a message such as "syntax error in line 3 near 'x'", or 0.
std::size_t line_in(const std::string& message) {
  const auto at = message.find("line ");
  if (at == std::string::npos) return 0;
  std::size_t line = 0;
  for (std::size_t i = at + 5; i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i)
    line = line * 10 + static_cast<std::size_t>(message[i] - '0');
  return line;
}

}  // namespace

std::string write_document(const dot_document& document) {
  session guard;
  Agiodisc_t io = {AgIoDisc.afread, write_piece, no_flush};
  Agdisc_t disc = {&AgMemDisc, &ordered_ids, &io};
  graph_ptr owner(agopen(text(document.name), Agundirected, &disc));
  Agraph_t* g = owner.get();
  if (g == nullptr) throw render_error("graphviz: " + session::error_text("cannot open a graph"));
  // gvContext() gives every graph opened after it the node default label="\N", which agwrite would
  // print: clear it here, so the text does not depend on whether the process rendered before.
  if (!document.node_defaults.contains("label") && agattr(g, AGNODE, text("label"), nullptr) != nullptr)
    agattr(g, AGNODE, text("label"), text(std::string()));

  // cgraph interns equal strings once, with one HTML flag: a plain value equal to an HTML label
  // set before it would be written as HTML. So every plain value is set first, then the HTML ones.
  std::vector<std::tuple<void*, int, const std::string*, const std::string*>> html;
  auto set = [&](void* object, int kind, const dot_attributes& attributes) {
    for (const auto& [name, value] : attributes) {
      if (is_html(name, value))
        html.emplace_back(object, kind, &name, &value);
      else
        set_attribute(g, object, kind, name, value);
    }
  };
  set(g, AGRAPH, document.graph);
  set_defaults(g, AGNODE, document.node_defaults);
  set_defaults(g, AGEDGE, document.edge_defaults);

  for (const auto& n : document.nodes) set(agnode(g, text(n.name), 1), AGNODE, n.attributes);
  for (const auto& s : document.subgraphs) {
    Agraph_t* sub = agsubg(g, text(s.name), 1);
    set(sub, AGRAPH, s.attributes);
    for (const auto& member : s.nodes) {
      Agnode_t* node = agnode(g, text(member), 0);
      if (node == nullptr) throw render_error("graphviz: subgraph '" + s.name + "' names unknown node '" + member + "'");
      agsubnode(sub, node, 1);
    }
  }
  for (const auto& e : document.edges) {
    Agnode_t* tail = agnode(g, text(e.tail), 0);
    Agnode_t* head = agnode(g, text(e.head), 0);
    if (tail == nullptr || head == nullptr)
      throw render_error("graphviz: edge '" + e.tail + "' -- '" + e.head + "' names an unknown node");
    set(agedge(g, tail, head, nullptr, 1), AGEDGE, e.attributes);
  }
  for (const auto& [object, kind, name, value] : html) set_attribute(g, object, kind, *name, *value);

  std::string out;
  agwrite(g, &out);
  if (session::failed()) throw render_error("graphviz: " + session::error_text("cannot write the graph"));
  return out;
}

dot_document read_document(std::string_view input, const std::string& name) {
  if (const auto bad = invalid_utf8_position(input))
    throw parse_error({.file = name, .line = bad->first, .column = bad->second}, "invalid UTF-8 in DOT text");
  session guard;
  const std::string copy(input);  // agmemread needs a terminating NUL
  restart_lexer();
  graph_ptr owner(agmemread(copy.c_str()));
  Agraph_t* g = owner.get();
  if (g == nullptr || session::failed()) {
    const std::string message = session::error_text("not a DOT graph");
    throw parse_error({.file = name, .line = line_in(message)}, message);
  }

  dot_document out;
  out.name = agnameof(g);
  out.graph = attributes_of(g, g, AGRAPH);
  for (Agsym_t* sym = agnxtattr(g, AGNODE, nullptr); sym != nullptr; sym = agnxtattr(g, AGNODE, sym))
    if (sym->defval != nullptr && *sym->defval != '\0') out.node_defaults.emplace(sym->name, sym->defval);
  for (Agsym_t* sym = agnxtattr(g, AGEDGE, nullptr); sym != nullptr; sym = agnxtattr(g, AGEDGE, sym))
    if (sym->defval != nullptr && *sym->defval != '\0') out.edge_defaults.emplace(sym->name, sym->defval);

  std::vector<Agraph_t*> subgraphs;
  for (Agraph_t* sub = agfstsubg(g); sub != nullptr; sub = agnxtsubg(sub)) subgraphs.push_back(sub);
  // Subgraphs are kept by id; their sequence numbers give the order they appear in the text.
  std::sort(subgraphs.begin(), subgraphs.end(), [](Agraph_t* a, Agraph_t* b) { return AGSEQ(a) < AGSEQ(b); });
  for (Agraph_t* sub : subgraphs) {
    dot_subgraph s{.name = agnameof(sub), .attributes = attributes_of(g, sub, AGRAPH), .nodes = {}};
    for (Agnode_t* n = agfstnode(sub); n != nullptr; n = agnxtnode(sub, n)) s.nodes.emplace_back(agnameof(n));
    out.subgraphs.push_back(std::move(s));
  }
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    out.nodes.push_back({.name = agnameof(n), .attributes = attributes_of(g, n, AGNODE)});
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e))
      out.edges.push_back({.tail = agnameof(agtail(e)), .head = agnameof(aghead(e)), .attributes = attributes_of(g, e, AGEDGE)});
  }
  return out;
}

std::string render_document(std::string_view input, const char* engine, const char* format,
                            std::vector<std::string>& warnings) {
  if (const auto bad = invalid_utf8_position(input))
    throw render_error("graphviz: invalid UTF-8 in DOT text at line " + std::to_string(bad->first) + ", column " +
                       std::to_string(bad->second));
  session guard;
  GVC_t* context = session::context();
  restart_lexer();
  graph_ptr owner(read_ordered(input));
  if (owner == nullptr || session::failed())
    throw render_error("graphviz: " + session::error_text("not a DOT graph"));
  if (gvLayout(context, owner.get(), engine) != 0 || session::failed())
    throw render_error("graphviz: " + session::error_text(std::string("layout with ") + engine + " failed"));
  owner.get_deleter().laid_out = true;

  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context, owner.get(), format, &data, &length);
  std::string out;
  if (data != nullptr) {
    out.assign(data, length);
    gvFreeRenderData(data);
  }
  if (status != 0 || session::failed())
    throw render_error("graphviz: " + session::error_text(std::string("rendering as ") + format + " failed"));
  for (auto& line : session::messages(false)) warnings.push_back(std::move(line));
  return out;
}

}  // namespace pactgraph::render::detail
