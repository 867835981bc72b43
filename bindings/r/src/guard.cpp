#include "guard.hpp"

namespace pactgraph::r {

namespace {

SEXP text_or_na(const std::string& text) {
  return text.empty() ? Rcpp::CharacterVector::create(NA_STRING) : Rcpp::CharacterVector::create(text);
}

SEXP count_or_na(std::size_t n) {
  return Rcpp::IntegerVector::create(n == 0 ? NA_INTEGER : static_cast<int>(n));
}

}  // namespace

SEXP failure(const std::string& kind, const std::string& message, const source_location& where) {
  Rcpp::List out = Rcpp::List::create(Rcpp::Named("kind") = kind, Rcpp::Named("message") = message,
                                      Rcpp::Named("file") = text_or_na(where.file),
                                      Rcpp::Named("line") = count_or_na(where.line),
                                      Rcpp::Named("column") = count_or_na(where.column),
                                      Rcpp::Named("pointer") = text_or_na(where.pointer));
  out.attr("class") = "pactgraph_failure";
  return out;
}

}  // namespace pactgraph::r

// For the tests of R/errors.R: throws the library's exception of each kind, so that every mapping
// from a C++ class to an R class is checked, including those no small input reaches (Graphviz
// failing on well-formed DOT, a measure that does not converge).
// [[Rcpp::export(rng = false)]]
SEXP cpp_throw_for_test(std::string kind) {
  using namespace pactgraph;
  return r::guarded([&]() -> SEXP {
    const source_location where{.file = "input.json", .line = 3, .column = 7};
    if (kind == "parse") throw parse_error(where, "expected ','");
    if (kind == "data") throw data_error({.file = "input.json", .pointer = "/actors/0"}, "unknown key");
    if (kind == "render") throw render_error("graphviz: layout with dot failed");
    if (kind == "convergence") throw convergence_error("eigenvector did not converge in 100 iterations");
    if (kind == "usage") throw usage_error("bad option");
    if (kind == "lookup") throw lookup_error("no actor named 'X'");
    if (kind == "output") throw output_error("/no/such/dir/out.csv", "No such file or directory");
    if (kind == "bad_alloc") throw std::bad_alloc();
    throw std::runtime_error("not a pactgraph error");
  });
}
