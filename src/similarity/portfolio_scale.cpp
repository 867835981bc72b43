#include "pactgraph/similarity/portfolio_scale.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

#include "pactgraph/error.hpp"

namespace pactgraph {

namespace {

// ATOP's column names first (what the mapping is written in), then pactgraph's kind names.
constexpr std::array<std::string_view, 5> atop_names{"defense", "offense", "neutral", "nonagg", "consul"};
constexpr std::array<std::string_view, 5> kind_names{"defence", "offence", "neutrality", "non_aggression",
                                                     "consultation"};

std::optional<std::size_t> obligation_index(std::string_view name) {
  for (std::size_t i = 0; i < atop_names.size(); ++i)
    if (name == atop_names[i] || name == kind_names[i]) return i;
  return std::nullopt;
}

[[noreturn]] void fail(std::string_view text, std::size_t position, const std::string& what) {
  throw usage_error("scale '" + std::string(text) + "': character " + std::to_string(position + 1) + ": " + what);
}

}  // namespace

portfolio_scale parse_portfolio_scale(std::string_view text) {
  if (text == "valued") return portfolio_scale::valued();
  if (text == "binary") return portfolio_scale::binary();
  if (text.find('=') == std::string_view::npos)
    throw usage_error("scale '" + std::string(text) +
                      "': expected valued, binary or a mapping such as "
                      "defense=3,offense=3,neutral=2,nonagg=2,consul=1");
  portfolio_scale scale{.values = {0, 0, 0, 0, 0}};
  std::array<bool, 5> seen{};
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view item = text.substr(start, comma - start);
    const std::size_t equals = item.find('=');
    if (equals == std::string_view::npos)
      fail(text, start, "expected NAME=VALUE, got '" + std::string(item) + "'");
    const std::string_view name = item.substr(0, equals);
    const auto index = obligation_index(name);
    if (!index) fail(text, start, "unknown obligation '" + std::string(name) + "'; expected defense, offense, neutral, "
                                  "nonagg or consul");
    if (seen[*index]) fail(text, start, "obligation '" + std::string(name) + "' given twice");
    seen[*index] = true;
    const std::string_view number = item.substr(equals + 1);
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec != std::errc{} || end != number.data() + number.size() || number.empty() ||
        value > portfolio_scale::largest_value)
      fail(text, start + equals + 1,
           "value '" + std::string(number) + "' is not an integer from 0 to " +
               std::to_string(portfolio_scale::largest_value));
    scale.values[*index] = static_cast<std::uint8_t>(value);
    start = comma + 1;
  }
  if (scale.maximum() == 0) throw usage_error("scale '" + std::string(text) + "': every value is 0");
  return scale;
}

std::string to_string(const portfolio_scale& scale) {
  std::string out;
  for (std::size_t i = 0; i < atop_names.size(); ++i) {
    if (!out.empty()) out += ',';
    out += std::string(atop_names[i]) + '=' + std::to_string(scale.values[i]);
  }
  return out;
}

}  // namespace pactgraph
