#pragma once

#include <cstdint>
#include <optional>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph {

/// Which signs of tie a view keeps.
enum class sign_filter : std::uint8_t { any, positive, negative };

/// What a view of a network on one day keeps. The defaults are the standard snapshot
/// (docs/design.md): states in the state system, alliance ties only.
struct snapshot_options {
  tie_kind kinds = tie_kind::alliance;  ///< a tie qualifies when either side pledges one of these
  actor_kind actors = actor_kind::state;
  sign_filter signs = sign_filter::any;
  std::optional<source_id> source{};  ///< only ties reported by this source
  bool present_only = true;         ///< drop actors outside the state system (or not yet existing) on the day
};

/// The rule a view applies to actors and ties on one day; shared by the lazy and the materialised views.
class selection {
 public:
  selection() = default;
  selection(const alliance_network& net, day_number day, snapshot_options options)
      : m_net(&net), m_day(day), m_options(options) {}

  [[nodiscard]] const alliance_network& network() const { return *m_net; }
  [[nodiscard]] day_number day() const { return m_day; }
  [[nodiscard]] const snapshot_options& options() const { return m_options; }

  /// The actor is of a kept kind and, when asked, present on the day.
  [[nodiscard]] bool keeps(actor_id a) const {
    const actor& x = (*m_net)[a];
    return includes(m_options.actors, x.kind) && (!m_options.present_only || m_net->present(a, m_day));
  }

  /// The tie is active on the day and of a kept kind, sign and source (its ends are not checked).
  [[nodiscard]] bool keeps_tie(const tie& t) const {
    if (!t.when.contains(m_day) || !any_of(t.kinds(), m_options.kinds)) return false;
    if (m_options.signs == sign_filter::positive && t.sign() < 0) return false;
    if (m_options.signs == sign_filter::negative && t.sign() > 0) return false;
    return !m_options.source || m_net->source_of(t) == *m_options.source;
  }

  /// The tie is kept and both its ends are kept.
  [[nodiscard]] bool keeps(const tie& t) const { return keeps_tie(t) && keeps(t.a) && keeps(t.b); }

 private:
  const alliance_network* m_net = nullptr;
  day_number m_day = 0;
  snapshot_options m_options;
};

}  // namespace pactgraph
