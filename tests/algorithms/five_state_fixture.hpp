#pragma once

// The small network the per-measure centrality tests share.

#include "pactgraph/model/alliance_network.hpp"
#include "support.hpp"

namespace pactgraph::testing {

/// The query day of five_state_fixture().
inline const day_number day = day_of(2000, 1, 1);

/// A, B, C in a defence pact (a triangle); A–B also in a consultation pact (a parallel tie);
/// D pledges to defend C, which pledges nothing back (one arc D → C in the defence view); E in no pact.
inline alliance_network fixture() {
  alliance_network net;
  const auto a = add_state(net, "A"), b = add_state(net, "B"), c = add_state(net, "C"), d = add_state(net, "D");
  add_state(net, "E");
  add_pact(net, "abc", {{a, "1990-01-01", "", tie_kind::defence},
                        {b, "1990-01-01", "", tie_kind::defence},
                        {c, "1990-01-01", "", tie_kind::defence}});
  add_pact(net, "ab", {{a, "1995-01-01", "", tie_kind::consultation}, {b, "1995-01-01", "", tie_kind::consultation}});
  add_pact(net, "dc", {{d, "1990-01-01", "", tie_kind::defence}, {c, "1990-01-01", "", tie_kind::none}});
  return net;
}

}  // namespace pactgraph::testing
