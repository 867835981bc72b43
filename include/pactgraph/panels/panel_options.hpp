#pragma once

#include <cstddef>
#include <functional>

namespace pactgraph {

/// The calendar years `first` to `last`, both included.
struct year_span {
  int first = 0;
  int last = 0;

  [[nodiscard]] constexpr bool contains(int year) const { return first <= year && year <= last; }
  [[nodiscard]] constexpr int count() const { return last < first ? 0 : last - first + 1; }
};

/// How a panel is computed; the rows are the same for any thread count.
struct panel_options {
  unsigned threads = 0;  ///< 0: every hardware thread
  /// Called as years finish, with (years done, years in all), from any worker thread but never
  /// from two at once; empty: no progress.
  std::function<void(std::size_t, std::size_t)> progress{};
};

}  // namespace pactgraph
