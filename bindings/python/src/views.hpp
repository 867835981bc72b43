#pragma once

#include <optional>
#include <string>

#include "pactgraph/temporal/selection.hpp"

namespace pactgraph::python {

/// The options of a view of one day from `defaults`, with the kinds (comma-separated names) and the
/// actors (states, organisations or any) asked for. Asking for the membership kind brings organisations
/// in unless `actors` says otherwise, as on the command line. Throws usage_error.
[[nodiscard]] snapshot_options view_options(const std::optional<std::string>& kinds,
                                            const std::optional<std::string>& actors, snapshot_options defaults = {});

}  // namespace pactgraph::python
