// Small tests on pieces shared by the amount grammar's files.
#pragma once

#include <algorithm>
#include <string_view>

#include "amounts/phrase_table.h"
#include "text/fold.h"

namespace dixit::amounts {

inline bool all_upper_ascii(std::u16string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char16_t c) { return (c >= u'A' && c <= u'Z'); });
}

inline bool is_hyphen(const PieceText& text, size_t i) {
  return i < text.size() && text[i].kind == PieceKind::punct && text[i].size() == 1 &&
         text::is_dash(text.text[text[i].start]);
}

inline bool is_char(const PieceText& text, size_t i, char16_t c) {
  return i < text.size() && text[i].kind == PieceKind::punct && text[i].size() == 1 && text.text[text[i].start] == c;
}

}  // namespace dixit::amounts
