#pragma once

#include <cstddef>

namespace pactgraph::detail {

/// The number of worker threads for `work` items when `asked` were asked for: 0 means every hardware
/// thread; never more threads than items, and at least one. Compiled, so that callers need not
/// include <thread>.
unsigned worker_count(unsigned asked, std::size_t work);

}  // namespace pactgraph::detail
