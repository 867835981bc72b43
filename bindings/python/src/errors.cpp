// Every C++ exception leaving the module becomes an exception of pactgraph.errors: the library's classes
// map one to one (parse_error → ParseError, ...) with the place of the problem as .file, .line, .column
// and .pointer, so Python never sees a bare RuntimeError.
#include <exception>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>

#include "bindings.hpp"
#include "pactgraph/error.hpp"

using namespace pybind11::literals;

namespace pactgraph::python {

namespace {

py::object optional_text(const std::string& text) { return text.empty() ? py::object(py::none()) : py::str(text); }
py::object optional_number(std::size_t n) { return n == 0 ? py::object(py::none()) : py::int_(n); }

/// Sets the Python error: an instance of pactgraph.errors.`name` carrying the message and the place.
void raise(const char* name, const std::string& text, const std::string& message, const source_location* where,
           const std::string& path = {}) {
  const py::object type = py::module_::import("pactgraph.errors").attr(name);
  py::dict place;
  if (where != nullptr) {
    place["file"] = optional_text(where->file);
    place["line"] = optional_number(where->line);
    place["column"] = optional_number(where->column);
    place["pointer"] = optional_text(where->pointer);
  } else if (!path.empty()) {
    place["file"] = path;
  }
  const py::object instance = type(text, **place, "message"_a = message);
  PyErr_SetObject(type.ptr(), instance.ptr());
}

}  // namespace

void bind_errors(py::module_& m) {
  // For the tests: throws the library's error class `name` (parse, data, usage, ...) with this place and
  // message, so every mapping is checked, including those the API reaches only on rare failures.
  m.def("_throw", [](const std::string& name, const std::string& file, std::size_t line, std::size_t column,
                     const std::string& pointer, const std::string& message) {
    const source_location where{.file = file, .line = line, .column = column, .pointer = pointer};
    if (name == "parse") throw parse_error(where, message);
    if (name == "data") throw data_error(where, message);
    if (name == "located") throw located_error(where, message);
    if (name == "output") throw output_error(file, message);
    if (name == "usage") throw usage_error(message);
    if (name == "lookup") throw lookup_error(message);
    if (name == "render") throw render_error(message);
    if (name == "convergence") throw convergence_error(message);
    if (name == "error") throw error(message);
    if (name == "bad_alloc") throw std::bad_alloc();
    throw std::logic_error(message);
  });
  py::register_exception_translator([](std::exception_ptr p) {
    if (!p) return;
    try {
      std::rethrow_exception(p);
    } catch (const parse_error& e) {
      raise("ParseError", e.what(), e.message(), &e.where());
    } catch (const data_error& e) {
      raise("DataError", e.what(), e.message(), &e.where());
    } catch (const located_error& e) {
      raise("LocatedError", e.what(), e.message(), &e.where());
    } catch (const output_error& e) {
      raise("OutputError", e.what(), e.message(), nullptr, e.path());
    } catch (const usage_error& e) {
      raise("UsageError", e.what(), e.what(), nullptr);
    } catch (const lookup_error& e) {
      raise("LookupError", e.what(), e.what(), nullptr);
    } catch (const render_error& e) {
      raise("RenderError", e.what(), e.what(), nullptr);
    } catch (const convergence_error& e) {
      raise("ConvergenceError", e.what(), e.what(), nullptr);
    } catch (const error& e) {
      raise("Error", e.what(), e.what(), nullptr);
    } catch (const std::bad_alloc&) {
      throw;  // pybind11 makes it a MemoryError
    } catch (const py::builtin_exception&) {
      throw;
    } catch (const py::error_already_set&) {
      throw;
    } catch (const std::exception& e) {
      // Not the library's own error: a bug, reported as such rather than as a RuntimeError.
      raise("InternalError", std::string("internal error: ") + e.what(), e.what(), nullptr);
    }
  });
}

}  // namespace pactgraph::python
