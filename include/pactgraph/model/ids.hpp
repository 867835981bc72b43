#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <limits>

namespace pactgraph {

/// A strongly typed index, so an actor can never be passed where a pact is expected.
template <class Tag>
class strong_id {
 public:
  using value_type = std::uint32_t;
  static constexpr value_type invalid_value = std::numeric_limits<value_type>::max();

  constexpr strong_id() = default;
  constexpr explicit strong_id(value_type value) : m_value(value) {}

  [[nodiscard]] constexpr value_type value() const { return m_value; }
  [[nodiscard]] constexpr bool valid() const { return m_value != invalid_value; }

  friend constexpr auto operator<=>(strong_id, strong_id) = default;

 private:
  value_type m_value = invalid_value;
};

/// A state or organisation of an alliance_network; also its vertex index in the multigraph.
using actor_id = strong_id<struct actor_tag>;
/// A pact of an alliance_network.
using pact_id = strong_id<struct pact_tag>;
/// A state's membership record of an organisation.
using membership_id = strong_id<struct membership_tag>;
/// One dyadic dated tie of the multigraph (an edge).
using tie_id = strong_id<struct tie_tag>;

}  // namespace pactgraph

template <class Tag>
struct std::hash<pactgraph::strong_id<Tag>> {
  std::size_t operator()(pactgraph::strong_id<Tag> id) const noexcept { return std::hash<std::uint32_t>{}(id.value()); }
};
