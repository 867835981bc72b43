// Every entry point runs its body through guarded(): a C++ exception becomes a value that R turns
// into a classed condition (R/errors.R). Raising the R error from here would longjmp over C++
// frames and skip their destructors, so the error is raised on the R side instead.
#pragma once

#include <Rcpp.h>

#include <exception>
#include <new>
#include <string>

#include "pactgraph/error.hpp"

namespace pactgraph::r {

/// A list of class `pactgraph_failure`: kind (the R class without its prefix), message, and the
/// file, line, column and JSON pointer where known (NA otherwise).
SEXP failure(const std::string& kind, const std::string& message, const source_location& where = {});

template <class Body>
SEXP guarded(Body&& body) {
  try {
    return body();
  } catch (const parse_error& e) {
    return failure("parse_error", e.message(), e.where());
  } catch (const data_error& e) {
    return failure("data_error", e.message(), e.where());
  } catch (const located_error& e) {
    return failure("error", e.message(), e.where());
  } catch (const output_error& e) {
    return failure("output_error", e.message(), {.file = e.path()});
  } catch (const render_error& e) {
    return failure("render_error", e.what());
  } catch (const convergence_error& e) {
    return failure("convergence_error", e.what());
  } catch (const usage_error& e) {
    return failure("usage_error", e.what());
  } catch (const lookup_error& e) {
    return failure("lookup_error", e.what());
  } catch (const error& e) {
    return failure("error", e.what());
  } catch (const std::bad_alloc&) {
    return failure("internal_error", "out of memory");
  } catch (const std::exception& e) {
    return failure("internal_error", e.what());
  } catch (...) {
    return failure("internal_error", "unknown C++ exception");
  }
}

}  // namespace pactgraph::r
