#include "panel_output.hpp"

#include <algorithm>

namespace pactgraph::cli {

year_span panel_years(const alliance_network& net, std::string_view text) {
  const auto [first, last] = parse_years(text);
  int covered_first = 9999;
  int covered_last = 0;
  for (const pact& p : net.pacts()) {
    if (!p.source.valid()) return {first, last};  // undated source: every year
    covered_first = std::min(covered_first, net[p.source].first.year());
    covered_last = std::max(covered_last, net[p.source].last.year());
  }
  if (covered_last == 0) throw usage_error("--years: the data have no pacts");
  if (last < covered_first || first > covered_last)
    throw usage_error("--years: " + std::string(text) + " is outside every source of pacts (they cover " +
                      std::to_string(covered_first) + ":" + std::to_string(covered_last) + ")");
  return {first, last};
}

std::string pact_ids(const alliance_network& net, std::span<const pact_id> pacts) {
  std::string out;
  for (const pact_id p : pacts) {
    if (!out.empty()) out += ' ';
    const pact& x = net[p];
    out += x.atop_id ? std::to_string(*x.atop_id) : x.key;
  }
  return out;
}

std::vector<tie_kind> extra_kinds(const alliance_network& net) {
  tie_kind present = tie_kind::none;
  for (const pact& p : net.pacts()) present |= p.kinds();
  std::vector<tie_kind> out;
  for (const auto& [kind, name] : tie_kind_names)
    if (!any_of(tie_kind::alliance, kind) && any_of(present, kind)) out.push_back(kind);
  return out;
}

std::vector<std::string> obligation_columns(const std::vector<tie_kind>& extras) {
  std::vector<std::string> out{"defense", "offense", "neutral", "nonagg", "consul"};
  for (const tie_kind k : extras) out.push_back(to_string(k));
  return out;
}

}  // namespace pactgraph::cli
