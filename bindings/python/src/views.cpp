// The kinds and actors of a view, read by the library as the command reads --kinds and --actors.
#include "views.hpp"

#include "pactgraph/query/parse.hpp"

namespace pactgraph::python {

snapshot_options view_options(const std::optional<std::string>& kinds, const std::optional<std::string>& actors,
                              snapshot_options defaults) {
  return query::view_options(kinds.value_or(""), actors.value_or(""), defaults);
}

}  // namespace pactgraph::python
