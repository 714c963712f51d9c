// Everything the amount grammar knows about one language, built once from its
// money.json, numbers.json and cldr_currencies.json: one phrase table (currencies, scales, modifiers,
// links...), the digit and spelled-number readers, the currency entries.
#pragma once

#include <memory>
#include <vector>

#include "amounts/currency_lexicon.h"
#include "amounts/decimal.h"
#include "amounts/number_reader.h"
#include "amounts/phrase_table.h"

namespace dixit {
class Language;
}

namespace dixit::amounts {

class MoneyLexicon {
 public:
  explicit MoneyLexicon(const Language& lang);
  explicit MoneyLexicon(image::Reader& in);  // lang/image.h
  void save(image::Writer& out) const;

  const PhraseTable& phrases() const { return phrases_; }
  const DigitReader& digits() const { return *digits_; }
  const SpelledNumberReader& spelled() const { return *spelled_; }
  const CurrencyLexicon& currencies() const { return *currencies_; }
  // Values of multipliers ("half") and approximate numbers ("une vingtaine").
  const Decimal& constant(int32_t index) const { return constants_[static_cast<size_t>(index)]; }
  // The folded pieces of the opening word of range `index` ("entre", "between").
  const std::vector<std::u16string>& range_opening(int32_t index) const {
    return range_openings_[static_cast<size_t>(index)];
  }
  // Whether range `index` after a change verb is two amounts: "rose from $5 to
  // $7" is, "rose by between ¥20 and ¥60" is not.
  bool range_is_change_after_verb(int32_t index) const { return range_changes_[static_cast<size_t>(index)] != 0; }
  int32_t range_count() const { return static_cast<int32_t>(range_openings_.size()); }
  // Whether a noun after a scale word takes a connector ("2 millions d'habitants",
  // but "2 million people"): then a scale word followed by anything else ends
  // its number phrase, and may continue an earlier amount ("sur un budget de 7 milliards, ...").
  bool scale_noun_takes_connector() const { return scale_noun_takes_connector_ != 0; }
  // Whether a scaled number with no currency may continue the amount before it:
  // French copy does it ("sur un budget de 7 milliards"); in English copy the
  // same shape counts users and people as often as money.
  bool scaled_numbers_continue_amounts() const { return scaled_numbers_continue_ != 0; }
  // The currency entry a scale word implies by itself ("200 crore": rupees), or -1.
  int32_t currency_implied_by_scale(int power) const {
    for (size_t k = 0; k < implying_powers_.size(); ++k)
      if (implying_powers_[k] == power) return implied_entries_[k];
    return -1;
  }

 private:
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.phrases_, self.digits_, self.spelled_, self.currencies_, self.constants_, self.range_openings_,
      self.range_changes_, self.scale_noun_takes_connector_, self.scaled_numbers_continue_, self.implying_powers_, self.implied_entries_);
  }
  PhraseTable phrases_;
  std::unique_ptr<DigitReader> digits_;
  std::unique_ptr<SpelledNumberReader> spelled_;
  std::unique_ptr<CurrencyLexicon> currencies_;
  std::vector<Decimal> constants_;
  std::vector<std::vector<std::u16string>> range_openings_;
  std::vector<uint8_t> range_changes_;
  uint8_t scale_noun_takes_connector_ = 0;
  uint8_t scaled_numbers_continue_ = 0;
  std::vector<int32_t> implying_powers_, implied_entries_;
};

}  // namespace dixit::amounts
