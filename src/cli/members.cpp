// `pactgraph members ORG --at DATE`: an organisation's or a pact's members on a day.
#include <memory>

#include "context.hpp"
#include "pactgraph/query/members.hpp"

namespace pactgraph::cli {

namespace {

struct members_args {
  std::string group;
  view_choice view;
};

}  // namespace

void add_members(CLI::App& app, context& ctx) {
  CLI::App* sub = add_subcommand(app, ctx, "members", "An organisation's or pact's members on a date, with status");
  auto args = std::make_shared<members_args>();
  sub->add_option("group", args->group, "Organisation (CSTO) or pact (name or key such as atop-3470)")->required();
  args->view.add_to(*sub, false);
  sub->callback([&ctx, args] {
    ctx.run = [&ctx, args] {
      const alliance_network& net = ctx.network(true);
      const day_number day = args->view.day();
      ctx.emit(report_of(query::members(net, args->group, day)));
    };
  });
}

}  // namespace pactgraph::cli
