// Maximal cliques by Bron–Kerbosch with Tomita's pivot.

#include "pactgraph/algorithms/cliques.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace pactgraph::detail {

namespace {

class clique_search {
 public:
  explicit clique_search(const simple_graph& g) {
    for (std::uint32_t v = 0; v < g.vertex_count(); ++v) m_rows.push_back(g.neighbours(v));
  }

  std::vector<std::vector<std::uint32_t>> run() {
    if (m_rows.empty()) return {};  // the empty graph has no clique, not one empty clique
    std::vector<std::uint32_t> all(m_rows.size());
    for (std::uint32_t v = 0; v < all.size(); ++v) all[v] = v;
    expand(std::move(all), {});
    std::sort(m_found.begin(), m_found.end());
    return std::move(m_found);
  }

 private:
  static std::vector<std::uint32_t> intersect(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    std::vector<std::uint32_t> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
  }

  void expand(std::vector<std::uint32_t> candidates, std::vector<std::uint32_t> excluded) {
    if (candidates.empty()) {
      if (excluded.empty()) {
        m_found.push_back(m_clique);
        std::sort(m_found.back().begin(), m_found.back().end());
      }
      return;
    }
    // Tomita's pivot: the vertex of P ∪ X with most neighbours in P, so the fewest branches remain.
    std::uint32_t pivot = candidates.front();
    std::size_t best = 0;
    for (const auto* set : {&candidates, &excluded})
      for (const std::uint32_t u : *set) {
        const auto shared = intersect(candidates, m_rows[u]).size();
        if (shared > best || (shared == best && u < pivot)) {
          best = shared;
          pivot = u;
        }
      }
    std::vector<std::uint32_t> branches;
    std::set_difference(candidates.begin(), candidates.end(), m_rows[pivot].begin(), m_rows[pivot].end(),
                        std::back_inserter(branches));
    for (const std::uint32_t v : branches) {
      m_clique.push_back(v);
      expand(intersect(candidates, m_rows[v]), intersect(excluded, m_rows[v]));
      m_clique.pop_back();
      candidates.erase(std::lower_bound(candidates.begin(), candidates.end(), v));
      excluded.insert(std::lower_bound(excluded.begin(), excluded.end(), v), v);
    }
  }

  std::vector<std::vector<std::uint32_t>> m_rows;
  std::vector<std::uint32_t> m_clique;
  std::vector<std::vector<std::uint32_t>> m_found;
};

}  // namespace

std::vector<std::vector<std::uint32_t>> maximal_cliques(const simple_graph& g) { return clique_search(g).run(); }

}  // namespace pactgraph::detail
