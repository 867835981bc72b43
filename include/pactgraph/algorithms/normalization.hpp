#pragma once

#include <cstdint>

namespace pactgraph {

/// Which tool's scaling a centrality follows; each measure documents its formula under each.
///
/// - `networkx` (the default): the values networkx 2.8 returns with its default arguments.
/// - `igraph`: the values python-igraph 0.10 returns with its default arguments.
/// - `raw`: the unscaled quantity (sums of path counts, of distances, plain degrees).
enum class normalization : std::uint8_t { networkx, igraph, raw };

}  // namespace pactgraph
