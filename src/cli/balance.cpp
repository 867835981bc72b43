// `pactgraph balance --at DATE`: structural balance of the signed snapshot (triangle census).
#include <memory>

#include "context.hpp"
#include "pactgraph/algorithms/balance.hpp"

namespace pactgraph::cli {

namespace {

// Balance needs hostile ties beside the cooperative ones, and hostile ties often involve an
// organisation (an EU embargo), so the default view keeps every actor and every non-membership tie.
const snapshot_options signed_view{.kinds = tie_kind::alliance | tie_kind::cooperation | tie_kind::hostile,
                                   .actors = actor_kind::any};

report balance_report(context& ctx, const view_choice& view) {
  const alliance_network& net = ctx.network(view.needs_organisations(signed_view));
  const snapshot s(net, view.day(), view.options(signed_view));
  const triangle_census census = signed_triangles(s);

  report r;
  r.fields.emplace_back("date", day_text(s.day()));
  r.fields.emplace_back("balance_ratio", census.balance_ratio());
  table t{.name = "triangles", .columns = {"pattern", "balanced", "count"}};
  t.add({"+++", "yes", static_cast<std::int64_t>(census.ppp)});
  t.add({"++-", "no", static_cast<std::int64_t>(census.ppn)});
  t.add({"+--", "yes", static_cast<std::int64_t>(census.pnn)});
  t.add({"---", "no", static_cast<std::int64_t>(census.nnn)});
  t.add({"mixed", "-", static_cast<std::int64_t>(census.with_mixed)});
  r.tables.push_back(std::move(t));
  if (census.signed_total() == 0) r.notes.push_back("no triangle without a mixed edge: the balance ratio is undefined");
  note_coverage(net, s.day(), r);
  return r;
}

}  // namespace

void add_balance(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "balance", "Structural balance on a date: signed triangle census");
  auto view = std::make_shared<view_choice>();
  view->add_to(*sub);
  sub->callback([&ctx, view] { ctx.run = [&ctx, view] { ctx.emit(balance_report(ctx, *view)); }; });
}

}  // namespace pactgraph::cli
