#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "pactgraph/model/tie_kind.hpp"

namespace pactgraph {

/// How a set of alliance obligations becomes one portfolio value: the highest value of the
/// obligations present, 0 when there is none.
///
/// The valued scale (default) is the one of Bueno de Mesquita (1975) and Signorino and Ritter
/// (1999): defence or offence 3, neutrality or non-aggression 2, consultation 1. Values are
/// integers from 0 to 15 so that a pair's table of values stays small.
struct portfolio_scale {
  /// Values of defence, offence, neutrality, non-aggression and consultation, in that order.
  std::array<std::uint8_t, 5> values{3, 3, 2, 2, 1};

  static constexpr std::uint8_t largest_value = 15;

  [[nodiscard]] static constexpr portfolio_scale valued() { return {}; }
  /// 1 for any obligation.
  [[nodiscard]] static constexpr portfolio_scale binary() { return {.values = {1, 1, 1, 1, 1}}; }

  /// The scale's maximum d_max, also the value of a state for itself.
  [[nodiscard]] constexpr std::uint8_t maximum() const {
    std::uint8_t m = 0;
    for (const auto v : values) m = v > m ? v : m;
    return m;
  }

  /// The highest value of the obligations in `kinds`; kinds outside the five score nothing.
  [[nodiscard]] constexpr std::uint8_t value_of(tie_kind kinds) const {
    constexpr std::array<tie_kind, 5> order{tie_kind::defence, tie_kind::offence, tie_kind::neutrality,
                                            tie_kind::non_aggression, tie_kind::consultation};
    std::uint8_t v = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
      if (any_of(kinds, order[i]) && values[i] > v) v = values[i];
    return v;
  }

  friend constexpr bool operator==(const portfolio_scale&, const portfolio_scale&) = default;
};

/// `valued`, `binary`, or a mapping such as `defense=3,offense=3,neutral=2,nonagg=2,consul=1`
/// (ATOP's column names or pactgraph's kind names; an obligation left out scores 0).
/// Throws usage_error naming the offending item and its 1-based character position.
[[nodiscard]] portfolio_scale parse_portfolio_scale(std::string_view text);

/// The scale as a mapping `parse_portfolio_scale` reads back.
[[nodiscard]] std::string to_string(const portfolio_scale& scale);

}  // namespace pactgraph
