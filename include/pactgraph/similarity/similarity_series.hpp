#pragma once

#include <vector>

#include "pactgraph/panels/panel_options.hpp"
#include "pactgraph/similarity/similarity_frame.hpp"

namespace pactgraph {

/// One frame per year of `years`, portfolios from the directed dyad-year flags (directed_dyad_years:
/// a year's obligations are those of each pair's last shared phase in it). Years are shared among
/// threads and come back in order, identical for any thread count. Throws as similarity_on.
[[nodiscard]] std::vector<similarity_frame> similarity_by_year(const alliance_network& net, year_span years,
                                                               const similarity_options& options = {});

}  // namespace pactgraph
