#pragma once

// The parts of the extension module `pactgraph._pactgraph`, one adder per source file.

#include <pybind11/pybind11.h>
// In every source: the casters of std types must be the same everywhere.
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

namespace pactgraph::python {

namespace py = pybind11;

void bind_errors(py::module_& m);
void bind_dates(py::module_& m);
void bind_tables(py::module_& m);
void bind_network(py::module_& m);
void bind_snapshot(py::module_& m);
void bind_drawing(py::module_& m);
void bind_queries(py::module_& m);
void bind_analyses(py::module_& m);
void bind_panels(py::module_& m);

/// What `compute` returns, computed with the GIL released so other Python threads run meanwhile.
template <class Compute>
auto without_gil(Compute compute) {
  py::gil_scoped_release release;
  return compute();
}

}  // namespace pactgraph::python
