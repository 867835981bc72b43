#include "twin_classes.hpp"

#include <algorithm>
#include <utility>

namespace pactgraph::detail {

twin_classes find_twin_classes(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols) {
  const std::size_t n = rows.size() - 1;
  twin_classes out;
  out.source_weight.assign(n, 1);

  // Each vertex's neighbours sorted, with the vertex itself in its place (the closed neighbourhood).
  std::vector<std::uint32_t> closed_rows(n + 1, 0);
  std::vector<std::uint32_t> closed;
  closed.reserve(cols.size() + n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto first = closed.size();
    closed.insert(closed.end(), cols.begin() + rows[v], cols.begin() + rows[v + 1]);
    closed.push_back(static_cast<std::uint32_t>(v));
    std::sort(closed.begin() + static_cast<std::ptrdiff_t>(first), closed.end());
    closed_rows[v + 1] = static_cast<std::uint32_t>(closed.size());
  }
  auto neighbourhood = [&](std::uint32_t v, bool with_self) {
    std::span<const std::uint32_t> all(closed.data() + closed_rows[v], closed.data() + closed_rows[v + 1]);
    if (with_self) return std::vector<std::uint32_t>(all.begin(), all.end());
    std::vector<std::uint32_t> open;
    open.reserve(all.size() - 1);
    for (const auto u : all)
      if (u != v) open.push_back(u);
    return open;
  };

  auto group = [&](const std::vector<std::uint32_t>& candidates, bool with_self, double distance) {
    std::vector<std::vector<std::uint32_t>> keys(n);
    for (const auto v : candidates) keys[v] = neighbourhood(v, with_self);
    std::vector<std::uint32_t> sorted = candidates;
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint32_t> singles;
    for (std::size_t i = 0; i < sorted.size();) {
      std::size_t j = i + 1;
      while (j < sorted.size() && keys[sorted[j]] == keys[sorted[i]]) ++j;
      if (j - i == 1) {
        singles.push_back(sorted[i]);
      } else {
        // The smallest index represents the class (stable sort keeps ascending order within a key).
        twin_class c{.representative = sorted[i], .others = {}, .distance = distance};
        c.others.assign(sorted.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                        sorted.begin() + static_cast<std::ptrdiff_t>(j));
        out.source_weight[c.representative] = static_cast<std::uint32_t>(j - i);
        for (const auto u : c.others) out.source_weight[u] = 0;
        out.classes.push_back(std::move(c));
      }
      i = j;
    }
    return singles;
  };

  std::vector<std::uint32_t> all;
  for (std::uint32_t v = 0; v < n; ++v)
    if (rows[v + 1] > rows[v]) all.push_back(v);  // isolated vertices reach nothing: nothing to save
  const auto left = group(all, true, 1.0);
  group(left, false, 2.0);
  std::sort(out.classes.begin(), out.classes.end(),
            [](const twin_class& a, const twin_class& b) { return a.representative < b.representative; });
  return out;
}

}  // namespace pactgraph::detail
