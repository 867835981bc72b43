#pragma once

#include <string>

#include "pactgraph/model/date.hpp"

namespace pactgraph::r {

/// The day of a query: empty text is the seed article's date (2007-05-30), as the command's
/// default; YYYY, YYYY-MM or YYYY-MM-DD mean their last day. usage_error otherwise.
day_number query_day(const std::string& text);

}  // namespace pactgraph::r
