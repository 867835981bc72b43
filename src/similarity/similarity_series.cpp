#include "pactgraph/similarity/similarity_series.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "frame_builder.hpp"
#include "pactgraph/panels/dyad_years.hpp"

namespace pactgraph {

std::vector<similarity_frame> similarity_by_year(const alliance_network& net, year_span years,
                                                 const similarity_options& options) {
  const dyad_year_panel panel = directed_dyad_years(net, years, {.threads = options.threads});
  const auto count = static_cast<std::size_t>(years.count());
  // The panel is sorted by year: each year's rows are one run.
  std::vector<std::size_t> starts(count + 1, panel.rows.size());
  for (std::size_t r = panel.rows.size(); r-- > 0;) starts[static_cast<std::size_t>(panel.rows[r].year - years.first)] = r;
  for (std::size_t y = count; y-- > 0;) starts[y] = std::min(starts[y], starts[y + 1]);

  std::vector<std::optional<similarity_frame>> slots(count);
  std::vector<std::exception_ptr> errors(count);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex progress_lock;
  std::size_t done = 0;
  auto work = [&] {
    std::vector<directed_obligation> obligations;
    for (;;) {
      const std::size_t y = next.fetch_add(1);
      if (y >= count || failed.load()) return;
      const int year = years.first + static_cast<int>(y);
      const day_number first = day_of(year, 1, 1), last = day_of(year, 12, 31);
      try {
        obligations.clear();
        for (std::size_t r = starts[y]; r < starts[y + 1]; ++r) {
          const dyad_year& row = panel.rows[r];
          obligations.push_back({.from = row.a, .to = row.b, .kinds = row.obligations});
        }
        slots[y].emplace(detail::frame_of(net, year, last, net.covered(first) || net.covered(last),
                                  detail::system_states(net, first, last), obligations, options));
      } catch (...) {
        errors[y] = std::current_exception();
        failed.store(true);
        return;
      }
      if (options.progress) {
        const std::scoped_lock hold(progress_lock);
        options.progress(++done, count);
      }
    }
  };
  unsigned threads = options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.threads;
  threads = static_cast<unsigned>(std::clamp<std::size_t>(count, 1, threads));
  if (threads == 1) {
    work();
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  }
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);  // the earliest failed year
  std::vector<similarity_frame> out;
  out.reserve(count);
  for (auto& slot : slots) out.push_back(std::move(*slot));
  return out;
}

}  // namespace pactgraph
