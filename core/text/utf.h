// Conversions at the edges of the core. Inside, text is UTF-16 and offsets are
// UTF-16 code units; these functions are the only places encodings change.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dixit::text {

// Byte offset of the first byte that does not start a well-formed UTF-8
// sequence (overlongs, surrogates and values above U+10FFFF are ill-formed).
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

// Precondition: find_invalid_utf8(bytes) is empty.
std::u16string utf8_to_utf16(std::string_view bytes);

// Lone surrogates become U+FFFD: output strings are always valid UTF-8.
std::string utf16_to_utf8(std::u16string_view units);
void append_utf8(std::u16string_view units, std::string& out);

inline bool is_high_surrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
inline bool is_low_surrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// The code point at `pos` and its length in units; a lone surrogate is returned as itself.
struct CodePoint {
  char32_t value;
  unsigned units;
};
inline CodePoint code_point_at(std::u16string_view s, size_t pos) {
  char16_t c = s[pos];
  if (is_high_surrogate(c) && pos + 1 < s.size() && is_low_surrogate(s[pos + 1]))
    return {0x10000 + ((char32_t(c) - 0xD800) << 10) + (s[pos + 1] - 0xDC00), 2};
  return {c, 1};
}
// The code point ending just before `pos`.
inline CodePoint code_point_before(std::u16string_view s, size_t pos) {
  char16_t c = s[pos - 1];
  if (is_low_surrogate(c) && pos >= 2 && is_high_surrogate(s[pos - 2]))
    return {0x10000 + ((char32_t(s[pos - 2]) - 0xD800) << 10) + (c - 0xDC00), 2};
  return {c, 1};
}

}  // namespace dixit::text
