// The command's questions, asked of the library's query layer (pactgraph::query), whose tables cross to
// Python through table_to_python. Each computes without the GIL, so other Python threads run meanwhile.

#include <optional>
#include <string>

#include "bindings.hpp"
#include "network.hpp"
#include "pactgraph/query/actor.hpp"
#include "pactgraph/query/diff.hpp"
#include "pactgraph/query/info.hpp"
#include "pactgraph/query/members.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/snapshot_tables.hpp"
#include "pactgraph/query/ties.hpp"
#include "snapshot.hpp"
#include "tables.hpp"

namespace pactgraph::python {

namespace {

tie_kind kinds_or(const std::optional<std::string>& kinds, tie_kind otherwise) {
  return kinds ? query::parse_kinds(*kinds) : otherwise;
}

}  // namespace

void bind_queries(py::module_& m) {
  py::class_<network_handle> network = py::reinterpret_borrow<py::class_<network_handle>>(m.attr("Network"));
  network.def("info_tables", [](const network_handle& n) {
    const auto t = without_gil([&] { return query::info(*n.net, n.reports); });
    return py::make_tuple(table_to_python(t.counts), table_to_python(t.sources), table_to_python(t.imports));
  });
  network.def("actor_table", [](const network_handle& n, const std::string& text) {
    return table_to_python(without_gil([&] { return query::actor(*n.net, text); }));
  });
  network.def("members_table", [](const network_handle& n, const std::string& group, day_number day) {
    return table_to_python(without_gil([&] { return query::members(*n.net, group, day); }));
  });
  network.def("ties_table", [](const network_handle& n, const std::string& actor, day_number day,
                               const std::optional<std::string>& kinds) {
    return table_to_python(without_gil([&] { return query::ties(*n.net, actor, day, kinds_or(kinds, tie_kind::all)); }));
  });
  network.def("diff_tables", [](const network_handle& n, day_number from, day_number to,
                                const std::optional<std::string>& actor, const std::optional<std::string>& kinds) {
    const auto t = without_gil([&] {
      return query::diff(*n.net, from, to, {.actor = actor.value_or(""), .kinds = kinds_or(kinds, tie_kind::all)});
    });
    return py::make_tuple(table_to_python(t.members), table_to_python(t.ties));
  });

  py::class_<snapshot_handle> snap = py::reinterpret_borrow<py::class_<snapshot_handle>>(m.attr("Snapshot"));
  snap.def("tables", [](const snapshot_handle& h) {
    const auto t = without_gil([&] { return query::snapshot(*h.net, h.graph.day(), h.graph.options()); });
    return py::make_tuple(table_to_python(t.nodes), table_to_python(t.ties));
  });
}

}  // namespace pactgraph::python
