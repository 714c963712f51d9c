#include "segment/tokenizer.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "text/fold.h"
#include "text/utf.h"

namespace dixit {

namespace {

using text::code_point_at;

// À to ÿ but × and ÷: the accented letters of French and the other Latin-1
// languages, answered without a property lookup.
bool is_latin1_letter(char32_t c) { return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7; }
bool is_ascii_letter(char32_t c) { return c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_letter(char32_t c) { return c < 0x80 ? is_ascii_letter(c) : is_latin1_letter(c) || u_isalpha(c); }
bool is_word_char(char32_t c) {
  if (c < 0x80) return is_ascii_letter(c);
  if (is_latin1_letter(c)) return true;
  // Letters, combining marks, and joiners (ZWJ/ZWNJ inside names) belong to the word.
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) || c == 0x200D || c == 0x200C;
}
bool is_digit(char32_t c) { return c < 0x100 ? (c >= '0' && c <= '9') : u_isdigit(c) != 0; }
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (is_latin1_letter(c)) return c <= 0xDE;
  return u_isupper(c) || u_istitle(c);
}
bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (is_latin1_letter(c)) return c >= 0xDF;
  return u_islower(c) != 0;
}

// ASCII classes in one table: the tokenizer's inner loop asks one question per unit.
enum AsciiClass : uint8_t { kLetter = 1, kUpper = 2, kLower = 4, kDigit = 8 };
constexpr std::array<uint8_t, 128> kAscii = [] {
  std::array<uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter | kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter | kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  return t;
}();

// What a word's letters say about it, gathered while it is scanned.
struct WordShape {
  size_t letters = 0, uppers = 0, lowers = 0;
  uint16_t flags = 0;

  void add(char32_t c) {
    if (is_digit(c)) {
      flags |= token_flags::has_digit;
      return;
    }
    if (!is_letter(c)) return;  // combining marks and joiners
    if (is_upper(c)) {
      if (letters == 0) flags |= token_flags::capitalized;
      ++uppers;
    } else if (is_lower(c)) {
      ++lowers;
    }
    ++letters;
  }
  void add_ascii(uint8_t cls) {
    if (cls & kDigit) {
      flags |= token_flags::has_digit;
      return;
    }
    if (cls & kUpper) {
      if (letters == 0) flags |= token_flags::capitalized;
      ++uppers;
    } else {
      ++lowers;
    }
    ++letters;
  }
  uint16_t final_flags() const {
    return flags | (letters >= 2 && uppers >= 2 && lowers == 0 ? token_flags::all_caps : 0);
  }
};

bool in_list(const std::vector<std::u16string>& list, std::u16string_view folded_word) {
  return std::find(list.begin(), list.end(), folded_word) != list.end();
}

class Scanner {
 public:
  Scanner(std::u16string_view text, const TokenizerRules& rules, std::vector<Token>& out)
      : text_(text), rules_(rules), out_(out) {}

  void run() {
    out_.clear();
    out_.reserve(text_.size() / 4 + 16);  // news text runs about one token in five units
    uint16_t pending = token_flags::paragraph_before;
    int line_breaks = 0;
    size_t i = 0;
    while (i < text_.size()) {
      char16_t c = text_[i];
      if (text::is_space(c) || c == u'\u200B' || c == u'\uFEFF') {
        pending |= token_flags::space_before;
        ++i;
        continue;
      }
      if (text::is_line_break(c)) {
        // CR LF counts as one break; two breaks make a paragraph.
        if (!(c == u'\n' && i > 0 && text_[i - 1] == u'\r')) ++line_breaks;
        pending |= token_flags::space_before | token_flags::line_before;
        if (line_breaks >= 2) pending |= token_flags::paragraph_before;
        ++i;
        continue;
      }
      line_breaks = 0;
      auto cp = code_point_at(text_, i);
      if (is_word_char(cp.value)) {
        i = scan_word(i, pending);
      } else if (is_digit(cp.value)) {
        size_t end = i;
        while (end < text_.size() && is_digit(code_point_at(text_, end).value)) end += code_point_at(text_, end).units;
        emit(i, end, TokenKind::number, pending | token_flags::has_digit);
        i = end;
      } else {
        emit(i, i + cp.units, TokenKind::punct, pending);
        i += cp.units;
      }
      pending = 0;
    }
  }

 private:
  // A word runs over letters and digits, and over one hyphen or apostrophe
  // between two of them ("vingt-cinq", "don't"). An elided article splits off
  // ("l’Ukraine"), and so does a function word glued to the previous word.
  size_t scan_word(size_t start, uint16_t flags) {
    size_t i = start;
    size_t part_start = start;
    WordShape shape;
    shape.flags = flags;
    bool after_lower = false;  // the code point before i is a lower-case letter
    // "l’UkraineLes": a function word glued to the end of the previous one starts a token.
    auto split_glued = [&](size_t at) {
      emit_word(part_start, at, shape);
      shape = WordShape{};
      shape.flags = token_flags::glued;
      part_start = at;
    };
    while (i < text_.size()) {
      const char16_t unit = text_[i];
      if (unit < 0x80) {
        const uint8_t cls = kAscii[unit];
        if (cls & (kLetter | kDigit)) {
          if ((cls & kUpper) && after_lower && i > part_start && glued_function_word_at(i)) split_glued(i);
          shape.add_ascii(cls);
          after_lower = cls & kLower;
          ++i;
          continue;
        }
      } else {
        auto cp = code_point_at(text_, i);
        if (is_word_char(cp.value) || is_digit(cp.value)) {
          if (after_lower && i > part_start && is_upper(cp.value) && glued_function_word_at(i)) split_glued(i);
          shape.add(cp.value);
          after_lower = is_lower(cp.value);
          i += cp.units;
          continue;
        }
      }
      after_lower = false;
      bool joiner = text::is_apostrophe(text_[i]) || text_[i] == u'-' || text_[i] == u'\u2011';
      if (joiner && i + 1 < text_.size()) {
        auto next = code_point_at(text_, i + 1);
        if (is_word_char(next.value) || (text_[i] == u'-' && is_digit(next.value))) {
          if (text::is_apostrophe(text_[i]) && is_elision(part_start, i)) {
            shape.flags |= token_flags::elided;
            emit_word(part_start, i + 1, shape);
            shape = WordShape{};
            part_start = i + 1;
          } else if (!text::is_apostrophe(text_[i])) {
            shape.flags |= token_flags::hyphenated;
          }
          i += 1;
          continue;
        }
      }
      break;
    }
    emit_word(part_start, i, shape);
    return i;
  }

  bool is_elision(size_t start, size_t apostrophe) {
    if (rules_.elisions.empty() || apostrophe - start > 8) return false;
    folded_.clear();
    text::append_folded(text_.substr(start, apostrophe - start), folded_);
    return in_list(rules_.elisions, folded_);
  }

  bool glued_function_word_at(size_t i) {
    size_t end = i;
    while (end < text_.size() && is_word_char(code_point_at(text_, end).value)) end += code_point_at(text_, end).units;
    if (end - i < 2 || end - i > 12) return false;
    folded_.clear();
    text::append_folded(text_.substr(i, end - i), folded_);
    return in_list(rules_.function_words, folded_);
  }

  void emit_word(size_t start, size_t end, const WordShape& shape) {
    if (end > start) emit(start, end, TokenKind::word, shape.final_flags());
  }

  void emit(size_t start, size_t end, TokenKind kind, uint16_t flags) {
    out_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), kind, flags});
  }

  std::u16string_view text_;
  const TokenizerRules& rules_;
  std::vector<Token>& out_;
  std::u16string folded_;  // scratch, reused
};

}  // namespace

void tokenize(std::u16string_view text, const TokenizerRules& rules, std::vector<Token>& out) {
  Scanner(text, rules, out).run();
}

}  // namespace dixit
