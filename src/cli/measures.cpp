#include "measures.hpp"

#include <algorithm>
#include <limits>

#include "names.hpp"
#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/error.hpp"

namespace pactgraph::cli {

namespace {
enum measure : std::size_t { degree_m, betweenness_m, closeness_m, harmonic_m, eigenvector_m, pagerank_m, katz_m };
}  // namespace

std::vector<std::size_t> parse_measures(const std::string& text, std::string_view option) {
  std::vector<std::size_t> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const std::string name = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (name == "all") {
      for (std::size_t m = 0; m < measure_names.size(); ++m) out.push_back(m);
    } else {
      const auto it = std::find(measure_names.begin(), measure_names.end(), name);
      if (it == measure_names.end()) {
        const std::vector<std::string> known(measure_names.begin(), measure_names.end());
        throw usage_error(std::string(option) + ": unknown metric '" + name + "'" +
                          suggestion_text(closest_matches(name, known)));
      }
      out.push_back(static_cast<std::size_t>(it - measure_names.begin()));
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

pactgraph::normalization parse_normalization(const std::string& text) {
  if (text == "networkx") return normalization::networkx;
  if (text == "igraph") return normalization::igraph;
  if (text == "raw") return normalization::raw;
  throw usage_error("--normalization: expected networkx, igraph or raw, not '" + text + "'");
}

snapshot_values compute_measures(const snapshot& s, const std::vector<std::size_t>& metrics,
                                 pactgraph::normalization norm, unsigned threads) {
  snapshot_values out;
  const auto asked = [&](std::size_t m) { return std::find(metrics.begin(), metrics.end(), m) != metrics.end(); };
  distance_centrality_values distances;
  if (asked(betweenness_m) || asked(closeness_m) || asked(harmonic_m))
    distances = distance_centralities(s, {.normalization = norm, .threads = threads});
  for (const std::size_t m : metrics) {
    // The iterative measures can fail to converge on some graphs (Katz whenever α ≥ 1/λmax):
    // the column is left empty for that date rather than failing the whole run.
    try {
      switch (m) {
        case degree_m: out.columns.push_back(degree(s, {.normalization = norm})); break;
        case betweenness_m: out.columns.push_back(distances.betweenness); break;
        case closeness_m: out.columns.push_back(distances.closeness); break;
        case harmonic_m: out.columns.push_back(distances.harmonic); break;
        case eigenvector_m: out.columns.push_back(eigenvector(s, {.normalization = norm})); break;
        case pagerank_m: out.columns.push_back(pagerank(s)); break;
        case katz_m: out.columns.push_back(katz(s, {.normalization = norm})); break;
        default: break;
      }
    } catch (const usage_error&) {
      throw;
    } catch (const error& e) {
      out.columns.emplace_back(s.vertex_count(), std::numeric_limits<double>::quiet_NaN());
      out.failures.push_back(e.what());
    }
  }
  return out;
}

}  // namespace pactgraph::cli
