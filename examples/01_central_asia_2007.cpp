// The seed scenario on the article's date: who is in the CSTO, whom Uzbekistan is tied to,
// what changed since 2005, and who must defend Uzbekistan if it is attacked.
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/pactgraph.hpp"

using namespace pactgraph;

namespace {
void print_list(const std::set<std::string>& items) {
  std::string sep;
  for (const auto& item : items) std::cout << std::exchange(sep, ", ") << item;
  std::cout << "\n";
}
}  // namespace

int main() {
  const alliance_network net = io::seed_scenario();
  const day_number today = io::seed_date.first_day();
  const actor_id uzb = net.actor_named("Uzbekistan");
  const actor_id csto = net.actor_named("CSTO");

  std::set<std::string> members;
  for (const auto& m : members_on(net, csto, today)) members.insert(net[m.member].name);
  std::cout << "Central Asia on " << io::seed_date << "\n\n" << net[csto].name << ", " << members.size() << " members:\n  ";
  print_list(members);

  // A tie counts under every kind either side pledges; hostile kinds are marked.
  std::map<std::string, std::set<std::string>> by_kind;
  for (const auto& p : partners_on(net, uzb, today))
    for (const auto& [kind, kind_name] : tie_kind_names)
      if (any_of(p.kinds(), kind))
        by_kind[std::string(kind_name) + (sign_of(kind) < 0 ? " (hostile)" : "")].insert(net[p.partner].name);
  std::cout << "\nUzbekistan's partners by tie kind:\n";
  for (const auto& [kind, partners] : by_kind) {
    std::cout << "  " << kind << ": ";
    print_list(partners);
  }

  const date since(2005, 1, 1);
  std::cout << "\nChanges for Uzbekistan after " << since << " up to " << io::seed_date << ":\n";
  for (const auto& c : network_diff::between(net, since.first_day(), today, {.actor = uzb}).members) {
    const bool hostile = c.pact && sign_of(net[*c.pact].kinds()) < 0;
    const std::string what = c.pact ? net[*c.pact].name : "membership of the " + net[net[*c.membership].organisation].abbreviation;
    std::cout << "  " << date::from_days(c.day) << "  " << (c.change == change_kind::began ? "began" : "ended") << "  "
              << what << (hostile ? " (hostile)" : "") << "\n";
  }

  // Arcs i -> Uzbekistan of the defence obligation view: who pledges to defend it, and by which pacts.
  const obligation_view defence(net, today, {.kinds = tie_kind::defence});
  std::map<std::string, std::set<std::string>> defenders;
  for (const auto& arc : defence.edges())
    if (defence.actor_at(arc.v) == uzb)
      for (const tie_id t : defence.ties_of(arc)) defenders[net[defence.actor_at(arc.u)].name].insert(net[net[t].pact()].name);
  std::cout << "\nObliged to defend Uzbekistan if it is attacked:\n";
  for (const auto& [state, pacts] : defenders) {
    std::cout << "  " << state << ": ";
    print_list(pacts);
  }
  if (!net.covered(today + 1)) std::cout << "\nThe data end on " << net.sources()[0].last << ".\n";
}
