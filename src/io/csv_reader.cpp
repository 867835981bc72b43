#include "pactgraph/io/csv_reader.hpp"

#include <charconv>
#include <fstream>
#include <unordered_set>

namespace pactgraph::io {
namespace {

/// A byte as the message shows it: printable characters as they are, others as \xNN.
std::string show_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7f) return std::string(1, c);
  constexpr char digits[] = "0123456789abcdef";
  return std::string("\\x") + digits[u >> 4] + digits[u & 0xf];
}

}  // namespace

text_file read_text_file(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw data_error({.file = path.string()}, "cannot open file");
  // One read of the whole size: a stream iterator costs ten times as much on the 22 MB IGO file.
  const std::streamoff size = in.tellg();
  if (size < 0) throw data_error({.file = path.string()}, "cannot read file");
  text_file out{.name = name, .text = std::string(static_cast<std::size_t>(size), '\0')};
  in.seekg(0);
  if (!in.read(out.text.data(), size)) throw data_error({.file = path.string()}, "cannot read file");
  return out;
}

csv_reader::csv_reader(const text_file& file, csv_limits limits)
    : m_name(file.name), m_text(file.text), m_limits(limits) {
  // A UTF-8 byte order mark is not part of the first column's name.
  if (m_text.starts_with("\xEF\xBB\xBF")) m_pos = m_line_start = 3;
  if (!read_record()) fail(1, 1, "empty file: expected a header line");
  m_header.reserve(m_fields.size());
  // A set, not a scan of the names so far: a header as wide as a raised limit allows must not take quadratic time.
  std::unordered_set<std::string_view> seen;
  seen.reserve(m_fields.size());
  for (std::size_t i = 0; i < m_fields.size(); ++i) {
    if (!seen.insert(field(i)).second)
      fail(m_fields[i].line, m_fields[i].column, "duplicate column '" + std::string(field(i)) + "'");
  }
  for (std::size_t i = 0; i < m_fields.size(); ++i) m_header.emplace_back(field(i));
}

std::optional<std::size_t> csv_reader::find_column(std::string_view name) const {
  for (std::size_t i = 0; i < m_header.size(); ++i)
    if (m_header[i] == name) return i;
  return std::nullopt;
}

std::size_t csv_reader::column(std::string_view name) const {
  if (auto i = find_column(name)) return *i;
  throw parse_error({.file = m_name, .line = 1, .column = 1}, "missing column '" + std::string(name) + "'");
}

bool csv_reader::next() { return read_record(); }

void csv_reader::check_width() const {
  if (m_fields.size() == m_header.size()) return;
  throw parse_error({.file = m_name, .line = m_record_end_line, .column = m_record_end_column},
                    "expected " + std::to_string(m_header.size()) + " fields, found " +
                        std::to_string(m_fields.size()));
}

std::string_view csv_reader::field(std::size_t column) const {
  const field_span& f = m_fields.at(column);
  return f.escaped ? std::string_view(m_unescaped).substr(f.offset, f.size) : m_text.substr(f.offset, f.size);
}

source_location csv_reader::location(std::size_t column) const {
  const field_span& f = m_fields.at(column);
  return {.file = m_name, .line = f.line, .column = f.column};
}

source_location csv_reader::record_location() const { return {.file = m_name, .line = m_record_line, .column = 1}; }

long long csv_reader::integer(std::size_t column) const {
  const std::string_view text = field(column);
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty())
    throw error_at(column, "expected an integer, found '" + std::string(text) + "'");
  return value;
}

std::optional<long long> csv_reader::optional_integer(std::size_t column) const {
  if (field(column).empty()) return std::nullopt;
  return integer(column);
}

parse_error csv_reader::error_at(std::size_t column, const std::string& message) const {
  const std::string name = column < m_header.size() ? m_header[column] : "#" + std::to_string(column + 1);
  return parse_error(location(column), "column '" + name + "': " + message);
}

void csv_reader::fail(std::size_t line, std::size_t column, const std::string& message) {
  m_pos = m_text.size();  // nothing after a malformed spot can be trusted
  m_fields.clear();
  throw parse_error({.file = m_name, .line = line, .column = column}, message);
}

bool csv_reader::read_record() {
  m_fields.clear();
  m_unescaped.clear();
  if (m_pos >= m_text.size()) return false;
  m_record_line = m_line;
  const std::size_t size = m_text.size();
  auto column_of = [&](std::size_t pos) { return pos - m_line_start + 1; };
  auto too_long = [&](const field_span& f) {
    fail(f.line, f.column, "field longer than " + std::to_string(m_limits.max_field_size) + " bytes");
  };
  while (true) {
    field_span f{.offset = m_pos, .size = 0, .line = m_line, .column = column_of(m_pos)};
    if (m_fields.size() == m_limits.max_columns)
      fail(f.line, f.column, "more than " + std::to_string(m_limits.max_columns) + " fields");
    if (m_pos < size && m_text[m_pos] == '"') {
      std::size_t start = ++m_pos;
      while (true) {
        if (m_pos >= size) fail(f.line, f.column, "unterminated quoted field");
        const char c = m_text[m_pos];
        if (c == '"') {
          if (m_pos + 1 < size && m_text[m_pos + 1] == '"') {
            // The first escape moves the field into the record buffer, where it can be unescaped.
            if (!f.escaped) {
              f.escaped = true;
              f.offset = m_unescaped.size();
            }
            m_unescaped.append(m_text.substr(start, m_pos + 1 - start));
            m_pos += 2;
            start = m_pos;
            continue;
          }
          break;
        }
        if (c == '\0') fail(m_line, column_of(m_pos), "embedded NUL byte");
        if (c == '\n') {
          ++m_line;
          m_line_start = m_pos + 1;
        }
        ++m_pos;
        if ((f.escaped ? m_unescaped.size() - f.offset : 0) + (m_pos - start) > m_limits.max_field_size) too_long(f);
      }
      if (f.escaped) {
        m_unescaped.append(m_text.substr(start, m_pos - start));
        f.size = m_unescaped.size() - f.offset;
      } else {
        f.offset = start;
        f.size = m_pos - start;
      }
      ++m_pos;  // the closing quote
      if (m_pos < size && m_text[m_pos] != ',' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r')
        fail(m_line, column_of(m_pos),
             "expected ',' or a line break after a closing quote, found '" + show_byte(m_text[m_pos]) + "'");
    } else {
      while (m_pos < size) {
        const char c = m_text[m_pos];
        if (c == ',' || c == '\n' || c == '\r') break;
        if (c == '"') fail(m_line, column_of(m_pos), "quote inside an unquoted field");
        if (c == '\0') fail(m_line, column_of(m_pos), "embedded NUL byte");
        ++m_pos;
      }
      f.size = m_pos - f.offset;
    }
    // Checked once the field is whole: an escape just before the closing quote adds bytes after the
    // scanning loop's last check.
    if (f.size > m_limits.max_field_size) too_long(f);
    m_fields.push_back(f);
    m_record_end_line = m_line;
    m_record_end_column = column_of(m_pos);
    if (m_pos >= size) return true;  // no line break after the last record
    const char c = m_text[m_pos];
    if (c == ',') {
      ++m_pos;
      continue;
    }
    if (c == '\r') {
      if (m_pos + 1 >= size || m_text[m_pos + 1] != '\n')
        fail(m_line, column_of(m_pos), "carriage return not followed by a line feed");
      ++m_pos;
    }
    ++m_pos;
    ++m_line;
    m_line_start = m_pos;
    return true;
  }
}

}  // namespace pactgraph::io
