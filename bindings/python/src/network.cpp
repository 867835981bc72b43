// Loading a network (the seed, a native JSON dataset, a data folder) and what a Network says of itself.
#include "network.hpp"


#include <filesystem>
#include <optional>

#include "bindings.hpp"
#include "pactgraph/io/data_dir.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/io/seed_scenario.hpp"

namespace pactgraph::python {

namespace {

network_handle loaded(alliance_network net, std::string description, std::vector<io::import_report> reports = {}) {
  return {std::make_shared<const alliance_network>(std::move(net)), std::move(description), std::move(reports)};
}

network_handle load_folder(const std::optional<std::filesystem::path>& dir, bool organisations, bool lenient) {
  const std::filesystem::path folder = dir ? *dir : io::data_dir();
  io::data_dir_options options;
  options.import.mode = lenient ? io::import_mode::lenient : io::import_mode::strict;
  if (!organisations) options.organisations.clear();
  auto result = io::load_data_dir_with_reports(folder, options);
  return loaded(std::move(result.network), folder.string(), std::move(result.reports));
}

}  // namespace

void bind_network(py::module_& m) {
  py::class_<network_handle>(m, "Network", "A loaded alliance network (use pactgraph.seed, load or load_data_dir)")
      .def_readonly("description", &network_handle::description)
      .def_property_readonly("actor_count", [](const network_handle& n) { return n.net->actor_count(); })
      .def_property_readonly("pact_count", [](const network_handle& n) { return n.net->pact_count(); })
      .def_property_readonly("tie_count", [](const network_handle& n) { return n.net->tie_count(); })
      .def("import_reports", [](const network_handle& n) {
        // One tuple per importer: source key, rows read, rows loaded, skipped rows as text.
        py::list out;
        for (const auto& r : n.reports) {
          std::vector<std::string> skipped;
          for (const auto& d : r.diagnostics) skipped.push_back(d.to_string());
          const std::string key = r.source.valid() ? (*n.net)[r.source].key : std::string();
          out.append(py::make_tuple(key, r.rows_read, r.rows_loaded, skipped));
        }
        return out;
      })
      .def("dataset_json", [](const network_handle& n) {
        std::string text;
        {
          py::gil_scoped_release release;
          text = io::write_dataset(*n.net);
        }
        return text;
      });

  m.def("seed", [] { return loaded(io::seed_scenario(), "built-in seed scenario"); },
        py::call_guard<py::gil_scoped_release>());
  m.def("load", [](const std::filesystem::path& path) { return loaded(io::read_dataset_file(path), path.string()); },
        py::arg("path"), py::call_guard<py::gil_scoped_release>());
  m.def("load_data_dir", &load_folder, py::arg("path") = py::none(), py::arg("organisations") = true,
        py::arg("lenient") = false, py::call_guard<py::gil_scoped_release>());
  m.def("default_data_dir", [] { return io::data_dir(); });
  // For pickling: a network from the text of its native dataset, keeping the description it had.
  m.def("load_text", [](const std::string& text, const std::string& description) {
    return loaded(io::read_dataset(text, description), description);
  }, py::arg("text"), py::arg("description"), py::call_guard<py::gil_scoped_release>());
}

}  // namespace pactgraph::python
