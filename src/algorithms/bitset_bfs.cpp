#include "bitset_bfs.hpp"

namespace pactgraph::detail {

std::optional<bitset_rows> bitset_rows::when_cheaper(const compact_out_arcs& g) {
  const std::size_t n = g.rows.size() - 1;
  const std::size_t words = (n + 63) / 64;
  if (!g.symmetric || !g.arc_edge.empty() || n == 0 || 3 * n * words > 2 * g.cols.size()) return std::nullopt;
  bitset_rows out;
  out.m_words = words;
  out.m_bits.assign(n * words, 0);
  for (std::size_t v = 0; v < n; ++v)
    for (std::uint32_t k = g.rows[v]; k < g.rows[v + 1]; ++k) {
      std::uint64_t& word = out.m_bits[v * words + g.cols[k] / 64];
      const std::uint64_t bit = std::uint64_t{1} << (g.cols[k] % 64);
      if ((word & bit) != 0) return std::nullopt;  // a parallel arc: paths through it count twice
      word |= bit;
    }
  return out;
}

}  // namespace pactgraph::detail
