#pragma once

// A small network whose panels are worked out by hand in the tests that use it.

#include <initializer_list>
#include <optional>
#include <string>

#include "pactgraph/model/alliance_network.hpp"

namespace pactgraph::testing {

/// One member row: the actor's COW code, entry, exit (empty: ongoing), pledges, OBVARY.
struct hand_row {
  int code;
  const char* entry;
  const char* exit;
  tie_kind pledges;
  bool pledges_vary = false;
};

/// A network with one source covering 1815–2018 and these states (COW code, abbreviation):
/// 2 USA, 90 GUA, 92 SAL, 200 UKG, 220 FRN, 255 GMY, 260 GFR, 380 SWD, and 8152 (Annam, whose code
/// is not a COW state code).
///
/// Pacts (the rows hold what each member pledges to every partner):
/// - `treaty-a`: USA 1949-04-04 on, GFR 1955-05-05 to 1990-10-03, GMY from 1990-10-03, all defence.
///   GFR leaves the day GMY joins, so the two never share it.
/// - `treaty-b`: GUA and SAL, neutrality and consultation from 1880-01-01, consultation only from
///   the phase of 1888-11-24, both out on 1890-01-01.
/// - `treaty-c`: UKG and FRN pledge defence and consultation (OBVARY: defence is only to SWD),
///   SWD consultation, 1855-11-21 to 1856-03-30.
/// - `treaty-d`: FRN and 8152, defence, 1874-03-15 to 1883-08-25.
inline alliance_network hand_network() {
  alliance_network net;
  const source_id src = net.add_source({.key = "hand", .first = date(1815, 1, 1), .last = date(2018, 12, 31)});
  for (const auto& [code, abbreviation] : std::initializer_list<std::pair<int, const char*>>{
           {2, "USA"}, {90, "GUA"}, {92, "SAL"}, {200, "UKG"}, {220, "FRN"}, {255, "GMY"}, {260, "GFR"}, {380, "SWD"},
           {8152, "ANM"}})
    net.add_actor({.kind = actor_kind::state, .abbreviation = abbreviation, .cow_code = code});
  auto add = [&](const char* key, std::initializer_list<hand_row> rows) {
    pact p{.key = key, .source = src};
    for (const hand_row& r : rows) {
      const actor_id who = *net.find_state(r.code);
      const member_spell s{.when = spell::between(*date::parse(r.entry),
                                                  *r.exit ? date::parse(r.exit) : std::optional<date>()),
                           .pledges = r.pledges,
                           .pledges_vary = r.pledges_vary};
      auto it = std::find_if(p.members.begin(), p.members.end(), [&](const pact_member& m) { return m.actor == who; });
      if (it == p.members.end()) {
        p.members.push_back({.actor = who});
        it = p.members.end() - 1;
      }
      it->spells.push_back(s);
    }
    net.add_pact(std::move(p));
  };
  constexpr tie_kind def = tie_kind::defence;
  constexpr tie_kind con = tie_kind::consultation;
  constexpr tie_kind neu = tie_kind::neutrality;
  add("treaty-a", {{2, "1949-04-04", "", def}, {260, "1955-05-05", "1990-10-03", def}, {255, "1990-10-03", "", def}});
  add("treaty-b", {{90, "1880-01-01", "1888-11-24", neu | con},
                   {90, "1888-11-24", "1890-01-01", con},
                   {92, "1880-01-01", "1888-11-24", neu | con},
                   {92, "1888-11-24", "1890-01-01", con}});
  add("treaty-c", {{200, "1855-11-21", "1856-03-30", def | con, true},
                   {220, "1855-11-21", "1856-03-30", def | con, true},
                   {380, "1855-11-21", "1856-03-30", con}});
  add("treaty-d", {{220, "1874-03-15", "1883-08-25", def}, {8152, "1874-03-15", "1883-08-25", def}});
  return net;
}

}  // namespace pactgraph::testing
