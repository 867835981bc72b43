#pragma once

// How pactgraph writes free text into DOT attributes, HTML-like labels and XML, and reads it back.

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::render::detail {

/// Percent-encodes `%`, `\` and control characters, and in a list item (`item`) also `;` and `|`.
///
/// Graphviz writes a quoted string without escaping its backslashes, so a value ending in one
/// would swallow the closing quote; `;` and `|` separate list items and fields.
inline std::string encode(std::string_view text, bool item = false) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '%' || c == '\\' || (item && (c == ';' || c == '|')) || byte < 0x20 || byte == 0x7f) {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xf];
    } else {
      out += c;
    }
  }
  return out;
}

/// Reverses encode(); nothing when a `%` is not followed by two hex digits.
inline std::optional<std::string> decode(std::string_view text) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int high = digit(text[i + 1]);
    const int low = digit(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

/// Splits on `separator`; the empty text is the empty list.
inline std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  if (text.empty()) return out;
  std::size_t at = 0;
  while (true) {
    const auto end = text.find(separator, at);
    out.push_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return out;
}

/// Escapes text for XML content and attributes (GraphML, HTML-like labels). XML 1.0 cannot hold
/// control characters other than tab, newline and carriage return; they become U+FFFD.
inline std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += "\xEF\xBF\xBD";
        else
          out += c;
    }
  }
  return out;
}

/// Text for an HTML-like Graphviz label, shown as written: XML-escaped, and backslashes doubled,
/// since Graphviz still expands `\N`, `\G` and the like inside HTML labels; newlines break the line.
inline std::string html_label(std::string_view text) {
  std::string out;
  for (const char c : xml_escape(text)) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "<BR/>";
    else if (c == '\t' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

/// A number with up to `digits` significant digits, independent of the locale.
inline std::string format_number(double value, int digits = 3) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, digits);
  return std::string(buffer, result.ptr);
}

}  // namespace pactgraph::render::detail
