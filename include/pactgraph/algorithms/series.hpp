#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "pactgraph/detail/worker_count.hpp"
#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/model/date.hpp"
#include "pactgraph/temporal/active_ties.hpp"
#include "pactgraph/temporal/snapshot.hpp"

namespace pactgraph {

/// A measure of one snapshot, e.g. `[](const snapshot& s) { return betweenness(s); }`.
template <class F>
concept snapshot_metric = std::invocable<const F&, const snapshot&>;

/// A measure of a network on a day, for views other than the standard snapshot (an obligation view).
template <class F>
concept dated_metric = std::invocable<const F&, const alliance_network&, day_number>;

namespace detail {

/// The part of series() that does not depend on the metric, compiled: hands out positions
/// 0..count-1 in order, stops after a failure, reports progress, runs the workers.
class date_queue {
 public:
  date_queue(std::size_t count, std::function<void(std::size_t, std::size_t)> progress);
  date_queue(const date_queue&) = delete;
  date_queue& operator=(const date_queue&) = delete;
  ~date_queue();
  /// The next position, or `count` when none is left or a worker failed.
  std::size_t next();
  void fail();
  /// Reports one more date done (calls never overlap).
  void finished_one();
  /// Runs `work(context)` on `threads` workers (on this thread when 1) and waits for them.
  void run(unsigned threads, void (*work)(void*), void* context);

 private:
  struct state;
  std::unique_ptr<state> m;
};

template <class F, bool = snapshot_metric<F>>
struct metric_result {
  using type = std::remove_cvref_t<std::invoke_result_t<const F&, const snapshot&>>;
};
template <class F>
struct metric_result<F, false> {
  using type = std::remove_cvref_t<std::invoke_result_t<const F&, const alliance_network&, day_number>>;
};
}  // namespace detail

/// Options of series.
struct series_options {
  unsigned threads = 0;  ///< 0: every hardware thread; results are the same for any count
  snapshot_options snapshot = {};  ///< the snapshot a snapshot_metric receives
  /// Called once per date as each finishes, with (dates done, dates in all); calls never overlap.
  std::function<void(std::size_t, std::size_t)> progress = {};
};

/// The same day of the year, every year from `first` to `last`: every_year(1816, 2018) is each 31 December.
[[nodiscard]] inline std::vector<day_number> every_year(int first, int last, unsigned month = 12, unsigned day = 31) {
  std::vector<day_number> out{};
  for (int y = first; y <= last; ++y) out.push_back(day_of(y, month, day));
  return out;
}

/// One metric over many dates, one snapshot per date, dates shared among threads.
///
/// Results come in the order of `dates`. Each date is computed by one call of `metric`, so the
/// results do not depend on the thread count as long as the metric is deterministic (every
/// pactgraph measure is; keep their own `threads` at 1 here). O(Σ snapshot + metric cost) / threads.
/// An exception from a metric stops the series and is rethrown (of the failed dates, the earliest day).
template <class F>
  requires snapshot_metric<F> || dated_metric<F>
[[nodiscard]] auto series(const alliance_network& net, std::span<const day_number> dates, const F& metric,
                          const series_options& options = {}) {
  using result = typename detail::metric_result<F>::type;
  const std::size_t count = dates.size();
  std::vector<std::optional<result>> slots(count);
  std::vector<std::exception_ptr> errors(count);
  detail::date_queue queue(count, options.progress);

  // Dates are handed out in ascending order, so every thread meets its dates in ascending order and
  // can move one cursor over the ties' timeline instead of scanning every tie per snapshot.
  std::vector<std::size_t> by_day(count);
  for (std::size_t i = 0; i < count; ++i) by_day[i] = i;
  std::stable_sort(by_day.begin(), by_day.end(), [&](std::size_t a, std::size_t b) { return dates[a] < dates[b]; });
  std::optional<tie_timeline> timeline{};
  if constexpr (snapshot_metric<F>) timeline.emplace(net);

  auto work = [&] {
    std::optional<active_ties> cursor{};
    if constexpr (snapshot_metric<F>) cursor.emplace(*timeline);
    snapshot day_view{};  // rebuilt for each date, reusing its storage
    for (std::size_t k = queue.next(); k < count; k = queue.next()) {
      const std::size_t i = by_day[k];
      try {
        if constexpr (snapshot_metric<F>) {
          cursor->move_to(dates[i]);
          day_view.assign(*cursor, options.snapshot);
          slots[i].emplace(metric(std::as_const(day_view)));
        } else {
          slots[i].emplace(metric(net, dates[i]));
        }
      } catch (...) {
        errors[i] = std::current_exception();
        queue.fail();
        return;
      }
      queue.finished_one();
    }
  };
  queue.run(detail::worker_count(options.threads, count), [](void* w) { (*static_cast<decltype(work)*>(w))(); }, &work);
  for (const std::size_t i : by_day)
    if (errors[i]) std::rethrow_exception(errors[i]);
  std::vector<result> out{};
  out.reserve(count);
  for (auto& slot : slots) out.push_back(std::move(*slot));
  return out;
}

}  // namespace pactgraph
