#pragma once

#include <filesystem>
#include <string_view>

#include "pactgraph/io/import_options.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::io {

/// The source key the ATOP importer declares.
inline constexpr std::string_view atop_source_key = "atop5.1";

/// Imports ATOP 5.1 alliances from the member-level file (`atop5_1m.csv`) and the alliance-level
/// file (`atop5_1a.csv`) into `net`.
///
/// Declares the source `atop5.1` covering 1815-01-01 to 2018-12-31. Each `atopid` becomes a pact
/// keyed `atop-<atopid>` with `atop_id` set, `signed_on` from the alliance's begin date
/// (`begyr/begmo/begday`) and the note `bilateral` when `bilat` = 1. Each member row becomes a
/// member_spell `[entry, exit)` of its state, keeping its `phase`, with pledges from `defense`,
/// `offense`, `neutral`, `nonagg` and `consul`, and `pledges_vary` from `obvary`; the pact's
/// `asymmetric` comes from the alliance's `asymm` (both columns optional). `yrexit` = 0 means ongoing; a blank or 0 day
/// (month) gives a date of month (year) precision, which spell::between widens outwards.
///
/// Members resolve to states by COW code (load the COW states first); a code the network does not
/// have (ATOP's 8152) becomes a state with that code as abbreviation and no system spells, which
/// the standard snapshot drops and counts. Phases that ATOP codes as in effect at the same time
/// (two successor states each taking over a bilateral alliance, codebook PHASE) would otherwise
/// tie the successors to each other, so each such parallel phase becomes its own pact keyed
/// `atop-<atopid>-p<phase>`. See docs/data.md for every quirk and how it is handled.
///
/// Throws parse_error or data_error (file:line:column) at the first bad row in strict mode: an
/// unreadable number, an impossible date, an exit before the entry, a pledge that is not 0 or 1,
/// an atopid missing from the alliance file or listed twice there, overlapping rows of one member.
/// Lenient mode skips the row and reports it. An alliance over `options.pacts` (more member rows
/// than max_member_spells, or ties past max_ties) is a parse_error in either mode. Either way a
/// throw leaves `net` exactly as it was.
import_report import_atop(alliance_network& net, const text_file& members, const text_file& alliances,
                          const import_options& options = {});

/// Reads `atop5_1m.csv` and `atop5_1a.csv` from files and imports them as above.
import_report import_atop(alliance_network& net, const std::filesystem::path& members,
                          const std::filesystem::path& alliances, const import_options& options = {});

}  // namespace pactgraph::io
