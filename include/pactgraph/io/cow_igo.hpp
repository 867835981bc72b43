#pragma once

#include <array>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::io {

/// The source key the COW IGO importer declares.
inline constexpr std::string_view cow_igo_source_key = "cow-igo3";

/// The organisations loaded when a caller names none: COW IGO `ioname`s.
inline constexpr std::array<std::string_view, 5> default_igo_names{"csto", "nato", "cis", "sco", "eu"};

/// Imports memberships of the named organisations from COW IGO v3 `state_year_format3.csv`.
///
/// Declares the source `cow-igo3` covering 1816 to 2014 (year precision). Each name is an
/// `ioname` column of the file; the organisation becomes an actor with the upper-case name as
/// abbreviation (`csto` -> CSTO), reused when the network already has that organisation, with
/// spells of existence from the years the file does not code it -1 ("did not exist"). Yearly
/// rows with the same status (1 full, 2 associate, 3 observer) in consecutive years merge into one
/// membership spell of year precision; 0 (none), -9 and an empty field (missing) and -1 end a spell.
/// A spell or existence reaching 2014, the last year of the data, stays open. Members resolve to
/// states by `ccode`; an unknown code becomes a state without system spells. Only the named
/// columns are converted, so the 537-column file reads in one pass.
///
/// Throws parse_error or data_error (file:line:column) in strict mode at the first bad row: an
/// unreadable number, a status code not in {-9, -1, 0, 1, 2, 3}, a ccode and year seen twice; and
/// parse_error at the header for a name that is not a column. Lenient mode skips bad rows and
/// reports them. Either way a throw leaves `net` exactly as it was.
import_report import_cow_igo(alliance_network& net, const text_file& state_year, std::span<const std::string> organisations,
                             const import_options& options = {});

/// Reads `state_year_format3.csv` from a file and imports it as above.
import_report import_cow_igo(alliance_network& net, const std::filesystem::path& state_year,
                             std::span<const std::string> organisations, const import_options& options = {});

}  // namespace pactgraph::io
