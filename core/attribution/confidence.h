// A quote's confidence: how often quotes of its kind were right, measured.
// The kind is what its speaker rests on (Basis) and its type; the rates are
// fitted by scripts/fit-confidence on gold sets of real and written text and
// kept in confidence_table.inc, so that a quote given 0.9 is right about nine
// times in ten, and the numbers move only when the measurement does.
#pragma once

#include "dixit/dixit.h"

namespace dixit {

double confidence_of(Basis basis, QuoteType type);

}  // namespace dixit
