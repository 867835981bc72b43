#pragma once

// What every fuzz target shares: splitting one input into several files, and the checks that turn a
// broken promise of the library into a crash libFuzzer reports.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "pactgraph/io/csv_reader.hpp"
#include "pactgraph/io/json_dataset.hpp"
#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::fuzz {

/// The fuzzer's bytes as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Splits at the first NUL byte: the readers refuse NUL inside a file, so it cannot hide a case.
inline std::pair<std::string, std::string> split_two(std::string_view text) {
  const auto at = text.find('\0');
  if (at == std::string_view::npos) return {std::string(text), std::string()};
  return {std::string(text.substr(0, at)), std::string(text.substr(at + 1))};
}

/// Aborts, so libFuzzer keeps the input, when a promise of the library does not hold.
inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "broken promise: %s\n", what);
  std::abort();
}

/// Small limits, so the fuzzer reaches them instead of spending its time on huge inputs.
inline constexpr io::csv_limits small_limits{.max_field_size = 256, .max_columns = 64};

/// A network an import succeeded on must save and load back unchanged, with stable bytes.
inline void require_round_trip(const alliance_network& net) {
  const std::string text = io::write_dataset(net);
  const alliance_network again = io::read_dataset(text, "round-trip.json");
  require(again == net, "a saved network loads back equal");
  require(io::write_dataset(again) == text, "saving is byte-stable");
}

/// The states the importers resolve members against: Russia, Uzbekistan and the United States.
inline alliance_network base_network() {
  alliance_network net;
  net.add_actor({.kind = actor_kind::state, .abbreviation = "RUS", .name = "Russia", .cow_code = 365});
  net.add_actor({.kind = actor_kind::state, .abbreviation = "UZB", .name = "Uzbekistan", .cow_code = 704});
  net.add_actor({.kind = actor_kind::state, .abbreviation = "USA", .name = "United States of America", .cow_code = 2});
  return net;
}

}  // namespace pactgraph::fuzz
