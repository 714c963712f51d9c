#include "text/fold.h"

#include <unicode/uchar.h>

#include "text/utf.h"

namespace dixit::text {

char16_t fold_non_ascii(char16_t c) {
  if (is_apostrophe(c)) return u'\'';
  if (is_space(c)) return u' ';
  if (is_dash(c) && c != u'\u2013' && c != u'\u2014') return u'-';
  if (is_high_surrogate(c) || is_low_surrogate(c)) return c;
  return static_cast<char16_t>(u_tolower(c));
}

void append_folded(std::u16string_view in, std::u16string& out) {
  const size_t at = out.size();
  out.resize(at + in.size());
  char16_t* p = out.data() + at;
  for (char16_t c : in) *p++ = fold_unit(c);
}

std::u16string folded(std::u16string_view in) {
  std::u16string out;
  append_folded(in, out);
  return out;
}

std::u16string folded_utf8(std::string_view utf8) { return folded(utf8_to_utf16(utf8)); }

}  // namespace dixit::text
