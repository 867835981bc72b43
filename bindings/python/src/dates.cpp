// Query dates, read as the command reads --at.
#include "dates.hpp"

#include "bindings.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/io/seed_scenario.hpp"

namespace pactgraph::python {

day_number query_day(const std::optional<std::string>& text, std::string_view option) {
  if (!text) return io::seed_date.last_day();
  const auto d = date::parse(*text);
  if (!d)
    throw usage_error(std::string(option) + ": bad date '" + *text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  return d->last_day();
}

void bind_dates(py::module_& m) {
  m.def("query_day", [](std::optional<std::string> text, const std::string& option) { return query_day(text, option); },
        py::arg("text"), py::arg("option") = "at",
        "The day number (days since 1970-01-01) a query date means, as the command reads --at.");
  m.def("day_text", [](day_number day) { return date::from_days(day).to_string(); }, py::arg("day"),
        "ISO text of a day number.");
}

}  // namespace pactgraph::python
