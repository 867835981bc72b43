// libFuzzer target: the native JSON dataset reader; what it accepts must save and load back unchanged.

#include "fuzz_support.hpp"

using namespace pactgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const alliance_network net = io::read_dataset(fuzz::as_text(data, size), "fuzz.json");
    fuzz::require_round_trip(net);
  } catch (const parse_error& e) {
    fuzz::require(e.where().file == "fuzz.json", "a JSON syntax error names the file");
  } catch (const data_error& e) {
    fuzz::require(!e.where().pointer.empty(), "a JSON content error has a pointer");
  }
  return 0;
}
