#include "pactgraph/io/atop.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <unordered_map>

#include "import_rows.hpp"

namespace pactgraph::io {
namespace {

/// One row of the alliance-level file.
struct alliance_row {
  long long atopid = 0;
  date begin;
  bool bilateral = false;
  bool asymmetric = false;
  source_location where;
  std::vector<std::size_t> members;  ///< indices into the member rows, in file order
};

/// One row of the member-level file, checked but not yet resolved to an actor.
struct member_row {
  int code = 0;
  member_spell spell;
  source_location where;
};

/// Rows of one atopid that can share a pact: no member is in two of them at once.
struct phase_group {
  std::uint16_t first_phase = 0;
  std::vector<std::size_t> rows;
};

/// The pledge columns in tie_kind order (codebook: DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL).
constexpr std::array<std::pair<std::string_view, tie_kind>, 5> pledge_columns{{
    {"defense", tie_kind::defence},
    {"offense", tie_kind::offence},
    {"neutral", tie_kind::neutrality},
    {"nonagg", tie_kind::non_aggression},
    {"consul", tie_kind::consultation},
}};

/// A 0/1 column.
bool flag(const csv_reader& reader, std::size_t col) {
  const long long v = reader.integer(col);
  if (v != 0 && v != 1) throw reader.error_at(col, "expected 0 or 1, found '" + std::string(reader.field(col)) + "'");
  return v == 1;
}

/// True when some row of `group` is a spell of `code` overlapping `s`.
bool clashes(const phase_group& group, const std::vector<member_row>& rows, const member_row& row) {
  return std::any_of(group.rows.begin(), group.rows.end(), [&](std::size_t i) {
    return rows[i].code == row.code && rows[i].spell.when.overlaps(row.spell.when);
  });
}

}  // namespace

import_report import_atop(alliance_network& net, const text_file& members, const text_file& alliances,
                          const import_options& options) {
  // Everything goes into a copy, assigned back only on success, so a throw leaves `net` untouched.
  alliance_network work = net;
  import_report report;
  report.source = work.add_source(
      {.key = std::string(atop_source_key),
       .citation = "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                   "\"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: "
                   "237-260. ATOP version 5.1.",
       .first = date(1815, 1, 1),
       .last = date(2018, 12, 31)},
      {.file = alliances.name});

  std::vector<alliance_row> table;
  std::unordered_map<long long, std::size_t> alliance_of;
  {
    csv_reader reader(alliances, options.limits);
    const std::size_t id_col = reader.column("atopid");
    const std::size_t by_col = reader.column("begyr");
    const std::size_t bm_col = reader.column("begmo");
    const std::size_t bd_col = reader.column("begday");
    const std::size_t bilat_col = reader.column("bilat");
    const auto asymm_col = reader.find_column("asymm");  // optional: older extracts lack it
    detail::for_each_row(reader, options, report, [&] {
      const long long id = reader.integer(id_col);
      const date begin = detail::partial_date(reader, by_col, bm_col, bd_col);
      const bool bilateral = flag(reader, bilat_col);
      const bool asymmetric = asymm_col && flag(reader, *asymm_col);
      if (const auto it = alliance_of.find(id); it != alliance_of.end())
        throw data_error(reader.location(id_col), "column 'atopid': alliance " + std::to_string(id) +
                                                      " is listed again (first on line " +
                                                      std::to_string(table[it->second].where.line) + ")");
      alliance_of.emplace(id, table.size());
      table.push_back({.atopid = id,
                       .begin = begin,
                       .bilateral = bilateral,
                       .asymmetric = asymmetric,
                       .where = reader.record_location()});
    });
  }

  std::vector<member_row> rows;
  std::optional<parse_error> too_many;  // the first member row over the pact limit
  {
    csv_reader reader(members, options.limits);
    const std::size_t id_col = reader.column("atopid");
    const std::size_t code_col = reader.column("member");
    const std::size_t ey_col = reader.column("yrent");
    const std::size_t em_col = reader.column("moent");
    const std::size_t ed_col = reader.column("dayent");
    const std::size_t xy_col = reader.column("yrexit");
    const std::size_t xm_col = reader.column("moexit");
    const std::size_t xd_col = reader.column("dayexit");
    const std::size_t phase_col = reader.column("phase");
    const auto obvary_col = reader.find_column("obvary");  // optional: older extracts lack it
    std::array<std::size_t, pledge_columns.size()> pledge_cols{};
    for (std::size_t i = 0; i < pledge_columns.size(); ++i) pledge_cols[i] = reader.column(pledge_columns[i].first);
    detail::for_each_row(reader, options, report, [&] {
      const long long id = reader.integer(id_col);
      const auto alliance = alliance_of.find(id);
      if (alliance == alliance_of.end())
        throw data_error(reader.location(id_col), "column 'atopid': alliance " + std::to_string(id) +
                                                      " has no row in " + alliances.name);
      const long long code = reader.integer(code_col);
      if (code <= 0 || code > 99999)
        throw reader.error_at(code_col, "expected a COW code, found '" + std::string(reader.field(code_col)) + "'");
      const date entry = detail::partial_date(reader, ey_col, em_col, ed_col);
      std::optional<date> exit;
      if (reader.integer(xy_col) != 0) exit = detail::partial_date(reader, xy_col, xm_col, xd_col);
      const spell when = spell::between(entry, exit);
      if (when.is_reversed())
        throw data_error(reader.location(xy_col), "column 'yrexit': exit " + exit->to_string() +
                                                      " precedes entry " + entry.to_string());
      const long long phase = reader.integer(phase_col);
      if (phase < 0 || phase > 999)
        throw reader.error_at(phase_col, "expected a phase number, found '" + std::string(reader.field(phase_col)) + "'");
      tie_kind pledges = tie_kind::none;
      for (std::size_t i = 0; i < pledge_columns.size(); ++i)
        if (flag(reader, pledge_cols[i])) pledges |= pledge_columns[i].second;
      const bool pledges_vary = obvary_col && flag(reader, *obvary_col);
      std::vector<std::size_t>& listed = table[alliance->second].members;
      if (listed.size() == options.pacts.max_member_spells) {
        const parse_error e = reader.error_at(
            id_col, "alliance " + std::to_string(id) + ": expected at most " +
                        std::to_string(options.pacts.max_member_spells) + " member rows");
        if (!too_many) too_many = e;
        throw e;  // at once in strict mode; lenient mode goes on reading, then stops after the loop
      }
      listed.push_back(rows.size());
      rows.push_back({.code = static_cast<int>(code),
                      .spell = {.when = when,
                                .pledges = pledges,
                                .phase = static_cast<std::uint16_t>(phase),
                                .pledges_vary = pledges_vary},
                      .where = reader.record_location()});
    });
  }
  // A limit stops a lenient import too: the rows kept are only file-sized, the ties would not be.
  if (too_many) throw *too_many;

  const std::size_t ties_before = work.tie_count();
  for (const alliance_row& alliance : table) {
    if (alliance.members.empty()) {
      detail::reject(data_error(alliance.where, "alliance " + std::to_string(alliance.atopid) + " has no member rows in " +
                                                    members.name),
                     options, report);
      continue;
    }
    ++report.rows_loaded;  // the alliance row itself

    // Phases in order; a phase joins the first group none of whose members it would overlap.
    std::vector<std::size_t> order = alliance.members;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rows[a].spell.phase < rows[b].spell.phase; });
    std::vector<phase_group> groups;
    for (std::size_t begin = 0; begin < order.size();) {
      std::size_t end = begin;
      while (end < order.size() && rows[order[end]].spell.phase == rows[order[begin]].spell.phase) ++end;
      phase_group phase{.first_phase = rows[order[begin]].spell.phase};
      for (std::size_t k = begin; k < end; ++k) {
        const member_row& row = rows[order[k]];
        if (clashes(phase, rows, row)) {
          detail::reject(data_error(row.where, "member " + std::to_string(row.code) + " of alliance " +
                                                   std::to_string(alliance.atopid) +
                                                   " has an earlier row of the same phase overlapping this one"),
                         options, report);
          continue;
        }
        phase.rows.push_back(order[k]);
      }
      auto fits = [&](const phase_group& g) {
        return std::none_of(phase.rows.begin(), phase.rows.end(),
                            [&](std::size_t i) { return clashes(g, rows, rows[i]); });
      };
      auto target = std::find_if(groups.begin(), groups.end(), fits);
      if (target == groups.end()) {
        groups.push_back(std::move(phase));
      } else {
        target->rows.insert(target->rows.end(), phase.rows.begin(), phase.rows.end());
      }
      begin = end;
    }

    for (std::size_t g = 0; g < groups.size(); ++g) {
      phase_group& group = groups[g];
      std::sort(group.rows.begin(), group.rows.end());  // members in file order
      pact p{.key = "atop-" + std::to_string(alliance.atopid) +
                    (g == 0 ? std::string() : "-p" + std::to_string(group.first_phase)),
             .signed_on = alliance.begin,
             .atop_id = static_cast<int>(alliance.atopid),
             .asymmetric = alliance.asymmetric,
             .source = report.source,
             .note = alliance.bilateral ? "bilateral" : ""};
      std::map<int, std::size_t> member_of;
      for (const std::size_t i : group.rows) {
        const member_row& row = rows[i];
        auto [it, fresh] = member_of.emplace(row.code, p.members.size());
        if (fresh) p.members.push_back({.actor = detail::state_by_code(work, row.code, row.where)});
        p.members[it->second].spells.push_back(row.spell);
      }
      try {
        work.add_pact(std::move(p), alliance.where);
        report.rows_loaded += group.rows.size();
      } catch (const data_error& e) {
        detail::reject(e, options, report);
      }
      check_tie_count(work.tie_count() - ties_before, options.pacts, alliance.where,
                              "alliance " + std::to_string(alliance.atopid));
    }
  }
  net = std::move(work);
  return report;
}

import_report import_atop(alliance_network& net, const std::filesystem::path& members,
                          const std::filesystem::path& alliances, const import_options& options) {
  return import_atop(net, read_text_file(members), read_text_file(alliances), options);
}

}  // namespace pactgraph::io
