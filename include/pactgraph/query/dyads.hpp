// `dyads`: dyad-years (directed, undirected, or every pair: the system frame) and dyad spells, as
// ATOP's dyadic files code them.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/dyad_spells.hpp"
#include "pactgraph/panels/dyad_years.hpp"
#include "pactgraph/query/panel_rows.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// The options of `dyads` over years, named as the command's.
struct dyads_options {
  bool undirected = false;  ///< one row per pair (ccode1 < ccode2), obligations either way
  bool all_pairs = false;   ///< the system frame: every pair sharing a state-system day in the year
  unsigned threads = 0;     ///< 0: every hardware thread; the rows are the same for any count
  /// Called with (years done, years in all) as years finish.
  std::function<void(std::size_t, std::size_t)> progress{};
};

namespace detail {
/// BILATNO, MULTINO, NUMBER, ASYMM, OBVARY of a dyad-year or spell; missing when not `known`.
template <class Row, class Sink>
void put_counts(Sink& sink, const Row& r, bool known) {
  if (!known) {
    for (int i = 0; i < 5; ++i) sink.missing();
    return;
  }
  sink.integer(r.bilateral);
  sink.integer(r.multilateral);
  sink.integer(r.number());
  sink.flag(r.asymm);
  sink.flag(r.obvary);
}
}  // namespace detail

/// The dyad-years of a span as rows (panel_rows.hpp). Columns: ccode1, ccode2, year (integer),
/// defense, offense, neutral, nonagg, consul and one per extra kind (integer 0/1: what ccode1
/// pledges ccode2, or either way when undirected), shareob, transyr (integer 0/1), bilatno, multino,
/// number (integer), asymm, obvary (integer 0/1), atopids (text: ATOP ids joined by ' '). In the
/// system frame, a pair in a year no source of pacts covers has every column from defense to obvary
/// missing. Notes: member rows left out for a state without a COW code.
class dyad_rows : public rows_shape {
 public:
  /// usage_error when no source of pacts reaches the span.
  dyad_rows(const alliance_network& net, year_span years, const dyads_options& options = {});

  [[nodiscard]] std::size_t size() const { return m_panel.rows.size(); }

  template <class Sink>
  void put_rows(Sink& sink) const {
    for (const dyad_year& r : m_panel.rows) {
      sink.integer(r.ccode_a);
      sink.integer(r.ccode_b);
      sink.integer(r.year);
      put_obligations(sink, r.obligations, r.covered, m_extras);
      r.covered ? sink.flag(r.shareob && r.allied()) : sink.missing();
      r.covered ? sink.flag(r.transyr) : sink.missing();
      detail::put_counts(sink, r, r.covered);
      sink.ids(*m_net, m_panel.pacts_of(r));
      sink.end_row();
    }
  }

 private:
  const alliance_network* m_net;
  dyad_year_panel m_panel;
  std::vector<tie_kind> m_extras;
};

/// The dyad spells (day precision) as rows. Columns: ccode1, ccode2 (integer), start, end (text:
/// ISO first day, and the first day after the spell; end missing when still running at the end of
/// the data), the obligation columns as for dyad_rows, shareob, bilatno, multino, number, asymm,
/// obvary (integer), atopids (text). `options.directed` false: one row per pair, obligations either
/// way. Notes: member rows left out for a state without a COW code.
class spell_rows : public rows_shape {
 public:
  spell_rows(const alliance_network& net, const dyad_spell_options& options = {});

  [[nodiscard]] std::size_t size() const { return m_panel.rows.size(); }

  template <class Sink>
  void put_rows(Sink& sink) const {
    for (const dyad_spell& r : m_panel.rows) {
      sink.integer(r.ccode_a);
      sink.integer(r.ccode_b);
      sink.text(date::from_days(r.when.begin).to_string());
      r.when.is_open() ? sink.missing() : sink.text(date::from_days(r.when.end).to_string());
      put_obligations(sink, r.obligations, true, m_extras);
      sink.flag(r.shareob);
      detail::put_counts(sink, r, true);
      sink.ids(*m_net, m_panel.pacts_of(r));
      sink.end_row();
    }
  }

 private:
  const alliance_network* m_net;
  dyad_spell_panel m_panel;
  std::vector<tie_kind> m_extras;
};

/// Table "dyads": dyad_rows as a table.
[[nodiscard]] table dyads(const alliance_network& net, year_span years, const dyads_options& options = {});

/// Table "spells": spell_rows as a table.
[[nodiscard]] table dyad_spells(const alliance_network& net, const dyad_spell_options& options = {});

}  // namespace pactgraph::query
