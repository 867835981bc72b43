#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace pactgraph {

/// The portfolio-similarity measures, in their column order.
///
/// s_abs, s_sq: Signorino and Ritter's S with absolute and squared distances
/// (doi:10.1111/0020-8833.00113); kappa, pi: Häge's quadratic Cohen's κ and Scott's π
/// (doi:10.1093/pan/mpr023); taub: Kendall's τ-b as in Bueno de Mesquita (1975)
/// (doi:10.1177/002200277501900201); *_bin: the same on the binary scale (value > 0).
enum class similarity_measure : std::uint8_t { s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub };

inline constexpr std::size_t similarity_measure_count = 8;

/// The names used on the command line and as column names, in enum order.
inline constexpr std::array<std::string_view, similarity_measure_count> similarity_measure_names{
    "s_abs", "s_sq", "s_bin", "kappa", "pi", "kappa_bin", "pi_bin", "taub"};

[[nodiscard]] constexpr std::string_view name_of(similarity_measure m) {
  return similarity_measure_names[static_cast<std::size_t>(m)];
}

[[nodiscard]] constexpr std::optional<similarity_measure> similarity_measure_from_name(std::string_view name) {
  for (std::size_t i = 0; i < similarity_measure_names.size(); ++i)
    if (similarity_measure_names[i] == name) return static_cast<similarity_measure>(i);
  return std::nullopt;
}

/// Every measure in enum order.
[[nodiscard]] inline std::vector<similarity_measure> all_similarity_measures() {
  std::vector<similarity_measure> out;
  for (std::size_t i = 0; i < similarity_measure_count; ++i) out.push_back(static_cast<similarity_measure>(i));
  return out;
}

/// Every measure of one pair; NaN marks a missing value (a denominator of zero).
struct similarity_scores {
  std::array<double, similarity_measure_count> values{};

  [[nodiscard]] constexpr double operator[](similarity_measure m) const { return values[static_cast<std::size_t>(m)]; }
  constexpr double& operator[](similarity_measure m) { return values[static_cast<std::size_t>(m)]; }
};

}  // namespace pactgraph
