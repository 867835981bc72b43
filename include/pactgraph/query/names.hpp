// Actors, organisations and pacts by the names a person types, with "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::query {

/// Up to `count` of `candidates` closest to `text` (case-insensitive edit distance, a prefix
/// counting as close), best first; none when nothing is reasonably close.
[[nodiscard]] std::vector<std::string> closest_matches(std::string_view text, const std::vector<std::string>& candidates,
                                                       std::size_t count = 3);

/// "; did you mean 'a', 'b' or 'c'?" or nothing.
[[nodiscard]] std::string suggestion_text(const std::vector<std::string>& matches);

/// The actor named by COW code, abbreviation or name; name_error with the closest names otherwise.
[[nodiscard]] actor_id resolve_actor(const alliance_network& net, std::string_view text);

/// An organisation (actor) or a pact, by abbreviation, name or pact key.
struct group_ref {
  std::optional<actor_id> organisation{};
  std::optional<pact_id> pact{};
};

/// The organisation or pact named `text`: an organisation first, then a pact; name_error with
/// the closest names otherwise, usage_error when the name is a state's.
[[nodiscard]] group_ref resolve_group(const alliance_network& net, std::string_view text);

/// An organisation's name, or a pact's label.
[[nodiscard]] std::string group_label(const alliance_network& net, const group_ref& group);

/// A pact's name, or its key when it has none (ATOP pacts are unnamed: `atop-3470`).
[[nodiscard]] std::string pact_label(const alliance_network& net, pact_id p);

/// What a tie stands on: its pact's label, or "membership of ORG".
[[nodiscard]] std::string tie_origin(const alliance_network& net, const tie& t);

}  // namespace pactgraph::query
