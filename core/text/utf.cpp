#include "text/utf.h"

namespace dixit::text {

namespace {

// Length of the well-formed sequence at `i`, or 0 (Unicode Table 3-7).
size_t well_formed_length(std::string_view b, size_t i) {
  auto at = [&](size_t k) -> unsigned { return i + k < b.size() ? static_cast<unsigned char>(b[i + k]) : 0x100; };
  auto cont = [](unsigned c, unsigned lo = 0x80, unsigned hi = 0xBF) { return c >= lo && c <= hi; };
  unsigned c0 = at(0);
  if (c0 < 0x80) return 1;
  if (c0 >= 0xC2 && c0 <= 0xDF) return cont(at(1)) ? 2 : 0;
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    unsigned lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) ? 3 : 0;
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    unsigned lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) && cont(at(3)) ? 4 : 0;
  }
  return 0;
}

}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    // ASCII runs are the common case: skip them without the table walk.
    if (static_cast<unsigned char>(bytes[i]) < 0x80) { ++i; continue; }
    size_t n = well_formed_length(bytes, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::u16string utf8_to_utf16(std::string_view b) {
  std::u16string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size();) {
    unsigned c0 = static_cast<unsigned char>(b[i]);
    char32_t cp;
    size_t n;
    if (c0 < 0x80) { cp = c0; n = 1; }
    else if (c0 < 0xE0) { cp = c0 & 0x1F; n = 2; }
    else if (c0 < 0xF0) { cp = c0 & 0x0F; n = 3; }
    else { cp = c0 & 0x07; n = 4; }
    for (size_t k = 1; k < n && i + k < b.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(b[i + k]) & 0x3F);
    i += n;
    if (cp < 0x10000) {
      out.push_back(static_cast<char16_t>(cp));
    } else {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    }
  }
  return out;
}

void append_utf8(std::u16string_view s, std::string& out) {
  for (size_t i = 0; i < s.size();) {
    CodePoint cp = code_point_at(s, i);
    i += cp.units;
    char32_t c = cp.value;
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

std::string utf16_to_utf8(std::u16string_view s) {
  std::string out;
  out.reserve(s.size());
  append_utf8(s, out);
  return out;
}

}  // namespace dixit::text
