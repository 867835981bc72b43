#include "pactgraph/detail/worker_count.hpp"

#include <algorithm>
#include <thread>

namespace pactgraph::detail {

unsigned worker_count(unsigned asked, std::size_t work) {
  unsigned t = asked == 0 ? std::max(1u, std::thread::hardware_concurrency()) : asked;
  if (work < t) t = static_cast<unsigned>(std::max<std::size_t>(1, work));
  return t;
}

}  // namespace pactgraph::detail
