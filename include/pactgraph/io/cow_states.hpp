#pragma once

#include <filesystem>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::io {

/// The source key the COW state system importer declares.
inline constexpr std::string_view cow_states_source_key = "cow-states2016";

/// Imports the COW State System Membership list (`states2016.csv`) into `net`.
///
/// Declares the source `cow-states2016` covering 1816-01-01 to 2016-12-31, then adds one state
/// per `ccode` (abbreviation `stateabb`, name `statenme`, cow_code `ccode`) with one sourced spell
/// per row, `[start, end)`. An end on 2016-12-31 is the end of the data, so that spell is open.
/// Columns are found by name. Load the states before ATOP or IGO data, which resolve members by code.
///
/// Throws parse_error or data_error (file:line:column) in strict mode at the first bad row: an
/// unreadable number, an impossible date, an end before the start, a code already in the network, a
/// code whose rows disagree on abbreviation or name. Lenient mode skips such rows and reports them.
/// Either way a throw leaves `net` exactly as it was.
import_report import_cow_states(alliance_network& net, const text_file& states, const import_options& options = {});

/// Reads `states2016.csv` from a file and imports it as above.
import_report import_cow_states(alliance_network& net, const std::filesystem::path& states,
                                const import_options& options = {});

}  // namespace pactgraph::io
