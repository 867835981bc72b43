// Query dates, read by the library as the command reads --at.
#include "dates.hpp"

#include "bindings.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::python {

day_number query_day(const std::optional<std::string>& text, std::string_view option) {
  return text ? query::parse_day(*text, option) : query::default_day();
}

void bind_dates(py::module_& m) {
  m.def("query_day", [](std::optional<std::string> text, const std::string& option) { return query_day(text, option); },
        py::arg("text"), py::arg("option") = "at",
        "The day number (days since 1970-01-01) a query date means, as the command reads --at.");
  m.def("day_text", [](day_number day) { return query::day_text(day); }, py::arg("day"), "ISO text of a day number.");
}

}  // namespace pactgraph::python
