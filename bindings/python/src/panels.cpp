// The command's panels, asked of pactgraph::query: state-years, dyad-years or dyad spells, and
// portfolio similarity on a day or over a span of years. Each computes without the GIL.
#include <optional>
#include <string>

#include "bindings.hpp"
#include "dates.hpp"
#include "network.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/io/similarity_weights_file.hpp"
#include "pactgraph/query/dyads.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/similarity.hpp"
#include "pactgraph/query/states.hpp"
#include "tables.hpp"

namespace pactgraph::python {

namespace {

using text = std::optional<std::string>;

/// The window of dyad spells, as the command reads --from and --to.
dyad_spell_options spell_window(bool undirected, const text& from, const text& to) {
  dyad_spell_options options{.directed = !undirected};
  if (from) options.first = query::parse_first_day(*from, "from");
  if (to) options.last = query::parse_day(*to, "to");
  if (options.last < options.first) throw usage_error("to " + to.value_or("") + " is before from " + from.value_or(""));
  return options;
}

}  // namespace

void bind_panels(py::module_& m) {
  py::class_<network_handle> network = py::reinterpret_borrow<py::class_<network_handle>>(m.attr("Network"));

  network.def("states_table", [](const network_handle& n, const std::string& years, unsigned threads) {
    return table_to_python(without_gil([&] {
      return query::states(*n.net, query::panel_years(*n.net, years), {.threads = threads});
    }));
  });
  network.def("dyads_table", [](const network_handle& n, const std::string& years, bool undirected, bool all_pairs,
                                unsigned threads) {
    const query::dyads_options options{.undirected = undirected, .all_pairs = all_pairs, .threads = threads};
    return table_to_python(without_gil([&] {
      return query::dyads(*n.net, query::panel_years(*n.net, years), options);
    }));
  });
  network.def("spells_table", [](const network_handle& n, bool undirected, const text& from, const text& to) {
    const dyad_spell_options options = spell_window(undirected, from, to);
    return table_to_python(without_gil([&] { return query::dyad_spells(*n.net, options); }));
  });
  network.def("similarity_table", [](const network_handle& n, day_number day, const text& years,
                                     const std::string& measures, const std::string& scale,
                                     const std::string& direction, const text& weights_file, const text& dyads,
                                     unsigned threads) {
    query::similarity_options options{.measures = measures, .scale = scale, .direction = direction,
                                      .dyads = dyads.value_or(""), .threads = threads};
    return table_to_python(without_gil([&] {
      similarity_weights weights;
      if (weights_file) {
        weights = io::read_similarity_weights(io::read_text_file(*weights_file), *n.net);
        options.weights = &weights;
      }
      return years ? query::similarity(*n.net, query::parse_years(*years), options)
                   : query::similarity(*n.net, day, options);
    }));
  });
}

}  // namespace pactgraph::python
