// The extension module behind the pactgraph Python package. It stays small: the library's objects and
// typed columns cross here, and pactgraph/*.py turns them into DataFrames, networkx graphs and SciPy matrices.
#include "bindings.hpp"
#include "pactgraph/version.hpp"

PYBIND11_MODULE(_pactgraph, m) {
  m.doc() = "pactgraph's library, for the pactgraph package (use `import pactgraph`, not this module)";
  m.attr("__version__") = std::string(pactgraph::version.string);
#ifdef PACTGRAPH_PYTHON_WITH_RENDER
  m.attr("with_graphviz") = true;
#else
  m.attr("with_graphviz") = false;
#endif
  pactgraph::python::bind_errors(m);
  pactgraph::python::bind_dates(m);
  pactgraph::python::bind_tables(m);
  pactgraph::python::bind_network(m);
  pactgraph::python::bind_snapshot(m);
  pactgraph::python::bind_drawing(m);
  pactgraph::python::bind_queries(m);
  pactgraph::python::bind_analyses(m);
  pactgraph::python::bind_panels(m);
}
