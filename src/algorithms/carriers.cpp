#include "pactgraph/algorithms/carriers.hpp"

#include <algorithm>

namespace pactgraph {

carriers carriers_of(const alliance_network& net, const snapshot& s, std::uint32_t edge) {
  carriers c;
  const auto ties = s.ties_of(s.edges()[edge]);
  c.ties.assign(ties.begin(), ties.end());
  std::sort(c.ties.begin(), c.ties.end());
  for (const tie_id t : c.ties)
    if (const pact_id p = net[t].pact(); p.valid()) c.pacts.push_back(p);
  std::sort(c.pacts.begin(), c.pacts.end());
  c.pacts.erase(std::unique(c.pacts.begin(), c.pacts.end()), c.pacts.end());
  return c;
}

}  // namespace pactgraph
