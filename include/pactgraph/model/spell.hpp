#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>

#include "pactgraph/model/date.hpp"

namespace pactgraph {

/// A half-open span of days `[begin, end)`; `end == open_end` means ongoing.
///
/// The spell remembers the precision of its source dates, so it prints back as given:
/// an entry known only to the month begins on its first day, an exit known only to the
/// month ends on its last day: partial dates widen outwards, so a spell never claims less than
/// its source allows.
struct spell {
  day_number begin = 0;
  day_number end = open_end;
  date_precision begin_precision = date_precision::day;
  date_precision end_precision = date_precision::day;

  /// The spell from an entry date to an optional exit date (none: ongoing).
  static constexpr spell between(date entry, std::optional<date> exit = std::nullopt) {
    spell s;
    s.begin = entry.first_day();
    s.begin_precision = entry.precision();
    if (exit) {
      s.end = exit->last_day();
      s.end_precision = exit->precision();
    }
    return s;
  }

  [[nodiscard]] constexpr bool is_open() const { return end == open_end; }
  /// True when the spell ends before it begins; an empty spell (begin == end) is allowed.
  [[nodiscard]] constexpr bool is_reversed() const { return end < begin; }
  [[nodiscard]] constexpr bool contains(day_number day) const { return begin <= day && day < end; }
  [[nodiscard]] constexpr bool overlaps(const spell& other) const {
    return begin < other.end && other.begin < end;
  }

  /// The entry date at the precision it was given.
  [[nodiscard]] constexpr date begin_date() const {
    const auto d = date::from_days(begin).ymd();
    return date(d, begin_precision);
  }
  /// The exit date at the precision it was given; nothing when open.
  [[nodiscard]] constexpr std::optional<date> end_date() const {
    if (is_open()) return std::nullopt;
    const auto d = date::from_days(end).ymd();
    return date(d, end_precision);
  }

  /// The days both spells share; empty (begin == end) when they do not overlap.
  [[nodiscard]] constexpr spell intersection(const spell& other) const {
    spell s = *this;
    if (other.begin > s.begin) {
      s.begin = other.begin;
      s.begin_precision = other.begin_precision;
    }
    if (other.end < s.end) {
      s.end = other.end;
      s.end_precision = other.end_precision;
    }
    if (s.end < s.begin) s.end = s.begin;
    return s;
  }

  friend constexpr bool operator==(const spell&, const spell&) = default;
};

}  // namespace pactgraph
