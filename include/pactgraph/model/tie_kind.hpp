#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace pactgraph {

/// What one side of a tie pledges or does; kinds combine as a bit mask.
///
/// The five alliance obligations follow ATOP 5.1 (codebook: DEFENSE, OFFENSE, NEUTRAL,
/// NONAGG, CONSUL); the cooperative and hostile kinds cover ties ATOP does not code.
enum class tie_kind : std::uint16_t {
  none = 0,
  defence = 1u << 0,
  offence = 1u << 1,
  neutrality = 1u << 2,
  non_aggression = 1u << 3,
  consultation = 1u << 4,
  basing = 1u << 5,                ///< basing or use of defence facilities
  arms_transfer = 1u << 6,
  information_exchange = 1u << 7,  ///< includes arms-control information exchange
  intelligence_sharing = 1u << 8,
  sanction = 1u << 9,              ///< sanction or embargo (hostile)
  rivalry = 1u << 10,              ///< hostile
  membership = 1u << 11,           ///< a state's membership of an organisation

  alliance = defence | offence | neutrality | non_aggression | consultation,
  cooperation = basing | arms_transfer | information_exchange | intelligence_sharing,
  hostile = sanction | rivalry,
  all = alliance | cooperation | hostile | membership,
};

constexpr tie_kind operator|(tie_kind a, tie_kind b) {
  return static_cast<tie_kind>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}
constexpr tie_kind operator&(tie_kind a, tie_kind b) {
  return static_cast<tie_kind>(static_cast<std::uint16_t>(a) & static_cast<std::uint16_t>(b));
}
constexpr tie_kind operator~(tie_kind a) {
  return static_cast<tie_kind>(~static_cast<std::uint16_t>(a) & static_cast<std::uint16_t>(tie_kind::all));
}
constexpr tie_kind& operator|=(tie_kind& a, tie_kind b) { return a = a | b; }
constexpr tie_kind& operator&=(tie_kind& a, tie_kind b) { return a = a & b; }

/// True when `set` has at least one kind of `wanted`.
constexpr bool any_of(tie_kind set, tie_kind wanted) { return (set & wanted) != tie_kind::none; }

/// +1 for cooperative kinds, -1 when any hostile kind is present.
constexpr int sign_of(tie_kind set) { return any_of(set, tie_kind::hostile) ? -1 : 1; }

/// One name for each single kind, in bit order; the names used in JSON, DOT and the CLI.
inline constexpr std::array<std::pair<tie_kind, std::string_view>, 12> tie_kind_names{{
    {tie_kind::defence, "defence"},
    {tie_kind::offence, "offence"},
    {tie_kind::neutrality, "neutrality"},
    {tie_kind::non_aggression, "non_aggression"},
    {tie_kind::consultation, "consultation"},
    {tie_kind::basing, "basing"},
    {tie_kind::arms_transfer, "arms_transfer"},
    {tie_kind::information_exchange, "information_exchange"},
    {tie_kind::intelligence_sharing, "intelligence_sharing"},
    {tie_kind::sanction, "sanction"},
    {tie_kind::rivalry, "rivalry"},
    {tie_kind::membership, "membership"},
}};

/// The kind (single or group: alliance, cooperation, hostile, all) named `name`.
inline std::optional<tie_kind> tie_kind_from_name(std::string_view name) {
  for (const auto& [kind, text] : tie_kind_names)
    if (text == name) return kind;
  if (name == "alliance") return tie_kind::alliance;
  if (name == "cooperation") return tie_kind::cooperation;
  if (name == "hostile") return tie_kind::hostile;
  if (name == "all") return tie_kind::all;
  if (name == "none") return tie_kind::none;
  return std::nullopt;
}

/// The single kinds of `set` joined by `separator`, in bit order (`defence+consultation`).
inline std::string to_string(tie_kind set, std::string_view separator = "+") {
  std::string out;
  for (const auto& [kind, text] : tie_kind_names) {
    if (!any_of(set, kind)) continue;
    if (!out.empty()) out += separator;
    out += text;
  }
  return out.empty() ? std::string("none") : out;
}

/// Prints the kinds as to_string() does.
inline std::ostream& operator<<(std::ostream& out, tie_kind set) { return out << to_string(set); }

}  // namespace pactgraph
