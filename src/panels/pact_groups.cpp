#include "pact_groups.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "pactgraph/detail/worker_count.hpp"

namespace pactgraph::panels_detail {
namespace {

/// True for a pact read from ATOP's files (its source key is `atop5.1`, io::atop_source_key):
/// these carry ATOP's own BILAT and ASYMM.
bool from_atop(const alliance_network& net, const pact& p) {
  return p.source.valid() && net[p.source].key.starts_with("atop");
}

}  // namespace

pact_groups::pact_groups(const alliance_network& net) {
  const auto pacts = net.pacts();
  // Order: ATOP id ascending, pacts without one after them by key; a group is named by its first pact.
  std::vector<std::uint32_t> order(pacts.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto rank = [&](std::uint32_t i) {
    const auto& p = pacts[i];
    return std::pair(p.atop_id ? static_cast<long long>(*p.atop_id) : std::numeric_limits<long long>::max(),
                     p.atop_id ? std::string() : p.key);
  };
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return rank(x) < rank(y); });

  group_of.assign(pacts.size(), 0);
  std::map<int, std::uint32_t> by_atop_id;
  std::vector<std::vector<actor_id>> members;  // per group, for the member count of pacts without an ATOP id
  for (const std::uint32_t i : order) {
    const pact& p = pacts[i];
    std::uint32_t g = static_cast<std::uint32_t>(groups.size());
    if (p.atop_id) {
      const auto [it, fresh] = by_atop_id.emplace(*p.atop_id, g);
      g = it->second;
    }
    if (g == groups.size()) {
      pact_group group{.first = pact_id{i}, .first_year = std::numeric_limits<int>::min(),
                       .last_year = std::numeric_limits<int>::max()};
      if (p.source.valid()) {
        const source& s = net[p.source];
        group.first_year = s.first.year();
        group.last_year = s.last.year();
      }
      groups.push_back(group);
      members.emplace_back();
    }
    group_of[i] = g;
    groups[g].asymmetric = groups[g].asymmetric || p.asymmetric;
    // ATOP says which alliances are bilateral (its importer notes `bilat`; 15 alliances differ from
    // their member count, successor states mostly); elsewhere, a pact of two members is bilateral.
    if (from_atop(net, p)) groups[g].bilateral = p.note == "bilateral";
    for (const auto& m : p.members) members[g].push_back(m.actor);
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const pact& p = pacts[groups[g].first.value()];
    if (from_atop(net, p)) continue;
    auto& list = members[g];
    std::sort(list.begin(), list.end());
    groups[g].bilateral = std::unique(list.begin(), list.end()) - list.begin() == 2;
    // Without ATOP's ASYMM, a pact is asymmetric when two members pledge different things at once
    // (a phase changing everyone's pledges alike is not asymmetry).
    for (std::size_t i = 0; i < p.members.size(); ++i)
      for (std::size_t j = i + 1; j < p.members.size(); ++j)
        for (const auto& si : p.members[i].spells)
          for (const auto& sj : p.members[j].spells)
            if (si.when.overlaps(sj.when) && si.pledges != sj.pledges) groups[g].asymmetric = true;
  }
}

year_span counted_years(const spell& when, const pact_group& group, year_span years) {
  const int first = std::max({year_of(when.begin), group.first_year, years.first});
  const int end_year = when.is_open() ? std::numeric_limits<int>::max() : year_of(when.end);
  const int last = std::min({end_year, group.last_year, years.last});
  return {first, last};
}

std::size_t member_rows_without_code(const alliance_network& net) {
  std::size_t count = 0;
  for (const auto& p : net.pacts())
    for (const auto& m : p.members)
      if (net[m.actor].kind == actor_kind::state && !state_code(net, m.actor)) count += m.spells.size();
  return count;
}

std::vector<shared_spell> shared_spells(const alliance_network& net, const pact_groups& groups) {
  std::vector<shared_spell> out;
  const auto pacts = net.pacts();
  for (std::size_t pi = 0; pi < pacts.size(); ++pi) {
    const pact& p = pacts[pi];
    for (std::size_t i = 0; i < p.members.size(); ++i) {
      const auto ci = state_code(net, p.members[i].actor);
      if (!ci) continue;
      for (std::size_t j = i + 1; j < p.members.size(); ++j) {
        const auto cj = state_code(net, p.members[j].actor);
        if (!cj) continue;
        const bool i_low = *ci < *cj;
        for (const auto& si : p.members[i].spells)
          for (const auto& sj : p.members[j].spells) {
            if (!si.when.overlaps(sj.when)) continue;
            const auto& lo = i_low ? si : sj;
            const auto& hi = i_low ? sj : si;
            out.push_back({.lo = i_low ? p.members[i].actor : p.members[j].actor,
                           .hi = i_low ? p.members[j].actor : p.members[i].actor,
                           .lo_code = i_low ? *ci : *cj,
                           .hi_code = i_low ? *cj : *ci,
                           .group = groups.group_of[pi],
                           .when = si.when.intersection(sj.when),
                           .lo_to_hi = lo.pledges,
                           .hi_to_lo = hi.pledges,
                           .obvary = si.pledges_vary || sj.pledges_vary});
          }
      }
    }
  }
  return out;
}

void for_each_index(std::size_t count, const panel_options& options, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(count);
  std::mutex progress_lock;
  std::size_t done = 0;
  auto worker = [&] {
    for (std::size_t i = next++; i < count && !failed.load(); i = next++) {
      try {
        work(i);
      } catch (...) {
        errors[i] = std::current_exception();
        failed.store(true);
        return;
      }
      if (options.progress) {
        const std::scoped_lock hold(progress_lock);
        options.progress(++done, count);
      }
    }
  };
  const unsigned threads = detail::worker_count(options.threads, count);
  if (threads == 1) {
    worker();
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  }
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace pactgraph::panels_detail
