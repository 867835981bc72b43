#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/model/actor.hpp"
#include "pactgraph/model/membership.hpp"
#include "pactgraph/model/pact.hpp"
#include "pactgraph/model/source.hpp"
#include "pactgraph/model/tie.hpp"
#include "pactgraph/model/tie_multigraph.hpp"

namespace pactgraph {

/// The typed, dated multigraph: vertices are actors (vertex index == actor_id value),
/// each edge is one tie; parallel edges between a pair are normal.
using multigraph = tie_multigraph;

/// Whether the data can answer a question about a day.
enum class coverage_status : std::uint8_t {
  tied,         ///< a tie of the asked kinds is active
  no_tie,       ///< covered, and no such tie is active
  not_covered,  ///< outside every relevant source's coverage, or an actor is outside the state system
};

/// Owns actors, pacts, memberships and their sources, and the multigraph of ties derived from them.
///
/// Every `add_*` validates first and changes nothing when it throws (strong guarantee).
/// A const network may be read from many threads at once.
///
/// The readers used in inner loops (the spans, `operator[]`, the counts) are inline; building,
/// lookups by name and the coverage questions are compiled in pactgraph::core.
class alliance_network {
 public:
  // ---- building ----

  /// Adds a source and its coverage window. Throws data_error on a duplicate key or last < first.
  source_id add_source(source s, const source_location& where = {});

  /// Adds an actor. Throws data_error on an empty or duplicate abbreviation, a reversed spell or an unknown source.
  actor_id add_actor(actor a, const source_location& where = {});

  /// Adds a pact and one tie for every pair of members whose spells overlap.
  /// Throws data_error on a duplicate key, an unknown member, a reversed spell, a member listed twice
  /// or overlapping spells of one member.
  pact_id add_pact(pact p, const source_location& where = {});

  /// Adds a state's membership of an organisation, one tie per spell.
  /// Throws data_error when the organisation is not one, the member is the organisation itself or
  /// (through other organisations) one of its own members, a spell is reversed, or spells overlap.
  membership_id add_membership(membership m, const source_location& where = {});

  // ---- reading ----

  [[nodiscard]] std::span<const source> sources() const { return m_sources; }
  [[nodiscard]] std::span<const actor> actors() const { return m_actors; }
  [[nodiscard]] std::span<const pact> pacts() const { return m_pacts; }
  [[nodiscard]] std::span<const membership> memberships() const { return m_memberships; }
  [[nodiscard]] std::span<const tie> ties() const { return m_graph.ties(); }
  [[nodiscard]] const multigraph& graph() const { return m_graph; }

  // Each lookup throws lookup_error for an id this network does not hold.
  [[nodiscard]] const source& operator[](source_id id) const { return m_sources[checked(id.value(), m_sources.size())]; }
  [[nodiscard]] const actor& operator[](actor_id id) const { return m_actors[checked(id.value(), m_actors.size())]; }
  [[nodiscard]] const pact& operator[](pact_id id) const { return m_pacts[checked(id.value(), m_pacts.size())]; }
  [[nodiscard]] const membership& operator[](membership_id id) const {
    return m_memberships[checked(id.value(), m_memberships.size())];
  }
  [[nodiscard]] const tie& operator[](tie_id id) const { return m_graph.ties()[checked(id.value(), tie_count())]; }

  [[nodiscard]] std::size_t actor_count() const { return m_actors.size(); }
  [[nodiscard]] std::size_t pact_count() const { return m_pacts.size(); }
  [[nodiscard]] std::size_t tie_count() const { return m_graph.ties().size(); }

  /// The actor with this abbreviation, name or COW code (digits), compared case-insensitively.
  [[nodiscard]] std::optional<actor_id> find_actor(std::string_view text) const;
  /// The state with this COW code.
  [[nodiscard]] std::optional<actor_id> find_state(int cow_code) const;
  /// Like find_actor, but throws name_error naming the text when nothing matches.
  [[nodiscard]] actor_id actor_named(std::string_view text) const;
  /// The pact with this key or name, compared case-insensitively.
  [[nodiscard]] std::optional<pact_id> find_pact(std::string_view text) const;
  [[nodiscard]] std::optional<source_id> find_source(std::string_view key) const;

  /// The ties at an actor (the multigraph's incident edges), in insertion order.
  [[nodiscard]] std::vector<tie_id> ties_of(actor_id a) const;

  /// The source a tie comes from.
  [[nodiscard]] source_id source_of(const tie& t) const;

  /// True when the actor is present on `day`: inside one of its spells (state-system membership
  /// for states, existence for organisations).
  ///
  /// An actor without recorded spells counts as present, except a state in a network where some
  /// state has system spells: there, a state the state-system data do not list is outside the system.
  [[nodiscard]] bool present(actor_id a, day_number day) const;

  /// True when some source of ties covers `day`.
  [[nodiscard]] bool covered(day_number day) const;

  /// Tells "tied" from "no tie" from "the data cannot say" for two actors on a day.
  [[nodiscard]] coverage_status status_between(actor_id x, actor_id y, day_number day,
                                               tie_kind kinds = tie_kind::all) const;

  friend bool operator==(const alliance_network& a, const alliance_network& b);

 private:
  /// `i`, or lookup_error when it is not below `size`.
  static std::size_t checked(std::size_t i, std::size_t size) {
    if (i >= size) throw_out_of_range(i, size);
    return i;
  }
  [[noreturn]] static void throw_out_of_range(std::size_t i, std::size_t size);

  /// True when `member` belongs to `organisation`, directly or through organisations it belongs to.
  [[nodiscard]] bool is_member_of(actor_id member, actor_id organisation) const;
  void check_actor(actor_id a, const source_location& where) const;
  void check_source(source_id s, const source_location& where) const;

  std::vector<source> m_sources;
  std::vector<actor> m_actors;
  std::vector<pact> m_pacts;
  std::vector<membership> m_memberships;
  multigraph m_graph;  ///< owns the ties
  std::unordered_map<std::string, actor_id> m_actor_keys;
  std::unordered_map<std::string, actor_id> m_actor_names;
  std::unordered_map<std::int64_t, actor_id> m_actor_codes;
  std::unordered_map<std::string, pact_id> m_pact_keys;
  std::unordered_map<std::string, pact_id> m_pact_names;
  std::size_t m_states_with_spells = 0;
};

}  // namespace pactgraph
