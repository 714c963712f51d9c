// Folding for lexicon lookups: lower case, one apostrophe, one space, one hyphen.
// Press text mixes ’ and ', U+00A0 and U+202F, ‑ and -; lexicons are written once.
#pragma once

#include <string>
#include <string_view>

namespace dixit::text {

// Inline, with an ASCII path first: they run on every character of the text.
inline bool is_apostrophe(char16_t c) { return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'\u2032'; }

// Any horizontal white space, NBSP and NNBSP included.
inline bool is_space(char16_t c) {
  if (c < 0x80) return c == u' ' || c == u'\t';
  return c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\u2007' || c == u'\u200A' ||
         c == u'\u2002' || c == u'\u2003' || c == u'\u3000' || c == u'\u205F';
}

// LF, CR, NEL, LS, PS (and VT, FF).
inline bool is_line_break(char16_t c) {
  if (c < 0x80) return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
  return c == u'\u0085' || c == u'\u2028' || c == u'\u2029';
}

// Hyphen-minus and the Unicode hyphens and dashes.
inline bool is_dash(char16_t c) { return c == u'-' || (c >= u'\u2010' && c <= u'\u2015') || c == u'\u2212'; }

char16_t fold_non_ascii(char16_t c);
inline char16_t fold_unit(char16_t c) {
  if (c < 0x80) return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
  return fold_non_ascii(c);
}

// Appends the folded form of `in` to `out` (same length: offsets stay aligned).
void append_folded(std::u16string_view in, std::u16string& out);
std::u16string folded(std::u16string_view in);
std::u16string folded_utf8(std::string_view utf8);

}  // namespace dixit::text
