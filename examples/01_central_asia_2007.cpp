// The seed scenario on the article's date: who is in the CSTO, whom Uzbekistan is tied to,
// what changed since 2005, and who must defend Uzbekistan if it is attacked.
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "pactgraph/io/seed_scenario.hpp"
#include "pactgraph/pactgraph.hpp"

using namespace pactgraph;

int main() {
  const alliance_network net = io::seed_scenario();
  const day_number today = io::seed_date.first_day();
  const actor_id uzb = net.actor_named("Uzbekistan");
  auto name = [&](actor_id a) { return net[a].name; };

  const actor_id csto = net.actor_named("CSTO");
  std::cout << "Central Asia on " << io::seed_date.to_string() << "\n\n" << net[csto].name << " members:\n";
  for (const auto& m : members_on(net, csto, today)) std::cout << "  " << name(m.member) << "\n";

  // One line per kind, partners sorted by name; a tie counts under every kind either side pledges.
  std::map<std::string, std::set<std::string>> by_kind;
  for (const auto& p : partners_on(net, uzb, today))
    for (const auto& [kind, kind_name] : tie_kind_names)
      if (any_of(p.kinds(), kind)) by_kind[std::string(kind_name)].insert(name(p.partner));
  std::cout << "\nUzbekistan's partners by tie kind:\n";
  for (const auto& [kind, partners] : by_kind) {
    std::cout << "  " << kind << (sign_of(*tie_kind_from_name(kind)) < 0 ? " (hostile)" : "") << ":";
    for (const auto& p : partners) std::cout << " " << p << ";";
    std::cout << "\n";
  }

  const date since(2005, 1, 1);
  std::cout << "\nChanges for Uzbekistan from " << since.to_string() << " to " << io::seed_date.to_string() << ":\n";
  const auto diff = network_diff::between(net, since.first_day(), today, {.actor = uzb});
  for (const auto& c : diff.members) {
    const bool hostile = c.pact && sign_of(net[*c.pact].kinds()) < 0;
    const std::string what = c.pact ? net[*c.pact].name : "membership of " + name(net[*c.membership].organisation);
    std::cout << "  " << date::from_days(c.day).to_string() << "  " << (c.change == change_kind::began ? "began" : "ended")
              << "  " << what << (hostile ? " (hostile)" : "") << "\n";
  }

  // Arcs i -> Uzbekistan of the defence obligation view: who pledges to defend it, and by which pacts.
  const obligation_view defence(net, today, {.kinds = tie_kind::defence});
  std::cout << "\nObliged to defend Uzbekistan:\n";
  for (const auto& arc : defence.edges()) {
    if (defence.actor_at(arc.v) != uzb) continue;
    std::set<std::string> pacts;
    for (const tie_id t : defence.ties_of(arc)) pacts.insert(net[net[t].pact()].name);
    std::cout << "  " << name(defence.actor_at(arc.u)) << " (";
    for (auto it = pacts.begin(); it != pacts.end(); ++it) std::cout << (it == pacts.begin() ? "" : "; ") << *it;
    std::cout << ")\n";
  }
  if (!net.covered(today + 1)) std::cout << "\nThe data end on " << net.sources()[0].last.to_string() << ".\n";
}
