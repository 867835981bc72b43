// libFuzzer target: the COW IGO importer, strict and lenient, loading the columns csto and nato.

#include <array>

#include "fuzz_support.hpp"
#include "pactgraph/io/cow_igo.hpp"

using namespace pactgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::array<std::string, 2> organisations{"csto", "nato"};
  const io::text_file file{.name = "igo.csv", .text = std::string(fuzz::as_text(data, size))};
  for (const auto mode : {io::import_mode::strict, io::import_mode::lenient}) {
    alliance_network net = fuzz::base_network();
    const alliance_network before = net;
    try {
      const auto report = io::import_cow_igo(net, file, organisations, {.mode = mode, .limits = fuzz::small_limits});
      fuzz::require(report.rows_loaded <= report.rows_read, "no more rows loaded than read");
      fuzz::require_round_trip(net);
    } catch (const error&) {
      fuzz::require(net == before, "a failed import leaves the network as it was");
    }
  }
  return 0;
}
