#include "frame.hpp"

#include <cmath>
#include <limits>

namespace pactgraph::r {

namespace {

// Integers stay R integers when they fit (codes, years, counts, flags); wider ones become doubles.
SEXP integer_vector(const query::column& c) {
  const std::size_t n = c.size();
  bool fits = true;
  for (std::size_t i = 0; i < n && fits; ++i)
    fits = c.is_missing(i) || (c.integers[i] > std::numeric_limits<int>::min() &&
                               c.integers[i] <= std::numeric_limits<int>::max());
  if (fits) {
    Rcpp::IntegerVector out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = c.is_missing(i) ? NA_INTEGER : static_cast<int>(c.integers[i]);
    return out;
  }
  Rcpp::NumericVector out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = c.is_missing(i) ? NA_REAL : static_cast<double>(c.integers[i]);
  return out;
}

SEXP real_vector(const query::column& c) {
  const std::size_t n = c.size();
  Rcpp::NumericVector out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = c.is_missing(i) || std::isnan(c.reals[i]) ? NA_REAL : c.reals[i];
  return out;
}

SEXP text_vector(const query::column& c) {
  const std::size_t n = c.size();
  Rcpp::CharacterVector out(n);
  for (std::size_t i = 0; i < n; ++i)
    out[i] = c.is_missing(i) ? NA_STRING
                             : Rf_mkCharLenCE(c.texts[i].data(), static_cast<int>(c.texts[i].size()), CE_UTF8);
  return out;
}

}  // namespace

SEXP to_data_frame(const query::table& table) {
  const std::size_t n_columns = table.columns.size();
  Rcpp::List out(n_columns);
  Rcpp::CharacterVector names(n_columns);
  for (std::size_t j = 0; j < n_columns; ++j) {
    const query::column& c = table.columns[j];
    names[j] = c.name;
    switch (c.kind) {
      case query::column::type::integer: out[j] = integer_vector(c); break;
      case query::column::type::real: out[j] = real_vector(c); break;
      case query::column::type::text: out[j] = text_vector(c); break;
    }
  }
  out.attr("names") = names;
  // The compact row names c(NA, -n) of a data.frame with n rows.
  out.attr("row.names") = Rcpp::IntegerVector::create(NA_INTEGER, -static_cast<int>(table.rows()));
  out.attr("class") = "data.frame";
  out.attr("notes") = Rcpp::wrap(table.notes);
  return out;
}

SEXP to_data_frames(std::initializer_list<const query::table*> tables) {
  Rcpp::List out(tables.size());
  Rcpp::CharacterVector names(tables.size());
  std::size_t i = 0;
  for (const query::table* t : tables) {
    names[i] = t->name;
    out[i++] = to_data_frame(*t);
  }
  out.attr("names") = names;
  return out;
}

}  // namespace pactgraph::r
