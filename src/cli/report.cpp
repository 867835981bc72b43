#include "report.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "pactgraph/error.hpp"

namespace pactgraph::cli {

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
  out.rows = t.rows();
  out.cells.reserve(out.rows * out.columns.size());
  for (std::size_t r = 0; r < t.rows(); ++r)
    for (std::size_t i = skipped; i < t.columns.size(); ++i) out.cells.push_back(cell_at(t.columns[i], r));
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
    const std::size_t first = row;
    while (row < t.rows() && date.texts[row] == d) ++row;
    part.rows = row - first;
    part.cells.reserve(part.rows * part.columns.size());
    for (std::size_t k = first; k < row; ++k)
      for (std::size_t i = 1; i < t.columns.size(); ++i) part.cells.push_back(cell_at(t.columns[i], k));
    day.tables.push_back(std::move(part));
    r.series.push_back(std::move(day));
  }
  return r;
}

namespace {

// Appends the text of a cell; `terminal` rounds reals for reading, otherwise they keep every digit.
// Formats into `out` directly: a series of 16,293 rows of seven measures is 100,000 cells, and a
// string per cell cost the command more than its measures.
void append_text(std::string& out, const cell& c, bool terminal) {
  if (const auto* s = std::get_if<std::string>(&c)) {
    out += *s;
    return;
  }
  std::array<char, 64> buffer{};
  std::to_chars_result written{buffer.data(), {}};
  if (const auto* i = std::get_if<std::int64_t>(&c)) {
    written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *i);
  } else if (const auto* d = std::get_if<double>(&c)) {
    if (!std::isfinite(*d)) return;
    // The same digits as printf's %.6f (the standard defines them so) when rounded.
    written = terminal ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), *d, std::chars_format::fixed, 6)
                       : std::to_chars(buffer.data(), buffer.data() + buffer.size(), *d);
  } else if (terminal) {
    out += '-';
    return;
  }
  out.append(buffer.data(), written.ptr);
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
    for (std::size_t k = 0; k < t.rows; ++k) {
      const auto row = t.row(k);
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

// Appends a CSV field, quoted per RFC 4180 only when needed.
void append_csv_field(std::string& out, const cell& c) {
  const std::size_t start = out.size();
  append_text(out, c, false);
  if (!std::holds_alternative<std::string>(c) || out.find_first_of(",\"\r\n", start) == std::string::npos) return;
  const std::string text = out.substr(start);
  out.resize(start);
  out += '"';
  for (const char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

void csv_header(std::string& out, const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i != 0) out += ',';
    append_csv_field(out, names[i]);
  }
  out += '\n';
}

// Writes the rows of table `name` across a report and its series, each prefixed by the fields of
// the reports above it; the header comes from the first such table.
void append_csv_rows(const report& r, const std::string& name, std::vector<const cell*>& prefix,
                     std::vector<std::string>& prefix_names, bool& header_written, std::string& out) {
  const std::size_t outer = prefix.size();
  for (const auto& [key, value] : r.fields) {
    prefix.push_back(&value);
    prefix_names.push_back(key);
  }
  for (const auto& t : r.tables) {
    if (t.name != name) continue;
    if (!header_written) {
      std::vector<std::string> names = prefix_names;
      names.insert(names.end(), t.columns.begin(), t.columns.end());
      csv_header(out, names);
      header_written = true;
    }
    for (std::size_t k = 0; k < t.rows; ++k) {
      bool first = true;
      for (const cell* c : prefix) {
        if (!first) out += ',';
        first = false;
        append_csv_field(out, *c);
      }
      for (const cell& c : t.row(k)) {
        if (!first) out += ',';
        first = false;
        append_csv_field(out, c);
      }
      out += '\n';
    }
  }
  for (const auto& s : r.series) append_csv_rows(s, name, prefix, prefix_names, header_written, out);
  prefix.resize(outer);
  prefix_names.resize(outer);
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
  std::string out;
  std::vector<const cell*> prefix;
  std::vector<std::string> prefix_names;
  bool header_written = false;
  append_csv_rows(r, wanted, prefix, prefix_names, header_written, out);
  return out;
}

// The table with columns padded to their widest cell (numbers to the right), each line without
// trailing blanks, appended to `out`. Cells are formatted once into one buffer, then laid out.
void append_aligned(std::string& out, const table& t) {
  const std::size_t n = t.columns.size();
  std::vector<std::size_t> width(n);
  std::vector<bool> numeric(n, false);
  for (std::size_t i = 0; i < n; ++i) width[i] = t.columns[i].size();
  std::string texts;
  std::vector<std::size_t> ends;
  ends.reserve(t.cells.size());
  for (std::size_t k = 0; k < t.cells.size(); ++k) {
    const std::size_t i = k % n;
    const std::size_t start = texts.size();
    append_text(texts, t.cells[k], true);
    ends.push_back(texts.size());
    width[i] = std::max(width[i], texts.size() - start);
    if (is_number(t.cells[k])) numeric[i] = true;
  }
  std::size_t line_width = 0;
  for (const std::size_t w : width) line_width += w + 2;
  out.reserve(out.size() + (t.rows + 1) * (line_width + 1));
  auto put = [&](auto&& cell_text) {
    const std::size_t line_start = out.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (i != 0) out += "  ";
      const std::string_view text = cell_text(i);
      const std::size_t pad = width[i] - text.size();
      if (numeric[i]) out.append(pad, ' ');
      out += text;
      if (!numeric[i] && i + 1 != n) out.append(pad, ' ');
    }
    while (out.size() > line_start && out.back() == ' ') out.pop_back();
    out += '\n';
  };
  put([&](std::size_t i) { return std::string_view(t.columns[i]); });
  for (std::size_t row = 0, k = 0; row < t.rows; ++row, k += n)
    put([&](std::size_t i) {
      const std::size_t begin = k + i == 0 ? 0 : ends[k + i - 1];
      return std::string_view(texts).substr(begin, ends[k + i] - begin);
    });
}

void format_terminal(const report& r, std::string& out) {
  for (const auto& [key, value] : r.fields) {
    out += key;
    out += ": ";
    append_text(out, value, true);
    out += '\n';
  }
  for (const auto& t : r.tables) {
    if (!out.empty()) out += '\n';
    if (r.tables.size() > 1 || t.rows == 0) out += t.name + " (" + std::to_string(t.rows) + "):\n";
    if (t.rows != 0) append_aligned(out, t);
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
