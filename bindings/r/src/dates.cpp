#include "dates.hpp"

#include "pactgraph/error.hpp"
#include "pactgraph/io/seed_scenario.hpp"

namespace pactgraph::r {

day_number query_day(const std::string& text) {
  if (text.empty()) return io::seed_date.last_day();
  const auto d = date::parse(text);
  if (!d) throw usage_error("bad date '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD, or a Date)");
  return d->last_day();
}

}  // namespace pactgraph::r
