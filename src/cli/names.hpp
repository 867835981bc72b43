#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::cli {

/// Up to `count` of `candidates` closest to `text` (case-insensitive edit distance, a prefix
/// counting as close), best first; none when nothing is reasonably close.
[[nodiscard]] std::vector<std::string> closest_matches(std::string_view text, const std::vector<std::string>& candidates,
                                                       std::size_t count = 3);

/// "; did you mean 'a', 'b'?" or nothing.
[[nodiscard]] std::string suggestion_text(const std::vector<std::string>& matches);

/// The actor named by COW code, abbreviation or name; usage_error with the closest names otherwise.
[[nodiscard]] actor_id resolve_actor(const alliance_network& net, std::string_view text);

/// An organisation (actor) or a pact, by abbreviation, name or pact key.
struct group_ref {
  std::optional<actor_id> organisation{};
  std::optional<pact_id> pact{};
};

/// The organisation or pact named `text`: an organisation first, then a pact; usage_error with
/// the closest names otherwise, or when the name is a state's.
[[nodiscard]] group_ref resolve_group(const alliance_network& net, std::string_view text);

}  // namespace pactgraph::cli
