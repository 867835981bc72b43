#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "pactgraph/model/date.hpp"

namespace pactgraph::python {

/// The day a query date means, as on the command line: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a partial
/// date meaning its last day (a year alone is 31 December); nothing means the seed article's date.
/// The Python side passes datetime.date and years as ISO text. Throws usage_error naming `option`.
[[nodiscard]] day_number query_day(const std::optional<std::string>& text, std::string_view option = "at");

}  // namespace pactgraph::python
