#pragma once

// Which ties are active as a day moves forward. A snapshot on its own scans every tie of the network;
// a series of snapshots over ascending dates instead visits each tie twice in all (when it begins and
// when it ends) and reads the active set from one bit per tie, in tie order.

#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// The days on which the network's ties begin and end, sorted once: O(T log T). Shared, read-only,
/// by every cursor over the same network; must not outlive the network.
class tie_timeline {
 public:
  explicit tie_timeline(const alliance_network& net);

  [[nodiscard]] const alliance_network& network() const { return *m_net; }
  [[nodiscard]] std::size_t tie_count() const { return m_starts.size(); }

 private:
  friend class active_ties;
  const alliance_network* m_net;
  std::vector<std::pair<day_number, std::uint32_t>> m_starts;  ///< (first day, tie)
  std::vector<std::pair<day_number, std::uint32_t>> m_ends;    ///< (first day after, tie), closed spells only
};

/// The ties active on one day, moved forward day by day; one cursor per thread.
class active_ties {
 public:
  explicit active_ties(const tie_timeline& timeline)
      : m_timeline(&timeline), m_bits((timeline.tie_count() + 63) / 64, 0) {}

  /// Moves to `day`: O(ties that begin or end in between). Throws usage_error when `day` is earlier
  /// than the current day.
  void move_to(day_number day);

  [[nodiscard]] day_number day() const { return m_day; }
  [[nodiscard]] const alliance_network& network() const { return m_timeline->network(); }

  /// Calls f(tie index) for every tie active on day(), in ascending order: O(T / 64 + active ties).
  template <class F>
  void for_each(F&& f) const {
    for (std::size_t w = 0; w < m_bits.size(); ++w)
      for (std::uint64_t bits = m_bits[w]; bits != 0; bits &= bits - 1)
        f(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
  }

 private:
  const tie_timeline* m_timeline;
  std::vector<std::uint64_t> m_bits;
  std::size_t m_next_start = 0;
  std::size_t m_next_end = 0;
  day_number m_day = 0;
  bool m_started = false;
};

}  // namespace pactgraph
