// Reads the number at the start of an amount: digits with the language's
// grouping and decimal separators ("1 234,56", "94.000", "12,34,567.89"), or
// spelled-out words parsed by ICU's RBNF spellout rules in strict mode.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "amounts/decimal.h"
#include "amounts/phrase_table.h"

#include <unicode/unum.h>

namespace dixit::amounts {

struct NumberRead {
  Decimal value;
  size_t end = 0;  // one past the last piece read
  bool has_fraction = false;
};

// Digits, per the "number" object of money.json:
//   decimal: the decimal mark; group: grouping marks (" " stands for any single space);
//   decimal_fallback: a mark that is a decimal unless three digits follow it ("1.5" but "94.000");
//   indian_grouping: two-digit groups before the last three ("12,34,567").
class DigitReader {
 public:
  explicit DigitReader(const nlohmann::json& number_format);
  // Pieces [i...] hold digits. Numbers of more than `max_digits` digits are refused.
  std::optional<NumberRead> read(const PieceText& text, size_t i) const;
  static constexpr size_t max_digits = 30;

 private:
  bool is_group_mark(char16_t c) const;
  char16_t decimal_ = u'.';
  char16_t decimal_fallback_ = 0;
  std::u16string group_marks_;
  bool space_grouping_ = false;
  bool indian_grouping_ = false;
};

// Spelled-out numbers. The vocabulary comes from ICU's spellout rules of the
// locale (every word used to spell 0..1000), and parsing goes through ICU too.
class SpelledNumberReader {
 public:
  SpelledNumberReader(const std::string& icu_locale, const std::vector<std::u16string>& extra_joiners);
  ~SpelledNumberReader();
  SpelledNumberReader(const SpelledNumberReader&) = delete;
  SpelledNumberReader& operator=(const SpelledNumberReader&) = delete;

  // Folded words that spell numbers, and words that join them ("et", "and").
  const std::vector<std::u16string>& number_words() const { return number_words_; }
  const std::vector<std::u16string>& joiners() const { return joiners_; }

  // The value of pieces [first, end) (number words, joiners, hyphens), or nothing
  // when ICU's strict parse does not take the whole phrase.
  std::optional<Decimal> parse(const PieceText& text, size_t first, size_t end) const;

 private:
  std::optional<Decimal> icu_parse(const std::u16string& phrase) const;
  UNumberFormat* format_ = nullptr;
  mutable std::mutex mutex_;  // ICU formatters are not safe to share between threads
  std::vector<std::u16string> number_words_;
  std::vector<std::u16string> joiners_;
  // "twenty five" -> "twenty-five": the spaced forms of ICU's hyphenated spellings of 1..99.
  std::unordered_map<std::u16string, std::u16string> hyphenated_;
  std::unordered_map<std::u16string, Decimal> single_words_;
  size_t longest_hyphenated_ = 1;  // in words
};

}  // namespace dixit::amounts
