#include "pactgraph/similarity/similarity_frame.hpp"

#include <algorithm>

#include "frame_builder.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/temporal/obligation_view.hpp"

namespace pactgraph {

namespace detail {

std::vector<actor_id> system_states(const alliance_network& net, day_number first, day_number last) {
  std::vector<std::pair<int, actor_id>> found;
  for (std::uint32_t i = 0; i < net.actor_count(); ++i) {
    const actor_id id{i};
    const actor& a = net[id];
    if (a.kind != actor_kind::state || !a.cow_code) continue;
    // No spells: present() does not depend on the day (see alliance_network::present).
    const bool in_system = a.spells.empty() ? net.present(id, first)
                                            : std::any_of(a.spells.begin(), a.spells.end(), [&](const auto& s) {
                                                return s.when.begin <= last && s.when.end > first;  // half-open spells
                                              });
    if (in_system) found.emplace_back(*a.cow_code, id);
  }
  std::sort(found.begin(), found.end());
  std::vector<actor_id> out;
  out.reserve(found.size());
  for (const auto& [code, id] : found) out.push_back(id);
  return out;
}

namespace {

// w_k for the states of N in a year, or nothing when unweighted.
std::vector<double> weights_of(const alliance_network& net, const portfolio_set& set, int year,
                               const similarity_weights* weights) {
  std::vector<double> out;
  if (weights == nullptr) return out;
  out.reserve(set.size());
  for (const actor_id state : set.states()) {
    const auto w = weights->weight(state, year);
    if (!w)
      throw data_error(source_location{.file = weights->name()},
                       "no weight for ccode " + std::to_string(*net[state].cow_code) + " (" +
                           net[state].abbreviation + ") in " + std::to_string(year));
    out.push_back(*w);
  }
  return out;
}

}  // namespace

similarity_frame frame_of(const alliance_network& net, int year, day_number day, bool covered,
                          std::vector<actor_id> states, std::span<const directed_obligation> obligations,
                          const similarity_options& options) {
  similarity_frame f{.year = year, .day = day, .covered = covered};
  f.portfolios = portfolio_set(std::move(states), obligations, options.scale, options.direction);
  f.weights = weights_of(net, f.portfolios, year, options.weights);
  f.scores = all_pairs_similarity(f.portfolios, f.weights);
  return f;
}

}  // namespace detail

similarity_frame similarity_on(const alliance_network& net, day_number day, const similarity_options& options) {
  const obligation_view view(net, day, {.kinds = tie_kind::alliance});
  std::vector<directed_obligation> obligations;
  obligations.reserve(view.edge_count());
  for (const auto& arc : view.edges())
    obligations.push_back({.from = view.actor_at(arc.u), .to = view.actor_at(arc.v), .kinds = arc.kinds});
  return detail::frame_of(net, date::from_days(day).year(), day, net.covered(day), detail::system_states(net, day, day), obligations,
                  options);
}

}  // namespace pactgraph
