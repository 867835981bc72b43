#pragma once

// The one conversion of the library's typed result tables (pactgraph::query::table) for Python: each
// column crosses as a NumPy array (int64 or float64) or a list of str, with its missing-value mask,
// and pactgraph/_frames.py makes the DataFrame. No column is built here: they are the command's.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstdint>
#include <string>
#include <vector>

namespace pactgraph::python {

namespace py = pybind11;

/// A NumPy array holding a copy of `values`.
template <class T>
py::array_t<T> to_array(const std::vector<T>& values) {
  return py::array_t<T>(static_cast<py::ssize_t>(values.size()), values.data());
}

/// A table as {"name": str, "columns": [(name, kind, values, mask or None)], "notes": [str]}, where kind
/// is "integer", "real" or "text", values a NumPy array (or a list of str, None where missing) and mask
/// a NumPy bool array marking missing values (None when nothing is missing).
template <class Table>
py::dict table_to_python(const Table& t) {
  using kind = typename std::decay_t<decltype(t.columns.front())>::type;
  py::list columns;
  for (const auto& c : t.columns) {
    py::object mask = py::none();
    if (!c.missing.empty()) {
      py::array_t<bool> m(static_cast<py::ssize_t>(c.missing.size()));
      auto out = m.template mutable_unchecked<1>();
      for (std::size_t i = 0; i < c.missing.size(); ++i) out(static_cast<py::ssize_t>(i)) = c.missing[i] != 0;
      mask = std::move(m);
    }
    switch (c.kind) {
      case kind::integer:
        columns.append(py::make_tuple(c.name, "integer", to_array(c.integers), mask));
        break;
      case kind::real:
        columns.append(py::make_tuple(c.name, "real", to_array(c.reals), mask));
        break;
      case kind::text: {
        py::list texts(c.texts.size());
        for (std::size_t i = 0; i < c.texts.size(); ++i)
          texts[i] = c.is_missing(i) ? py::object(py::none()) : py::object(py::str(c.texts[i]));
        columns.append(py::make_tuple(c.name, "text", std::move(texts), mask));
        break;
      }
    }
  }
  py::dict out;
  out["name"] = t.name;
  out["columns"] = std::move(columns);
  out["notes"] = py::cast(t.notes);
  return out;
}

}  // namespace pactgraph::python
