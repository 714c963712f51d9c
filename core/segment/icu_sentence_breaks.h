// ICU's sentence boundaries, found by running its iterator over the few
// characters where its rules can place one, not over the whole text.
//
// Outside paragraph separators, a boundary of Unicode's sentence rules (UAX #29,
// which ICU implements) follows a terminal mark (Sentence_Break STerm or ATerm:
// . ! ? … and their kin), and whether it does depends only on what is near the
// mark: the word before it (rule SB7, "U.S."; ICU's abbreviation suppression,
// "Dr."), then closing marks, spaces and anything up to the next letter (SB8:
// "etc. 3 millions" stays one sentence). So the iterator runs over a window
// per mark, from the white space before the mark's word to the first letter
// after it; windows that touch are merged. A boundary follows every paragraph
// separator (SB4), without asking ICU.
//
// One pass over every character was the most expensive single step of
// annotation: 11.8 M instructions of 82 M on the French dev texts, against
// 7.1 M for the windows and the scan that finds them (callgrind). The unit test
// compares both on every corpus text and on 40,000 random strings.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>  // declares the versioned icu namespace

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace dixit {

// Appends to `out` the boundaries strictly inside `text` (not 0, not its
// length), ascending, with no duplicates. `iterator` is a sentence break
// iterator of the language; it is given each window's text in turn.
void icu_sentence_breaks(icu::BreakIterator& iterator, std::u16string_view text, std::vector<uint32_t>& out);

}  // namespace dixit
