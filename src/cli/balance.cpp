// `pactgraph balance --at DATE`: structural balance of the signed snapshot (triangle census).
#include <memory>

#include "context.hpp"
#include "pactgraph/query/balance.hpp"

namespace pactgraph::cli {

void add_balance(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "balance", "Structural balance on a date: signed triangle census");
  auto view = std::make_shared<view_choice>();
  view->add_to(*sub);
  sub->callback([&ctx, view] {
    ctx.run = [&ctx, view] {
      const alliance_network& net = ctx.network(view->needs_organisations(query::balance_view));
      ctx.emit(report_of(query::balance(net, view->day(), view->options(query::balance_view))));
    };
  });
}

}  // namespace pactgraph::cli
