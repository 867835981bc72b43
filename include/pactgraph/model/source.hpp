#pragma once

#include <cstdint>
#include <string>

#include "pactgraph/model/date.hpp"
#include "pactgraph/model/ids.hpp"

namespace pactgraph {

/// A data source of a network (ATOP 5.1, COW state system, COW IGO, a hand-made file).
using source_id = strong_id<struct source_tag>;

/// Where a source's facts come from, and the days it covers.
///
/// Outside `[first_day, last_day]` (both inclusive) the source says nothing: a missing tie
/// there is "not covered", not "no tie".
struct source {
  std::string key{};       ///< short unique name, e.g. `atop5.1`
  std::string citation{};  ///< how the dataset asks to be cited
  date first{};            ///< first day covered
  date last{};             ///< last day covered

  [[nodiscard]] constexpr bool covers(day_number day) const { return first.first_day() <= day && day <= last.last_day(); }

  friend bool operator==(const source&, const source&) = default;
};

}  // namespace pactgraph
