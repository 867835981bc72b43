// `diff`: the member spells and ties that began or ended between two days.
#pragma once

#include <string>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// The options of `diff` beside its two days.
struct diff_options {
  std::string actor{};              ///< only changes involving this actor (code, abbreviation or name); empty: all
  tie_kind kinds = tie_kind::all;
};

/// The tables of `diff`. Both lead with the scalars from, to (text, ISO).
struct diff_tables {
  /// Member spells: date (text, ISO), change (text: began or ended), code (integer; missing when
  /// none), abbrev, name (text), via (text: the pact's label or "membership of ORG"), pledges (text:
  /// kinds joined by '+', or '-'), hostile (text: yes or no).
  table members;
  /// Ties: date, change, a, b (text: abbreviations), kinds (text), sign (integer: 1 or -1), via (text).
  table ties;
};

/// What began or ended after `from` and by `to`; usage_error when `to` is before `from` or the
/// actor is unknown.
[[nodiscard]] diff_tables diff(const alliance_network& net, day_number from, day_number to,
                               const diff_options& options = {});

}  // namespace pactgraph::query
