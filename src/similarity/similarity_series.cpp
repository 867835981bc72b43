#include "pactgraph/similarity/similarity_series.hpp"

#include <algorithm>

#include "frame_builder.hpp"
#include "pactgraph/algorithms/series.hpp"
#include "pactgraph/panels/dyad_years.hpp"

namespace pactgraph {

std::vector<similarity_frame> similarity_by_year(const alliance_network& net, year_span years,
                                                 const similarity_options& options) {
  const dyad_year_panel panel = directed_dyad_years(net, years, {.threads = options.threads});
  const auto count = static_cast<std::size_t>(std::max(0, years.count()));
  // The panel is sorted by year: each year's rows are one run, starting at starts[year - first].
  std::vector<std::size_t> starts(count + 1, panel.rows.size());
  for (std::size_t r = panel.rows.size(); r-- > 0;) starts[static_cast<std::size_t>(panel.rows[r].year - years.first)] = r;
  for (std::size_t y = count; y-- > 0;) starts[y] = std::min(starts[y], starts[y + 1]);

  // One frame per 31 December, computed by series(): years shared among threads, results in order.
  const auto frame_of_year = [&](const alliance_network&, day_number last) {
    const int year = date::from_days(last).year();
    const auto y = static_cast<std::size_t>(year - years.first);
    std::vector<directed_obligation> obligations;
    obligations.reserve(starts[y + 1] - starts[y]);
    for (std::size_t r = starts[y]; r < starts[y + 1]; ++r)
      obligations.push_back({.from = panel.rows[r].a, .to = panel.rows[r].b, .kinds = panel.rows[r].obligations});
    const day_number first = day_of(year, 1, 1);
    return detail::frame_of(net, year, last, net.covered(first) || net.covered(last),
                            detail::system_states(net, first, last), obligations, options);
  };
  const auto dates = every_year(years.first, years.last);
  return series(net, dates, frame_of_year, {.threads = options.threads, .progress = options.progress});
}

}  // namespace pactgraph
