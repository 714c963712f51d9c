// Reads the number at the start of an amount: digits with the language's
// grouping and decimal separators ("1 234,56", "94.000", "12,34,567.89"), or
// spelled-out words below a million, from the language's numbers.json
// ("deux cent quatre-vingt-dix-neuf", "twenty-five"). The spelling rules are
// those of ICU's RBNF spellout, checked against it by the tests; reading them
// from data keeps ICU's number formatting out of the wasm module and the
// language's first use fast.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "amounts/decimal.h"
#include "amounts/phrase_table.h"
#include "lang/image.h"  // complete: these types also build from JSON, which must not convert to a Reader

namespace dixit::amounts {

struct NumberRead {
  Decimal value;
  size_t end = 0;  // one past the last piece read
  bool has_fraction = false;
};

// Digits, per the "number" object of money.json:
//   decimal: the decimal mark; group: grouping marks (" " stands for any single space);
//   decimal_fallback: a mark that is a decimal unless three digits follow it ("1.5" but "94.000");
//   indian_grouping: two-digit groups before the last three ("12,34,567");
//   comma_before_two_digits_is_decimal: "R84,20" is 84.20 where the decimal mark is a point.
class DigitReader {
 public:
  explicit DigitReader(const nlohmann::json& number_format);
  explicit DigitReader(image::Reader& in);  // lang/image.h
  void save(image::Writer& out) const;
  // Pieces [i...] hold digits. Numbers of more than `max_digits` digits are refused.
  std::optional<NumberRead> read(const PieceText& text, size_t i) const;
  char16_t decimal_mark() const { return decimal_; }
  static constexpr size_t max_digits = 30;

 private:
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.decimal_, self.decimal_fallback_, self.group_marks_, self.space_grouping_, self.indian_grouping_,
      self.comma_cents_);
  }
  bool is_group_mark(char16_t c) const;
  char16_t decimal_ = u'.';
  char16_t decimal_fallback_ = 0;
  std::u16string group_marks_;
  bool space_grouping_ = false;
  bool indian_grouping_ = false;
  bool comma_cents_ = false;  // "R84,20": a comma before exactly two final digits is a decimal
};

// Spelled-out numbers below a million: units, teens, tens, hundreds and
// thousands, combined by the rules every cardinal spelling follows (a unit
// before "cent"/"hundred" and before "mille"/"thousand" multiplies it; smaller
// parts follow larger ones and add up), with the language's exceptions as data
// ("quatre-vingts", "soixante-dix").
class SpelledNumberReader {
 public:
  // `numbers`: the language's numbers.json; `extra_joiners`: money.json's "number_joiners".
  SpelledNumberReader(const nlohmann::json& numbers, const std::vector<std::u16string>& extra_joiners);
  explicit SpelledNumberReader(image::Reader& in);  // lang/image.h
  void save(image::Writer& out) const;

  // Folded words that spell numbers, and words that join them ("et", "and").
  const std::vector<std::u16string>& number_words() const { return number_words_; }
  const std::vector<std::u16string>& joiners() const { return joiners_; }

  // The value of pieces [first, end) (number words, joiners, hyphens), or nothing
  // when they do not spell one number.
  std::optional<Decimal> parse(const PieceText& text, size_t first, size_t end) const;
  // The same, on folded words ("quatre", "vingt", "dix", "sept").
  std::optional<int64_t> parse_words(const std::vector<std::u16string_view>& words) const;

 private:
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.number_words_, self.joiners_, self.values_, self.multiplies_, self.tens_with_teens_);
  }
  std::vector<std::u16string> number_words_;
  std::vector<std::u16string> joiners_;
  std::unordered_map<std::u16string, int64_t> values_;
  std::unordered_map<std::u16string, std::vector<int64_t>> multiplies_;  // "vingts" -> {4}
  std::vector<int64_t> tens_with_teens_;
};

}  // namespace dixit::amounts
