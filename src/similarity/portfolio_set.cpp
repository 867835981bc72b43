#include "pactgraph/similarity/portfolio_set.hpp"

#include <algorithm>
#include <unordered_map>

namespace pactgraph {

std::optional<portfolio_direction> portfolio_direction_from_name(std::string_view name) {
  if (name == "either") return portfolio_direction::either;
  if (name == "given") return portfolio_direction::given;
  if (name == "received") return portfolio_direction::received;
  return std::nullopt;
}

std::string_view name_of(portfolio_direction direction) {
  switch (direction) {
    case portfolio_direction::given: return "given";
    case portfolio_direction::received: return "received";
    case portfolio_direction::either: break;
  }
  return "either";
}

portfolio_set::portfolio_set(std::vector<actor_id> states, std::span<const directed_obligation> obligations,
                             const portfolio_scale& scale, portfolio_direction direction)
    : m_states(std::move(states)), m_scale(scale) {
  const std::size_t n = m_states.size();
  std::unordered_map<actor_id, std::uint32_t> row;
  row.reserve(n);
  for (std::size_t i = 0; i < n; ++i) row.emplace(m_states[i], static_cast<std::uint32_t>(i));
  // The kinds i pledges to k, or'ed over parallel records, then valued per direction.
  std::vector<tie_kind> pledged(n * n, tie_kind::none);
  for (const auto& o : obligations) {
    const auto from = row.find(o.from), to = row.find(o.to);
    if (from == row.end() || to == row.end() || from->second == to->second) continue;
    pledged[std::size_t{from->second} * n + to->second] |= o.kinds;
  }
  m_dense.assign(n * n, 0);
  m_starts.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < n; ++k) {
      std::uint8_t v = 0;
      if (i == k) {
        v = scale.maximum();
      } else {
        const tie_kind out = pledged[i * n + k], in = pledged[k * n + i];
        const tie_kind kinds = direction == portfolio_direction::given      ? out
                               : direction == portfolio_direction::received ? in
                                                                            : out | in;
        v = scale.value_of(kinds);
      }
      m_dense[i * n + k] = v;
      if (v != 0) m_entries.push_back({.k = static_cast<std::uint32_t>(k), .value = v});
    }
    m_starts[i + 1] = m_entries.size();
  }
}

std::optional<std::uint32_t> portfolio_set::index_of(actor_id state) const {
  for (std::size_t i = 0; i < m_states.size(); ++i)
    if (m_states[i] == state) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

}  // namespace pactgraph
