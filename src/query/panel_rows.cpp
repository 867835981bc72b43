#include "pactgraph/query/panel_rows.hpp"

#include <algorithm>

#include "pactgraph/error.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

namespace {
/// The error of a span no source of pacts reaches; `text` as the caller wrote the span.
void check_years(const alliance_network& net, year_span years, const std::string& text) {
  int covered_first = 9999;
  int covered_last = 0;
  for (const pact& p : net.pacts()) {
    if (!p.source.valid()) return;  // undated source: every year
    covered_first = std::min(covered_first, net[p.source].first.year());
    covered_last = std::max(covered_last, net[p.source].last.year());
  }
  if (covered_last == 0) throw usage_error("--years: the data have no pacts");
  if (years.last < covered_first || years.first > covered_last)
    throw usage_error("--years: " + text + " is outside every source of pacts (they cover " +
                      std::to_string(covered_first) + ":" + std::to_string(covered_last) + ")");
}
}  // namespace

year_span panel_years(const alliance_network& net, std::string_view text) {
  const year_span years = parse_years(text);
  check_years(net, years, std::string(text));
  return years;
}

void check_panel_years(const alliance_network& net, year_span years) {
  check_years(net, years, std::to_string(years.first) + ":" + std::to_string(years.last));
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

std::vector<column_spec> obligation_columns(const std::vector<tie_kind>& extras) {
  std::vector<column_spec> out;
  for (const char* name : {"defense", "offense", "neutral", "nonagg", "consul"})
    out.push_back({name, column::type::integer});
  for (const tie_kind k : extras) out.push_back({to_string(k), column::type::integer});
  return out;
}

std::string members_without_code_note(std::size_t count) {
  return std::to_string(count) + " member row(s) left out: their state has no COW state code (ATOP's 8152, Annam)";
}

}  // namespace pactgraph::query
