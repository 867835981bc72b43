// `similarity`: alliance-portfolio similarity (S, κ, π, τ-b) of every pair of states, one row per
// pair and date or year.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/panel_rows.hpp"
#include "pactgraph/query/parse.hpp"
#include "pactgraph/query/table.hpp"
#include "pactgraph/similarity/similarity_frame.hpp"
#include "pactgraph/similarity/similarity_measure.hpp"

namespace pactgraph::query {

/// The options of `similarity`, named as the command's.
struct similarity_options {
  std::string measures{};           ///< comma-separated: s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub; empty: all
  std::string scale = "valued";     ///< valued, binary, or a mapping such as defense=3,offense=3,neutral=2,nonagg=2,consul=1
  std::string direction = "either"; ///< either, given or received
  const similarity_weights* weights = nullptr;  ///< S's weights (io::read_similarity_weights); none: every weight 1
  std::string dyads{};              ///< "A,B": only this pair of states; empty: every pair
  unsigned threads = 0;             ///< over years: 0, every hardware thread
  /// Over years: called with (years done, years in all) as years finish.
  std::function<void(std::size_t, std::size_t)> progress{};
};

/// The similarity of every pair (i < j by COW code) of the states in the system, as rows
/// (panel_rows.hpp). Columns: ccode1, ccode2 (integer), year (integer; over years) or date (text,
/// ISO; on a day), then one real column per asked measure in the order asked (NaN where undefined).
/// Notes: dates or years no source of pacts covers; with `dyads`, dates or years without both
/// states. usage_error on an unknown measure, scale, direction or dyad.
class similarity_rows : public rows_shape {
 public:
  similarity_rows(const alliance_network& net, day_number day, const similarity_options& options = {});
  similarity_rows(const alliance_network& net, year_span years, const similarity_options& options = {});

  [[nodiscard]] std::size_t size() const;

  template <class Sink>
  void put_rows(Sink& sink) const {
    for (const auto& f : m_frames) {
      const std::string day = m_yearly ? std::string() : day_text(f.day);
      for (const auto& [i, j] : pairs_of(f)) {
        sink.integer(code(f, i));
        sink.integer(code(f, j));
        m_yearly ? sink.integer(f.year) : sink.text(day);
        const auto& s = f.scores_of(i, j);
        for (const auto m : m_measures) sink.real(s[m]);
        sink.end_row();
      }
    }
  }

 private:
  similarity_rows(const alliance_network& net, const similarity_options& options, bool yearly);
  void describe();
  [[nodiscard]] std::int64_t code(const similarity_frame& f, std::size_t i) const;
  /// The pairs (i, j), i < j, of a frame: all, or the one `dyads` names when both are in it.
  [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> pairs_of(const similarity_frame& f) const;

  const alliance_network* m_net;
  bool m_yearly;
  std::vector<similarity_measure> m_measures;
  pactgraph::similarity_options m_options;
  std::optional<std::pair<actor_id, actor_id>> m_dyad;
  std::vector<similarity_frame> m_frames;
};

/// Table "similarity": similarity_rows as a table.
[[nodiscard]] table similarity(const alliance_network& net, day_number day, const similarity_options& options = {});
[[nodiscard]] table similarity(const alliance_network& net, year_span years, const similarity_options& options = {});

}  // namespace pactgraph::query
