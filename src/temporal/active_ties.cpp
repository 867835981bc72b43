#include "pactgraph/temporal/active_ties.hpp"

#include <algorithm>

#include "pactgraph/error.hpp"

namespace pactgraph {

tie_timeline::tie_timeline(const alliance_network& net) : m_net(&net) {
  const auto ties = net.ties();
  m_starts.reserve(ties.size());
  m_ends.reserve(ties.size());
  for (std::uint32_t i = 0; i < ties.size(); ++i) {
    m_starts.emplace_back(ties[i].when.begin, i);
    if (!ties[i].when.is_open()) m_ends.emplace_back(ties[i].when.end, i);
  }
  std::sort(m_starts.begin(), m_starts.end());
  std::sort(m_ends.begin(), m_ends.end());
}

void active_ties::move_to(day_number day) {
  if (m_started && day < m_day) throw usage_error("active_ties moves forward only");
  const auto& starts = m_timeline->m_starts;
  const auto& ends = m_timeline->m_ends;
  // Starts before ends: a tie that both begins and ends in the step is set, then cleared.
  for (; m_next_start < starts.size() && starts[m_next_start].first <= day; ++m_next_start) {
    const auto t = starts[m_next_start].second;
    m_bits[t / 64] |= std::uint64_t{1} << (t % 64);
  }
  for (; m_next_end < ends.size() && ends[m_next_end].first <= day; ++m_next_end) {
    const auto t = ends[m_next_end].second;
    m_bits[t / 64] &= ~(std::uint64_t{1} << (t % 64));
  }
  m_day = day;
  m_started = true;
}

}  // namespace pactgraph
