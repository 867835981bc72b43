// For the tests of the conversion: a table with every kind of column, with and without missing values.
#include "tables.hpp"

#include <cmath>
#include <limits>

#include "bindings.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::python {

void bind_tables(py::module_& m) {
  m.def("_example_table", [](std::size_t rows) {
    // Row i: id i; code 1000 + i, missing on odd rows; share i / 4 (NaN on every third row);
    // label "row i" (missing on every fifth row); flag i % 2.
    query::table t{.name = "example"};
    auto id = query::integer_column("id");
    auto code = query::integer_column("code");
    auto share = query::real_column("share");
    auto label = query::text_column("label");
    auto flag = query::integer_column("flag");
    for (std::size_t i = 0; i < rows; ++i) {
      const auto n = static_cast<std::int64_t>(i);
      id.push(n);
      if (i % 2 == 1)
        code.push_missing();
      else
        code.push(1000 + n);
      share.push(i % 3 == 0 ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(i) / 4.0);
      if (i % 5 == 0)
        label.push_missing();
      else
        label.push("row " + std::to_string(i));
      flag.push(n % 2);
    }
    t.columns = {id, code, share, label, flag};
    t.notes = {"an example"};
    return table_to_python(t);
  });
}

}  // namespace pactgraph::python
