// Splits text into word, number and punctuation tokens in one pass. White space
// is not a token: it shows as flags on the token after it. The vector is reused
// by the caller, so tokenising allocates nothing per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dixit {

enum class TokenKind : uint8_t { word, number, punct };

namespace token_flags {
constexpr uint16_t space_before = 1 << 0;      // horizontal white space just before
constexpr uint16_t line_before = 1 << 1;       // a line break before (CR, LF, LS...)
constexpr uint16_t paragraph_before = 1 << 2;  // a blank line, or the start of the text
constexpr uint16_t capitalized = 1 << 3;       // first letter is upper or title case
constexpr uint16_t all_caps = 1 << 4;          // two or more letters, none lower case
constexpr uint16_t has_digit = 1 << 5;
constexpr uint16_t glued = 1 << 6;   // split off a word by a lower-to-upper join ("UkraineLes")
constexpr uint16_t elided = 1 << 7;  // an elided article or pronoun ending in an apostrophe ("l’")
constexpr uint16_t hyphenated = 1 << 8;  // a hyphen joins two of its parts ("a-t-il", "vingt-cinq")
}  // namespace token_flags

struct Token {
  uint32_t start;
  uint32_t end;
  TokenKind kind;
  uint16_t flags;
  bool has(uint16_t flag) const { return (flags & flag) != 0; }
  uint32_t size() const { return end - start; }
};

struct TokenizerRules {
  std::vector<std::u16string> elisions;         // folded, without the apostrophe: "l", "qu"
  std::vector<std::u16string> function_words;  // folded: glued headings split before these
};

void tokenize(std::u16string_view text, const TokenizerRules& rules, std::vector<Token>& out);

}  // namespace dixit
