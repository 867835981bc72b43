// A snapshot as arrays: its nodes and edges for networkx, its CSR structure for SciPy. Straight from the
// library's snapshot, so to_networkx() and adjacency() hold exactly the graph the measures run on.
#include "snapshot.hpp"


#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "network.hpp"
#include "tables.hpp"
#include "views.hpp"

namespace pactgraph::python {

namespace {

std::string kind_text(actor_kind k) { return k == actor_kind::state ? "state" : "organisation"; }

/// The nodes in vertex order: abbreviation, COW code (-1 and masked when none), name, kind.
py::dict node_arrays(const snapshot_handle& h) {
  const alliance_network& net = *h.net;
  const auto nodes = h.graph.nodes();
  py::list abbrev(nodes.size()), name(nodes.size()), kind(nodes.size());
  std::vector<std::int64_t> code(nodes.size(), -1);
  py::array_t<bool> no_code(static_cast<py::ssize_t>(nodes.size()));
  auto missing = no_code.mutable_unchecked<1>();
  for (std::size_t v = 0; v < nodes.size(); ++v) {
    const actor& a = net[nodes[v]];
    abbrev[v] = a.abbreviation;
    name[v] = a.name;
    kind[v] = kind_text(a.kind);
    if (a.cow_code) code[v] = *a.cow_code;
    missing(static_cast<py::ssize_t>(v)) = !a.cow_code.has_value();
  }
  py::dict out;
  out["abbrev"] = abbrev;
  out["code"] = to_array(code);
  out["code_missing"] = no_code;
  out["name"] = name;
  out["kind"] = kind;
  return out;
}

/// The edges (collapsed pairs) in edge order: local ends u < v, multiplicity, kinds ("defence+consultation"), sign.
py::dict edge_arrays(const snapshot_handle& h) {
  const auto edges = h.graph.edges();
  std::vector<std::int64_t> u(edges.size()), v(edges.size()), multiplicity(edges.size()), sign(edges.size());
  py::list kinds(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    u[i] = edges[i].u;
    v[i] = edges[i].v;
    multiplicity[i] = edges[i].multiplicity;
    sign[i] = edges[i].sign();
    kinds[i] = to_string(edges[i].kinds);
  }
  py::dict out;
  out["u"] = to_array(u);
  out["v"] = to_array(v);
  out["multiplicity"] = to_array(multiplicity);
  out["kinds"] = kinds;
  out["sign"] = to_array(sign);
  return out;
}

/// The CSR structure: row offsets, column indices and, per arc, its edge's multiplicity.
py::tuple csr_arrays(const snapshot_handle& h) {
  const auto rows = h.graph.row_starts();
  const auto columns = h.graph.columns();
  std::vector<std::int64_t> indptr(rows.begin(), rows.end()), indices(columns.begin(), columns.end());
  std::vector<std::int64_t> multiplicity(columns.size());
  const auto edges = h.graph.edges();
  for (std::size_t arc = 0; arc < columns.size(); ++arc) multiplicity[arc] = edges[h.graph.arc_edge(arc)].multiplicity;
  return py::make_tuple(to_array(indptr), to_array(indices), to_array(multiplicity));
}

py::dict diagnostics(const snapshot_handle& h) {
  const auto& d = h.graph.diagnostics();
  std::vector<std::string> absent;
  for (const actor_id a : d.absent_actors) absent.push_back((*h.net)[a].abbreviation);
  py::dict out;
  out["ties_with_absent_end"] = d.ties_with_absent_end;
  out["absent_actors"] = absent;
  out["covered"] = d.covered;
  return out;
}

}  // namespace

void bind_snapshot(py::module_& m) {
  py::class_<snapshot_handle>(m, "Snapshot", "The simple graph of a network on one day")
      .def_property_readonly("day", [](const snapshot_handle& h) { return h.graph.day(); })
      .def_property_readonly("vertex_count", [](const snapshot_handle& h) { return h.graph.vertex_count(); })
      .def_property_readonly("edge_count", [](const snapshot_handle& h) { return h.graph.edge_count(); })
      .def("node_arrays", &node_arrays)
      .def("edge_arrays", &edge_arrays)
      .def("csr_arrays", &csr_arrays)
      .def("diagnostics", &diagnostics);

  py::class_<network_handle> network = py::reinterpret_borrow<py::class_<network_handle>>(m.attr("Network"));
  network.def(
      "snapshot",
      [](const network_handle& n, day_number day, std::optional<std::string> kinds, std::optional<std::string> actors) {
        return snapshot_handle{n.net, snapshot(*n.net, day, view_options(kinds, actors))};
      },
      py::arg("day"), py::arg("kinds") = py::none(), py::arg("actors") = py::none(),
      py::call_guard<py::gil_scoped_release>());
}

}  // namespace pactgraph::python
