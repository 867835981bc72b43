// The words of a question as a person types them: dates, spans of years, tie and actor kinds.
// Each throws usage_error naming the option it came from and what was expected.
#pragma once

#include <string>
#include <string_view>

#include "pactgraph/algorithms/edge_length.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/panel_options.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph::query {

/// A query date: YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its last day (a year alone is
/// 31 December). `option` names where the text came from in the error.
[[nodiscard]] day_number parse_day(std::string_view text, std::string_view option = "--at");

/// The first day of a date YYYY, YYYY-MM or YYYY-MM-DD (the start of a window).
[[nodiscard]] day_number parse_first_day(std::string_view text, std::string_view option = "--from");

/// The day asked when none is given: the seed scenario's (2007-05-30).
[[nodiscard]] day_number default_day();

/// `Y1:Y2` (or one year) as the span of years, both included.
[[nodiscard]] year_span parse_years(std::string_view text);

/// A comma-separated list of kind names (docs/cli.md lists them), with suggestions for a typo.
[[nodiscard]] tie_kind parse_kinds(std::string_view text);

/// hops, multiplicity or inverse_multiplicity (pactgraph::edge_length), named by `option` in the error.
[[nodiscard]] edge_length parse_edge_length(std::string_view text, std::string_view option = "--length");

/// states, organisations or any.
[[nodiscard]] actor_kind parse_actor_kinds(std::string_view text);

/// The snapshot options of `--kinds` and `--actors` (each empty: as in `defaults`). Asking for the
/// membership kind brings organisations in unless `actors` says otherwise.
[[nodiscard]] snapshot_options view_options(std::string_view kinds, std::string_view actors,
                                            snapshot_options defaults = {});

/// Whether a view with these options may need organisation memberships loaded.
[[nodiscard]] bool needs_organisations(const snapshot_options& options);

/// ISO text of a day.
[[nodiscard]] std::string day_text(day_number day);

}  // namespace pactgraph::query
