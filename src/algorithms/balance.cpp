// Signed triangles and frustration of the signed ties of a snapshot.

#include "pactgraph/algorithms/balance.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "pactgraph/error.hpp"

namespace pactgraph {

namespace {

void require_undirected(const snapshot& s) {
  if (s.directed()) throw usage_error("structural balance needs an undirected snapshot, not an obligation view");
}

}  // namespace

triangle_census signed_triangles(const snapshot& s) {
  require_undirected(s);
  const simple_graph& g = s.graph();
  const auto edges = s.edges();
  const auto offsets = g.out_offsets(), targets = g.out_targets(), arc_edges = g.out_edges();
  triangle_census out{};
  std::vector<std::uint32_t> common;
  for (std::uint32_t u = 0; u < g.vertex_count(); ++u)
    for (std::uint32_t a = offsets[u]; a < offsets[u + 1]; ++a) {
      const std::uint32_t v = targets[a];
      if (v <= u) continue;
      common.clear();
      const auto nu = g.out(u), nv = g.out(v);
      std::set_intersection(std::upper_bound(nu.begin(), nu.end(), v), nu.end(), std::upper_bound(nv.begin(), nv.end(), v),
                            nv.end(), std::back_inserter(common));
      for (const std::uint32_t w : common) {
        const int signs[3] = {edges[arc_edges[a]].sign(), edges[*g.edge_between(u, w)].sign(),
                              edges[*g.edge_between(v, w)].sign()};
        if (std::count(signs, signs + 3, 0) > 0) {
          ++out.with_mixed;
          continue;
        }
        switch (std::count(signs, signs + 3, -1)) {
          case 0: ++out.ppp; break;
          case 1: ++out.ppn; break;
          case 2: ++out.pnn; break;
          default: ++out.nnn; break;
        }
      }
    }
  return out;
}

frustration frustration_of(const snapshot& s, std::span<const std::uint32_t> camp) {
  require_undirected(s);
  if (camp.size() != s.vertex_count())
    throw usage_error("the partition has " + std::to_string(camp.size()) + " camps for " +
                      std::to_string(s.vertex_count()) + " vertices");
  frustration out{};
  for (const auto& e : s.edges()) {
    const bool same = camp[e.u] == camp[e.v];
    if (e.sign() == 0)
      ++out.mixed;
    else if (e.sign() > 0 && !same)
      ++out.positive_across;
    else if (e.sign() < 0 && same)
      ++out.negative_within;
  }
  return out;
}

}  // namespace pactgraph
