// A quote's confidence: how often quotes of its kind were right, measured.
// The kind is what its speaker rests on (Basis), its type, and, for direct and
// mixed quotes, whether it is a fragment (a few quoted words: on real text
// these are often scare quotes or someone else's words). The rates are fitted
// by scripts/fit-confidence on gold sets and kept in confidence_table.inc, so
// that a quote given 0.9 is right about nine times in ten, and the numbers
// move only when the measurement does.
#pragma once

#include <string_view>

#include "dixit/dixit.h"

namespace dixit {

// A direct or mixed quote with fewer letters and digits than this is a
// fragment. scripts/fit-confidence applies the same rule to the output's spans.
constexpr size_t kFragmentLetters = 20;

// Whether a quote of this type and text (marks included) is a fragment: a few quoted words.
bool few_words(QuoteType type, std::u16string_view text);

double confidence_of(Basis basis, QuoteType type, bool fragment);

}  // namespace dixit
