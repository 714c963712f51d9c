#include "attribution/confidence.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <array>
#include <cstddef>

namespace dixit {

namespace {

constexpr size_t kBases = static_cast<size_t>(Basis::nearby) + 1;
// Columns: the four types (direct, indirect, mixed, according_to), then the
// fragments of the two types that have them (direct, mixed).
constexpr size_t kColumns = static_cast<size_t>(QuoteType::according_to) + 1 + 2;
constexpr size_t kDirectFragment = 4, kMixedFragment = 5;

constexpr std::array<std::array<double, kColumns>, kBases> kRightRate = {{
#include "attribution/confidence_table.inc"
}};

}  // namespace

bool few_words(QuoteType type, std::u16string_view text) {
  if (type != QuoteType::direct && type != QuoteType::mixed) return false;
  // Stops counting at the bound: a long quote costs no more than a short one.
  size_t letters = 0;
  for (size_t i = 0; i < text.size() && letters < kFragmentLetters;) {
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    if (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) ++letters;
  }
  return letters < kFragmentLetters;
}

double confidence_of(Basis basis, QuoteType type, bool fragment) {
  size_t column = static_cast<size_t>(type);
  if (fragment && type == QuoteType::direct) column = kDirectFragment;
  if (fragment && type == QuoteType::mixed) column = kMixedFragment;
  return kRightRate[static_cast<size_t>(basis)][column];
}

}  // namespace dixit
