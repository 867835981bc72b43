// libFuzzer target: DOT import through Graphviz cgraph; what it accepts must export and import back unchanged.

#include "fuzz_support.hpp"
#include "pactgraph/render/dot.hpp"

using namespace pactgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const alliance_network net = render::read_dot(fuzz::as_text(data, size), "fuzz.dot");
    const std::string dot = render::write_dot(net);
    fuzz::require(render::read_dot(dot, "again.dot") == net, "an exported network imports back equal");
    fuzz::require_round_trip(net);
  } catch (const error&) {
    // parse_error, data_error or render_error: refused with a message, which is all DOT import promises
  }
  return 0;
}
