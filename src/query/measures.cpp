#include "pactgraph/query/measures.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#include "pactgraph/algorithms/degree.hpp"
#include "pactgraph/algorithms/distance_centralities.hpp"
#include "pactgraph/algorithms/eigenvector.hpp"
#include "pactgraph/algorithms/katz.hpp"
#include "pactgraph/algorithms/pagerank.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/query/names.hpp"

namespace pactgraph::query {

namespace {
enum measure : std::size_t { degree_m, betweenness_m, closeness_m, harmonic_m, eigenvector_m, pagerank_m, katz_m };

/// The options of an iterative measure with the asked limits in place of its defaults.
template <class Options>
Options limited(Options options, const iteration_limits& limits) {
  options.iteration.tolerance = limits.tolerance;
  if (limits.max_iterations) options.iteration.max_iterations = *limits.max_iterations;
  return options;
}

bool good_tolerance(double x) { return x > 0.0 && !std::isinf(x); }
}  // namespace

std::vector<std::size_t> parse_measures(std::string_view text, std::string_view option) {
  std::vector<std::size_t> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const std::string name(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
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
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

pactgraph::normalization parse_normalization(std::string_view text) {
  if (text == "networkx") return normalization::networkx;
  if (text == "igraph") return normalization::igraph;
  if (text == "raw") return normalization::raw;
  throw usage_error("--normalization: expected networkx, igraph or raw, not '" + std::string(text) + "'");
}

iteration_limits parse_iteration_limits(std::string_view tolerance, std::string_view max_iterations) {
  iteration_limits out;
  if (!tolerance.empty()) {
    const char* end = tolerance.data() + tolerance.size();
    const auto [stop, failure] = std::from_chars(tolerance.data(), end, out.tolerance);
    if (failure != std::errc{} || stop != end || !good_tolerance(out.tolerance))
      throw usage_error("--tolerance: expected a positive number such as 1e-10, not '" + std::string(tolerance) + "'");
  }
  if (!max_iterations.empty()) {
    std::size_t count = 0;
    const char* end = max_iterations.data() + max_iterations.size();
    const auto [stop, failure] = std::from_chars(max_iterations.data(), end, count);
    if (failure != std::errc{} || stop != end || count == 0)
      throw usage_error("--max-iterations: expected a whole number of at least 1, not '" + std::string(max_iterations) +
                        "'");
    out.max_iterations = count;
  }
  return out;
}

void check_iteration_limits(const iteration_limits& limits) {
  if (!good_tolerance(limits.tolerance)) {
    std::array<char, 32> text{};
    const auto end = std::to_chars(text.data(), text.data() + text.size(), limits.tolerance).ptr;
    throw usage_error("--tolerance: expected a positive number such as 1e-10, not " + std::string(text.data(), end));
  }
  if (limits.max_iterations && *limits.max_iterations == 0)
    throw usage_error("--max-iterations: expected a whole number of at least 1, not 0");
}

measure_values compute_measures(const snapshot& s, const std::vector<std::size_t>& metrics,
                                pactgraph::normalization norm, unsigned threads, const iteration_limits& limits) {
  measure_values out;
  const auto asked = [&](std::size_t m) { return std::find(metrics.begin(), metrics.end(), m) != metrics.end(); };
  distance_centrality_values distances;
  if (asked(betweenness_m) || asked(closeness_m) || asked(harmonic_m))
    distances = distance_centralities(s, {.normalization = norm, .threads = threads});
  for (const std::size_t m : metrics) {
    // The iterative measures can fail to converge on some graphs (Katz whenever α ≥ 1/λmax, and
    // at networkx's limits on some real snapshots): the column is left empty for that date
    // rather than failing the whole run.
    try {
      switch (m) {
        case degree_m: out.columns.push_back(degree(s, {.normalization = norm})); break;
        case betweenness_m: out.columns.push_back(distances.betweenness); break;
        case closeness_m: out.columns.push_back(distances.closeness); break;
        case harmonic_m: out.columns.push_back(distances.harmonic); break;
        case eigenvector_m: out.columns.push_back(eigenvector(s, limited<eigenvector_options>({.normalization = norm}, limits))); break;
        case pagerank_m: out.columns.push_back(pagerank(s, limited<pagerank_options>({}, limits))); break;
        case katz_m: out.columns.push_back(katz(s, limited<katz_options>({.normalization = norm}, limits))); break;
        default: break;
      }
    } catch (const convergence_error& e) {
      out.columns.emplace_back(s.vertex_count(), std::numeric_limits<double>::quiet_NaN());
      out.failures.push_back(std::string(e.what()) + " (see --max-iterations and --tolerance)");
    }
  }
  return out;
}

}  // namespace pactgraph::query
