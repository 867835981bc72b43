#include "report.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "pactgraph/error.hpp"

namespace pactgraph::cli {

void table::add(std::vector<cell> row) {
  if (row.size() != columns.size())
    throw std::logic_error("table '" + name + "': row of " + std::to_string(row.size()) + " cells for " +
                           std::to_string(columns.size()) + " columns");
  rows.push_back(std::move(row));
}

cell cell_at(const query::column& c, std::size_t row) {
  using kind = query::column::type;
  if (c.kind == kind::real) return c.reals[row];  // NaN prints as an empty field, as a failed measure should
  if (c.is_missing(row)) return std::monostate{};
  if (c.kind == kind::integer) return c.integers[row];
  return c.texts[row];
}

table report_table(const query::table& t) {
  const std::size_t skipped = t.scalars.size();
  table out{.name = t.name};
  for (std::size_t i = skipped; i < t.columns.size(); ++i) out.columns.push_back(t.columns[i].name);
  out.rows.resize(t.rows());
  for (std::size_t r = 0; r < out.rows.size(); ++r) {
    out.rows[r].reserve(out.columns.size());
    for (std::size_t i = skipped; i < t.columns.size(); ++i) out.rows[r].push_back(cell_at(t.columns[i], r));
  }
  return out;
}

report report_of(const std::vector<const query::table*>& tables, std::vector<std::pair<std::string, cell>> fields) {
  report r;
  r.fields = std::move(fields);
  if (!tables.empty())
    for (const auto& s : tables.front()->scalars) r.fields.emplace_back(s.name, cell_at(s, 0));
  for (const query::table* t : tables) {
    r.tables.push_back(report_table(*t));
    // Tables of one answer share its notes: each is kept once, unless one table repeats it itself.
    const auto earlier = static_cast<std::ptrdiff_t>(r.notes.size());
    for (const auto& n : t->notes)
      if (std::find(r.notes.begin(), r.notes.begin() + earlier, n) == r.notes.begin() + earlier) r.notes.push_back(n);
  }
  return r;
}

report report_of(const query::table& t, std::vector<std::pair<std::string, cell>> fields) {
  return report_of(std::vector<const query::table*>{&t}, std::move(fields));
}

report series_report(const query::table& t, const std::vector<std::string>& dates) {
  report r;
  r.notes = t.notes;
  const query::column& date = t.columns.front();
  std::size_t row = 0;
  for (const auto& d : dates) {
    report day;
    day.fields.emplace_back("date", d);
    table part{.name = t.name};
    for (std::size_t i = 1; i < t.columns.size(); ++i) part.columns.push_back(t.columns[i].name);
    for (; row < t.rows() && date.texts[row] == d; ++row) {
      std::vector<cell> cells;
      for (std::size_t i = 1; i < t.columns.size(); ++i) cells.push_back(cell_at(t.columns[i], row));
      part.add(std::move(cells));
    }
    day.tables.push_back(std::move(part));
    r.series.push_back(std::move(day));
  }
  return r;
}

std::string fixed6(double x) {
  if (!std::isfinite(x)) return "";
  std::array<char, 64> buffer{};
  // The same digits as printf's %.6f (the standard defines them so), without its locale and parsing costs.
  const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::fixed, 6);
  return std::string(buffer.data(), end);
}

std::string exact(double x) {
  if (!std::isfinite(x)) return "";
  std::array<char, 64> buffer{};
  const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
  return std::string(buffer.data(), end);
}

namespace {

// Text of a cell; `terminal` rounds reals for reading, otherwise they keep every digit.
std::string text_of(const cell& c, bool terminal) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&c)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&c)) return terminal ? fixed6(*d) : exact(*d);
  return terminal ? "-" : "";
}

bool is_number(const cell& c) { return std::holds_alternative<std::int64_t>(c) || std::holds_alternative<double>(c); }

nlohmann::ordered_json json_of(const cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&c)) return *i;
  if (const auto* d = std::get_if<double>(&c)) return std::isfinite(*d) ? nlohmann::ordered_json(*d) : nullptr;
  return nullptr;
}

nlohmann::ordered_json json_of(const report& r) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [key, value] : r.fields) out[key] = json_of(value);
  for (const auto& t : r.tables) {
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : t.rows) {
      nlohmann::ordered_json object = nlohmann::ordered_json::object();
      for (std::size_t i = 0; i < t.columns.size(); ++i) object[t.columns[i]] = json_of(row[i]);
      rows.push_back(std::move(object));
    }
    out[t.name] = std::move(rows);
  }
  if (!r.series.empty()) {
    auto series = nlohmann::ordered_json::array();
    for (const auto& s : r.series) series.push_back(json_of(s));
    out["series"] = std::move(series);
  }
  if (!r.notes.empty()) out["notes"] = r.notes;
  return out;
}

// CSV field quoting per RFC 4180: quote only when needed.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + '"';
}

void csv_line(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i != 0) out += ',';
    out += csv_field(fields[i]);
  }
  out += '\n';
}

// The flattened rows of table `name` across a report and its series, each prefixed by the fields.
struct flat_table {
  std::vector<std::string> columns;
  std::vector<std::vector<cell>> rows;
  bool found = false;
};

void flatten(const report& r, const std::string& name, std::vector<std::pair<std::string, cell>> prefix,
             flat_table& out) {
  for (const auto& f : r.fields) prefix.push_back(f);
  for (const auto& t : r.tables) {
    if (t.name != name) continue;
    if (!out.found) {
      for (const auto& p : prefix) out.columns.push_back(p.first);
      out.columns.insert(out.columns.end(), t.columns.begin(), t.columns.end());
      out.found = true;
    }
    for (const auto& row : t.rows) {
      std::vector<cell> full;
      for (const auto& p : prefix) full.push_back(p.second);
      full.insert(full.end(), row.begin(), row.end());
      out.rows.push_back(std::move(full));
    }
  }
  for (const auto& s : r.series) flatten(s, name, prefix, out);
}

// The table names of a report and its series, in first-seen order.
void table_names(const report& r, std::vector<std::string>& names) {
  for (const auto& t : r.tables)
    if (std::find(names.begin(), names.end(), t.name) == names.end()) names.push_back(t.name);
  for (const auto& s : r.series) table_names(s, names);
}

std::string format_csv(const report& r, const std::string& table_name) {
  std::vector<std::string> names;
  table_names(r, names);
  std::string wanted = table_name.empty() ? r.csv_table : table_name;
  if (wanted.empty() && !names.empty()) wanted = names.front();
  if (std::find(names.begin(), names.end(), wanted) == names.end()) {
    std::string known;
    for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    throw usage_error("no table '" + wanted + "' in this result (tables: " + known + ")");
  }
  flat_table flat;
  flatten(r, wanted, {}, flat);
  std::string out;
  csv_line(out, flat.columns);
  for (const auto& row : flat.rows) {
    std::vector<std::string> fields;
    for (const auto& c : row) fields.push_back(text_of(c, false));
    csv_line(out, fields);
  }
  return out;
}

std::string aligned(const table& t) {
  std::vector<std::size_t> width(t.columns.size());
  std::vector<bool> numeric(t.columns.size(), false);
  std::vector<std::vector<std::string>> texts;
  for (std::size_t i = 0; i < t.columns.size(); ++i) width[i] = t.columns[i].size();
  for (const auto& row : t.rows) {
    auto& line = texts.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      line.push_back(text_of(row[i], true));
      width[i] = std::max(width[i], line.back().size());
      if (is_number(row[i])) numeric[i] = true;
    }
  }
  std::string out;
  auto put = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i != 0) text += "  ";
      const std::string pad(width[i] - line[i].size(), ' ');
      text += numeric[i] ? pad + line[i] : line[i] + (i + 1 == line.size() ? "" : pad);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + '\n';
  };
  put(t.columns);
  for (const auto& line : texts) put(line);
  return out;
}

void format_terminal(const report& r, std::string& out) {
  for (const auto& [key, value] : r.fields) out += key + ": " + text_of(value, true) + '\n';
  for (const auto& t : r.tables) {
    if (!out.empty()) out += '\n';
    if (r.tables.size() > 1 || t.rows.empty()) out += t.name + " (" + std::to_string(t.rows.size()) + "):\n";
    if (!t.rows.empty()) out += aligned(t);
  }
  for (const auto& s : r.series) {
    if (!out.empty()) out += '\n';
    format_terminal(s, out);
  }
  if (!r.notes.empty()) {
    out += '\n';
    for (const auto& n : r.notes) out += "note: " + n + '\n';
  }
}

}  // namespace

std::string format_report(const report& r, output_format format, const std::string& table_name) {
  switch (format) {
    case output_format::json:
      return json_of(r).dump(2) + '\n';
    case output_format::csv:
      return format_csv(r, table_name);
    case output_format::table:
      break;
  }
  std::string out;
  format_terminal(r, out);
  return out;
}

}  // namespace pactgraph::cli
