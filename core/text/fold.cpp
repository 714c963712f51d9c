#include "text/fold.h"

#include <unicode/uchar.h>

#include "text/utf.h"

namespace dixit::text {

bool is_apostrophe(char16_t c) { return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'\u2032'; }

bool is_space(char16_t c) {
  return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\u2007' ||
         c == u'\u200A' || c == u'\u2002' || c == u'\u2003' || c == u'\u3000' || c == u'\u205F';
}

bool is_line_break(char16_t c) {
  return c == u'\n' || c == u'\r' || c == u'\u0085' || c == u'\u2028' || c == u'\u2029' || c == u'\v' || c == u'\f';
}

bool is_dash(char16_t c) { return c == u'-' || (c >= u'\u2010' && c <= u'\u2015') || c == u'\u2212'; }

char16_t fold_unit(char16_t c) {
  if (c < 0x80) return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
  if (is_apostrophe(c)) return u'\'';
  if (is_space(c)) return u' ';
  if (is_dash(c) && c != u'\u2013' && c != u'\u2014') return u'-';
  if (is_high_surrogate(c) || is_low_surrogate(c)) return c;
  return static_cast<char16_t>(u_tolower(c));
}

void append_folded(std::u16string_view in, std::u16string& out) {
  out.reserve(out.size() + in.size());
  for (char16_t c : in) out.push_back(fold_unit(c));
}

std::u16string folded(std::u16string_view in) {
  std::u16string out;
  append_folded(in, out);
  return out;
}

std::u16string folded_utf8(std::string_view utf8) { return folded(utf8_to_utf16(utf8)); }

}  // namespace dixit::text
