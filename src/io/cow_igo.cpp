#include "pactgraph/io/cow_igo.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "import_rows.hpp"

namespace pactgraph::io {
namespace {

constexpr int first_year = 1816;
constexpr int last_year = 2014;

/// What the file says about one organisation.
struct organisation_years {
  std::size_t column = 0;
  std::set<int> exists;                                      ///< years not coded -1
  std::map<int, std::map<int, membership_status>> statuses;  ///< ccode -> year -> status
  std::map<int, source_location> first_seen;                 ///< ccode -> first row with a status
};

/// A spell of whole years `[first, last]`, open when it reaches the end of the data.
spell years(int first, int last) {
  spell s = spell::between(date(std::chrono::year{first} / 1 / 1, date_precision::year),
                           date(std::chrono::year{last} / 1 / 1, date_precision::year));
  if (last >= last_year) s = spell::between(s.begin_date());  // open, like every open spell (no end precision)
  return s;
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

import_report import_cow_igo(alliance_network& net, const text_file& state_year,
                             std::span<const std::string> organisations, const import_options& options) {
  // Everything goes into a copy, assigned back only on success, so a throw leaves `net` untouched.
  alliance_network work = net;
  import_report report;
  report.source = work.add_source(
      {.key = std::string(cow_igo_source_key),
       .citation = "Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020. "
                   "\"Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets.\" "
                   "Journal of Peace Research 57(3): 492-503. doi:10.1177/0022343319881175",
       .first = date(std::chrono::year{first_year} / 1 / 1, date_precision::year),
       .last = date(std::chrono::year{last_year} / 1 / 1, date_precision::year)},
      {.file = state_year.name});

  csv_reader reader(state_year, options.limits);
  const std::size_t code_col = reader.column("ccode");
  const std::size_t year_col = reader.column("year");
  std::vector<organisation_years> orgs;
  for (const std::string& name : organisations) {
    const std::size_t col = reader.column(name);
    if (std::none_of(orgs.begin(), orgs.end(), [&](const organisation_years& o) { return o.column == col; }))
      orgs.push_back({.column = col});
  }

  std::map<std::pair<long long, long long>, std::size_t> line_of;  // (ccode, year) -> first line
  std::vector<std::pair<int, membership_status>> found;            // per row, before it is accepted
  detail::for_each_row(reader, options, report, [&] {
    const long long code = reader.integer(code_col);
    if (code <= 0 || code > 99999)
      throw reader.error_at(code_col, "expected a COW code, found '" + std::string(reader.field(code_col)) + "'");
    const long long year = reader.integer(year_col);
    if (year < first_year || year > last_year)
      throw reader.error_at(year_col, "expected a year from " + std::to_string(first_year) + " to " +
                                          std::to_string(last_year) + ", found '" +
                                          std::string(reader.field(year_col)) + "'");
    if (const auto it = line_of.find({code, year}); it != line_of.end())
      throw data_error(reader.location(code_col), "column 'ccode': state " + std::to_string(code) + " in " +
                                                      std::to_string(year) + " was already given on line " +
                                                      std::to_string(it->second));
    // Check the whole row before keeping any of it, so a skipped row leaves nothing behind.
    found.assign(orgs.size(), {-9, membership_status::full});
    for (std::size_t i = 0; i < orgs.size(); ++i) {
      const long long v = reader.optional_integer(orgs[i].column).value_or(-9);
      if (v != -9 && v != -1 && (v < 0 || v > 3))
        throw reader.error_at(orgs[i].column, "expected a status code (-9, -1, 0, 1, 2, 3), found '" +
                                                  std::string(reader.field(orgs[i].column)) + "'");
      found[i] = {static_cast<int>(v), v == 2 ? membership_status::associate
                                       : v == 3 ? membership_status::observer
                                                : membership_status::full};
    }
    line_of.emplace(std::pair{code, year}, reader.line());
    for (std::size_t i = 0; i < orgs.size(); ++i) {
      if (found[i].first != -1) orgs[i].exists.insert(static_cast<int>(year));
      if (found[i].first < 1) continue;
      orgs[i].statuses[static_cast<int>(code)][static_cast<int>(year)] = found[i].second;
      orgs[i].first_seen.emplace(static_cast<int>(code), reader.location(orgs[i].column));
    }
    ++report.rows_loaded;
  });

  for (const organisation_years& o : orgs) {
    const std::string& ioname = reader.header()[o.column];
    const source_location header{.file = state_year.name, .line = 1, .column = 1};
    actor_id org;
    if (auto id = work.find_actor(upper(ioname)); id && work[*id].kind == actor_kind::organisation) {
      org = *id;
    } else {
      actor a{.kind = actor_kind::organisation, .abbreviation = upper(ioname), .name = upper(ioname)};
      for (auto it = o.exists.begin(); it != o.exists.end();) {
        const int first = *it;
        int last = first;
        while (++it != o.exists.end() && *it == last + 1) ++last;
        a.spells.push_back({.when = years(first, last), .source = report.source});
      }
      org = work.add_actor(std::move(a), header);
    }
    for (const auto& [code, by_year] : o.statuses) {
      const source_location& where = o.first_seen.at(code);
      membership m{.member = detail::state_by_code(work, code, where), .organisation = org};
      for (auto it = by_year.begin(); it != by_year.end();) {
        const int first = it->first;
        const membership_status status = it->second;
        int last = first;
        while (++it != by_year.end() && it->first == last + 1 && it->second == status) ++last;
        m.spells.push_back({.when = years(first, last), .status = status, .source = report.source});
      }
      work.add_membership(std::move(m), where);
    }
  }
  net = std::move(work);
  return report;
}

import_report import_cow_igo(alliance_network& net, const std::filesystem::path& state_year,
                             std::span<const std::string> organisations, const import_options& options) {
  return import_cow_igo(net, read_text_file(state_year), organisations, options);
}

}  // namespace pactgraph::io
