// libFuzzer target: the COW state-system importer, strict and lenient, on any bytes.

#include "fuzz_support.hpp"
#include "pactgraph/io/cow_states.hpp"

using namespace pactgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const io::text_file file{.name = "states.csv", .text = std::string(fuzz::as_text(data, size))};
  for (const auto mode : {io::import_mode::strict, io::import_mode::lenient}) {
    alliance_network net = fuzz::base_network();
    const alliance_network before = net;
    try {
      const auto report = io::import_cow_states(net, file, {.mode = mode, .limits = fuzz::small_limits});
      fuzz::require(report.rows_loaded <= report.rows_read, "no more rows loaded than read");
      fuzz::require_round_trip(net);
    } catch (const error&) {
      fuzz::require(net == before, "a failed import leaves the network as it was");
    }
  }
  return 0;
}
