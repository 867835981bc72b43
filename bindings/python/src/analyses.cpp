// The command's analyses of a snapshot, asked of pactgraph::query: centrality and stats on a day or over
// a span of years, paths, cascades, blocs and balance. Each computes without the GIL.
#include <optional>
#include <string>

#include "bindings.hpp"
#include "dates.hpp"
#include "network.hpp"
#include "pactgraph/query/balance.hpp"
#include "pactgraph/query/blocs.hpp"
#include "pactgraph/query/cascade.hpp"
#include "pactgraph/query/centrality.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/path.hpp"
#include "pactgraph/query/stats.hpp"
#include "tables.hpp"
#include "views.hpp"

namespace pactgraph::python {

namespace {

using text = std::optional<std::string>;

/// The query on a day or, when `years` is given, over the span; with the GIL released.
template <class Options>
query::table on_day_or_span(const network_handle& n, day_number day, const text& years, const Options& options,
                            query::table (*on_day)(const alliance_network&, day_number, const Options&),
                            query::table (*on_span)(const alliance_network&, year_span, const Options&)) {
  return without_gil([&] {
    return years ? on_span(*n.net, query::parse_years(*years), options) : on_day(*n.net, day, options);
  });
}

}  // namespace

void bind_analyses(py::module_& m) {
  py::class_<network_handle> network = py::reinterpret_borrow<py::class_<network_handle>>(m.attr("Network"));

  network.def("centrality_table", [](const network_handle& n, day_number day, const text& years,
                                     const std::string& metrics, const std::string& normalization,
                                     std::optional<double> tolerance, std::optional<std::size_t> max_iterations,
                                     unsigned threads, const text& kinds, const text& actors) {
    query::centrality_options options{.metrics = metrics, .normalization = normalization,
                                      .max_iterations = max_iterations, .threads = threads,
                                      .view = view_options(kinds, actors)};
    if (tolerance) options.tolerance = *tolerance;
    return table_to_python(on_day_or_span<query::centrality_options>(n, day, years, options, &query::centrality,
                                                                     &query::centrality));
  });
  network.def("stats_table", [](const network_handle& n, day_number day, const text& years, unsigned threads,
                                const text& kinds, const text& actors) {
    const query::stats_options options{.threads = threads, .view = view_options(kinds, actors)};
    return table_to_python(on_day_or_span<query::stats_options>(n, day, years, options, &query::stats, &query::stats));
  });
  network.def("path_tables", [](const network_handle& n, const std::string& from, const std::string& to,
                                day_number day, bool all, std::size_t k, const text& length, const text& kinds,
                                const text& actors) {
    const query::path_options options{.all = all,
                                      .k = k,
                                      .length = length ? query::parse_edge_length(*length, "length") : edge_length::hops,
                                      .view = view_options(kinds, actors)};
    const auto t = without_gil([&] { return query::path(*n.net, from, to, day, options); });
    return py::make_tuple(table_to_python(t.paths), table_to_python(t.steps));
  });
  network.def("cascade_table", [](const network_handle& n, const std::string& target, day_number day,
                                  const text& obligations, std::optional<std::uint32_t> max_hops) {
    cascade_options options;
    if (obligations) options.obligations = query::parse_kinds(*obligations);
    if (max_hops) options.max_hops = *max_hops;
    return table_to_python(without_gil([&] { return query::cascade(*n.net, target, day, options); }));
  });
  network.def("blocs_tables", [](const network_handle& n, day_number day, const std::string& method,
                                 std::size_t min_size, std::uint64_t seed, const text& kinds, const text& actors) {
    const query::blocs_options options{.method = method, .min_size = min_size, .seed = seed,
                                       .view = view_options(kinds, actors)};
    const auto t = without_gil([&] { return query::blocs(*n.net, day, options); });
    return py::make_tuple(table_to_python(t.blocs), table_to_python(t.members));
  });
  network.def("balance_table", [](const network_handle& n, day_number day, const text& kinds, const text& actors) {
    const snapshot_options view = view_options(kinds, actors, query::balance_view);
    return table_to_python(without_gil([&] { return query::balance(*n.net, day, view); }));
  });
}

}  // namespace pactgraph::python
