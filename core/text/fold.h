// Folding for lexicon lookups: lower case, one apostrophe, one space, one hyphen.
// Press text mixes ’ and ', U+00A0 and U+202F, ‑ and -; lexicons are written once.
#pragma once

#include <string>
#include <string_view>

namespace dixit::text {

char16_t fold_unit(char16_t c);

// Appends the folded form of `in` to `out` (same length: offsets stay aligned).
void append_folded(std::u16string_view in, std::u16string& out);
std::u16string folded(std::u16string_view in);
std::u16string folded_utf8(std::string_view utf8);

bool is_apostrophe(char16_t c);
bool is_space(char16_t c);      // any horizontal white space, NBSP and NNBSP included
bool is_line_break(char16_t c);  // LF, CR, NEL, LS, PS
bool is_dash(char16_t c);       // hyphen-minus and the Unicode hyphens and dashes

}  // namespace dixit::text
