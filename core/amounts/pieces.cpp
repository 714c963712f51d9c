#include "amounts/pieces.h"

#include <unicode/uchar.h>

#include "text/fold.h"
#include "text/utf.h"

namespace dixit::amounts {

namespace {

enum class CharClass { letter, digit, hyphen, other };

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if (c >= '0' && c <= '9') return CharClass::digit;
    if (c == '-') return CharClass::hyphen;
    return CharClass::letter;  // inside a word token, anything else is part of the word (apostrophes too)
  }
  if (u_isdigit(c)) return CharClass::digit;
  if (text::is_dash(static_cast<char16_t>(c)) && c <= 0xFFFF) return CharClass::hyphen;
  return CharClass::letter;
}

void split_word(std::u16string_view text, const Token& token, std::vector<Piece>& out) {
  bool space = token.has(token_flags::space_before);
  bool line = token.has(token_flags::line_before);
  uint32_t part_start = token.start;
  CharClass part_class = CharClass::other;
  auto flush = [&](uint32_t end) {
    if (end <= part_start) return;
    PieceKind kind = part_class == CharClass::digit    ? PieceKind::number
                     : part_class == CharClass::hyphen ? PieceKind::punct
                                                       : PieceKind::word;
    out.push_back({part_start, end, kind, space, line});
    space = line = false;
    part_start = end;
  };
  for (uint32_t i = token.start; i < token.end;) {
    auto cp = text::code_point_at(text, i);
    CharClass c = classify(cp.value);
    // Hyphens are single pieces; letters and digits change piece when they alternate.
    if (i > part_start && (c != part_class || c == CharClass::hyphen)) flush(i);
    if (i == part_start) part_class = c;
    i += cp.units;
  }
  flush(token.end);
}

}  // namespace

void split_into_pieces(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Piece>& out) {
  out.clear();
  out.reserve(tokens.size() + tokens.size() / 8);
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::word && (token.has(token_flags::has_digit) || token.size() > 1)) {
      bool plain = true;
      if (!token.has(token_flags::has_digit)) {
        for (uint32_t i = token.start; i < token.end && plain; ++i) plain = !text::is_dash(text[i]);
      } else {
        plain = false;
      }
      if (!plain) {
        split_word(text, token, out);
        continue;
      }
    }
    PieceKind kind = token.kind == TokenKind::word     ? PieceKind::word
                     : token.kind == TokenKind::number ? PieceKind::number
                                                       : PieceKind::punct;
    out.push_back({token.start, token.end, kind, token.has(token_flags::space_before),
                   token.has(token_flags::line_before)});
  }
}

std::vector<std::u16string> phrase_pieces(std::u16string_view phrase, const TokenizerRules& rules) {
  // An elided form ("d'", "plus d'") only splits like in text when a word follows
  // its apostrophe: tokenise it with a stand-in word, then drop that word.
  const bool elided_end = !phrase.empty() && text::is_apostrophe(phrase.back());
  // Scratch reused from call to call: a language's first use cuts thousands of phrases.
  thread_local std::u16string source;
  thread_local std::vector<Token> tokens;
  thread_local std::vector<Piece> pieces;
  source.assign(phrase);
  if (elided_end) source += u"x";
  tokenize(source, rules, tokens);
  split_into_pieces(source, tokens, pieces);
  if (elided_end && !pieces.empty()) pieces.pop_back();
  std::vector<std::u16string> out;
  for (const Piece& p : pieces) out.push_back(text::folded(std::u16string_view(source).substr(p.start, p.size())));
  return out;
}

}  // namespace dixit::amounts
