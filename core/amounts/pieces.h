// The amount grammar reads "pieces": the document's tokens with words split
// further at letter/digit boundaries and at hyphens, so that "USD115",
// "12-cent" and "vingt-cinq" read like "USD 115", "12 - cent", "vingt - cinq".
// Lexicon phrases are cut into pieces the same way, so both sides compare.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "segment/tokenizer.h"

namespace dixit::amounts {

enum class PieceKind : uint8_t { word, number, punct };

struct Piece {
  uint32_t start;
  uint32_t end;
  PieceKind kind;
  bool space_before;  // white space or a line break right before
  bool line_before;   // a line break right before
  uint32_t size() const { return end - start; }
};

// Appends the pieces of `tokens` to `out` (cleared first).
void split_into_pieces(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Piece>& out);

// A lexicon phrase as folded pieces: tokenised with the language's rules, like the text.
std::vector<std::u16string> phrase_pieces(std::u16string_view phrase, const TokenizerRules& rules);

}  // namespace dixit::amounts
