#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "pactgraph/model/ids.hpp"
#include "pactgraph/model/tie_kind.hpp"
#include "pactgraph/similarity/portfolio_scale.hpp"

namespace pactgraph {

/// Which obligations between i and k make i's portfolio value for k.
enum class portfolio_direction : std::uint8_t {
  either,    ///< an obligation in either direction, as in undirected dyad-years (default)
  given,     ///< what i pledges to k
  received,  ///< what k pledges to i
};

/// `either`, `given` or `received`.
[[nodiscard]] std::optional<portfolio_direction> portfolio_direction_from_name(std::string_view name);
[[nodiscard]] std::string_view name_of(portfolio_direction direction);

/// `from` pledges `kinds` to `to` (one directed dyad; parallel records may repeat a dyad).
struct directed_obligation {
  actor_id from{};
  actor_id to{};
  tie_kind kinds = tie_kind::none;
};

/// The alliance portfolios of the states of one system N: a_ik for every i and k in N, with
/// a_ii the scale's maximum (a state is maximally committed to itself).
///
/// Stored dense (n² bytes) for lookups and as sorted non-zero lists for the pair loop, whose
/// cost is then O(non-zeros of i + non-zeros of j) instead of O(n).
class portfolio_set {
 public:
  /// One non-zero value of a portfolio: state index k and a_ik.
  struct entry {
    std::uint32_t k = 0;
    std::uint8_t value = 0;
  };

  portfolio_set() = default;
  /// `states`: N in row order (callers sort them, e.g. by COW code); obligations with an end
  /// outside N are ignored. O(n² + obligations).
  portfolio_set(std::vector<actor_id> states, std::span<const directed_obligation> obligations,
                const portfolio_scale& scale = {}, portfolio_direction direction = portfolio_direction::either);

  [[nodiscard]] std::size_t size() const { return m_states.size(); }
  [[nodiscard]] std::span<const actor_id> states() const { return m_states; }
  [[nodiscard]] actor_id state(std::size_t i) const { return m_states[i]; }
  /// The row of a state, if it is in N.
  [[nodiscard]] std::optional<std::uint32_t> index_of(actor_id state) const;
  [[nodiscard]] const portfolio_scale& scale() const { return m_scale; }
  [[nodiscard]] std::uint8_t maximum() const { return m_scale.maximum(); }

  /// a_ik.
  [[nodiscard]] std::uint8_t value(std::size_t i, std::size_t k) const { return m_dense[i * size() + k]; }
  /// The whole portfolio a_i, in row order.
  [[nodiscard]] std::span<const std::uint8_t> portfolio(std::size_t i) const {
    return std::span(m_dense).subspan(i * size(), size());
  }
  /// The non-zero values of a_i, by ascending k (a_ii among them).
  [[nodiscard]] std::span<const entry> non_zero(std::size_t i) const {
    return std::span(m_entries).subspan(m_starts[i], m_starts[i + 1] - m_starts[i]);
  }

 private:
  std::vector<actor_id> m_states{};
  portfolio_scale m_scale{};
  std::vector<std::uint8_t> m_dense{};
  std::vector<entry> m_entries{};
  std::vector<std::size_t> m_starts{};
};

}  // namespace pactgraph
