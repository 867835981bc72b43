// `states`: state-years as ATOP's state-year file codes them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/panels/state_years.hpp"
#include "pactgraph/query/panel_rows.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query {

/// The state-years of a span as rows (panel_rows.hpp). Columns: ccode, year (integer), atopally
/// (integer: 1), defense, offense, neutral, nonagg, consul (integer 0/1), one 0/1 column per extra
/// kind the network's pacts pledge (extra_kinds), number (integer: pacts), transyr (integer 0/1:
/// an obligation began or ended in the year), atopids (text: ATOP ids joined by ' '). One row per
/// state and year with an obligation, by year then ccode. Notes: member rows left out for a state
/// without a COW code.
class state_rows : public rows_shape {
 public:
  /// usage_error when no source of pacts reaches the span.
  state_rows(const alliance_network& net, year_span years, const panel_options& options = {});

  [[nodiscard]] std::size_t size() const { return m_panel.rows.size(); }

  template <class Sink>
  void put_rows(Sink& sink) const {
    for (const state_year& r : m_panel.rows) {
      sink.integer(r.ccode);
      sink.integer(r.year);
      sink.flag(true);
      put_obligations(sink, r.obligations, true, m_extras);
      sink.integer(r.number());
      sink.flag(r.transyr);
      sink.ids(*m_net, m_panel.pacts_of(r));
      sink.end_row();
    }
  }

 private:
  const alliance_network* m_net;
  state_year_panel m_panel;
  std::vector<tie_kind> m_extras;
};

/// Table "states": state_rows as a table.
[[nodiscard]] table states(const alliance_network& net, year_span years, const panel_options& options = {});

}  // namespace pactgraph::query
