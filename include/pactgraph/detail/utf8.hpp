#pragma once

#include <cstddef>
#include <string_view>

namespace pactgraph::detail {

/// The 1-based index of the first byte of `text` that is not part of well-formed UTF-8 (no overlong
/// forms, surrogates or code points past U+10FFFF), or 0 when all of it is.
inline std::size_t invalid_utf8_at(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c < 0x80) length = 1;
    else if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;   // overlong
      if (c == 0xED) high = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;   // overlong
      if (c == 0xF4) high = 0x8F;  // past U+10FFFF
    } else {
      return i + 1;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if (i + k >= text.size()) return i + 1;
      const unsigned char lo = k == 1 ? low : 0x80;
      const unsigned char hi = k == 1 ? high : 0xBF;
      if (byte(i + k) < lo || byte(i + k) > hi) return i + 1;
    }
    i += length;
  }
  return 0;
}

}  // namespace pactgraph::detail
