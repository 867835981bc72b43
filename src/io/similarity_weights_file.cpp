// The weights file of portfolio similarity: ccode, year and weight columns.
#include "pactgraph/io/similarity_weights_file.hpp"

#include <charconv>
#include <cmath>
#include <unordered_map>
#include <utility>

#include "pactgraph/error.hpp"
#include "pactgraph/io/csv_reader.hpp"

namespace pactgraph::io {

similarity_weights read_similarity_weights(const text_file& file, const alliance_network& net) {
  std::unordered_map<long long, actor_id> state_of_code;
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    const actor& a = net[actor_id{i}];
    if (a.kind == actor_kind::state && a.cow_code) state_of_code.emplace(*a.cow_code, actor_id{i});
  }
  similarity_weights::table weights;
  csv_reader csv(file);
  const std::size_t ccode = csv.column("ccode"), year = csv.column("year"), weight = csv.column("weight");
  while (csv.next()) {
    csv.check_width();
    const long long code = csv.integer(ccode);
    const auto state = state_of_code.find(code);
    if (state == state_of_code.end())
      throw data_error(csv.location(ccode), "ccode '" + std::string(csv.field(ccode)) + "': no state has this code");
    const long long y = csv.integer(year);
    if (y < -9999 || y > 9999) throw csv.error_at(year, "expected a year, found '" + std::string(csv.field(year)) + "'");
    const std::string_view text = csv.field(weight);
    double w = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), w);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(w) || w < 0)
      throw csv.error_at(weight, "expected a finite number at least 0, found '" + std::string(text) + "'");
    if (!weights.emplace(std::pair{static_cast<int>(y), state->second}, w).second)
      throw data_error(csv.record_location(),
                       "ccode " + std::to_string(code) + " in " + std::to_string(y) + " has a weight already");
  }
  return {file.name, std::move(weights)};
}

}  // namespace pactgraph::io
