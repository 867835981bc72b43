#pragma once

#include <string>
#include <string_view>

#include "pactgraph/query/parse.hpp"

namespace pactgraph::r {

/// The day of a query from R's text (R/dates.R): empty is the command's default day (2007-05-30).
inline day_number day_or_default(const std::string& text, std::string_view argument) {
  return text.empty() ? query::default_day() : query::parse_day(text, argument);
}

}  // namespace pactgraph::r
