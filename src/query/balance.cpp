#include "pactgraph/query/balance.hpp"

#include "building.hpp"
#include "pactgraph/algorithms/balance.hpp"
#include "pactgraph/query/parse.hpp"

namespace pactgraph::query {

table balance(const alliance_network& net, day_number day, const snapshot_options& view) {
  const pactgraph::snapshot s(net, day, view);
  const triangle_census census = signed_triangles(s);
  column pattern = text_column("pattern");
  column balanced = text_column("balanced");
  column count = integer_column("count");
  for (const auto& [p, b, n] : {std::tuple<const char*, const char*, std::size_t>{"+++", "yes", census.ppp},
                                {"++-", "no", census.ppn},
                                {"+--", "yes", census.pnn},
                                {"---", "no", census.nnn},
                                {"mixed", "-", census.with_mixed}}) {
    pattern.push(std::string(p));
    balanced.push(std::string(b));
    count.push(static_cast<std::int64_t>(n));
  }
  table t = detail::tidy_table(
      "triangles",
      {detail::text_scalar("date", day_text(day)), detail::real_scalar("balance_ratio", census.balance_ratio())},
      {std::move(pattern), std::move(balanced), std::move(count)});
  if (census.signed_total() == 0) t.notes.push_back("no triangle without a mixed edge: the balance ratio is undefined");
  detail::note_coverage(net, day, t.notes);
  return t;
}

}  // namespace pactgraph::query
