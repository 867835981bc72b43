// libFuzzer target: the ATOP importer, strict and lenient. The input is the member file, a NUL byte,
// then the alliance file.

#include "fuzz_support.hpp"
#include "pactgraph/io/atop.hpp"

using namespace pactgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto [members, alliances] = fuzz::split_two(fuzz::as_text(data, size));
  const io::text_file m{.name = "m.csv", .text = std::move(members)};
  const io::text_file a{.name = "a.csv", .text = std::move(alliances)};
  for (const auto mode : {io::import_mode::strict, io::import_mode::lenient}) {
    alliance_network net = fuzz::base_network();
    const alliance_network before = net;
    try {
      const auto report = io::import_atop(net, m, a, {.mode = mode, .limits = fuzz::small_limits});
      fuzz::require(report.rows_loaded <= report.rows_read, "no more rows loaded than read");
      fuzz::require(mode == io::import_mode::lenient || report.diagnostics.empty(), "strict mode reports nothing");
      fuzz::require_round_trip(net);
    } catch (const error&) {
      fuzz::require(net == before, "a failed import leaves the network as it was");
    }
  }
  return 0;
}
