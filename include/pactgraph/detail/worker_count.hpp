#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>

namespace pactgraph::detail {

/// The number of worker threads for `work` items when `asked` were asked for: 0 means every hardware
/// thread; never more threads than items, and at least one.
inline unsigned worker_count(unsigned asked, std::size_t work) {
  unsigned t = asked == 0 ? std::max(1u, std::thread::hardware_concurrency()) : asked;
  if (work < t) t = static_cast<unsigned>(std::max<std::size_t>(1, work));
  return t;
}

}  // namespace pactgraph::detail
