// Currency names, symbols and codes of one language: CLDR's (symbols, display
// names and plural names in the language's locale, every ISO 4217 code, as ICU
// gives them: core/lang/<code>/cldr_currencies.json, written and checked by
// tools/cldr_currencies.cpp), extended by the "currencies" of money.json for press forms ("billets verts",
// "bucks", "$ c", "M€"...). Everything goes into the PhraseTable as kind currency.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "amounts/phrase_table.h"
#include "segment/tokenizer.h"
#include "lang/image.h"  // complete: these types also build from JSON, which must not convert to a Reader

namespace dixit::amounts {

enum class CurrencyForm : uint8_t { symbol, code, name };

struct CurrencyEntry {
  std::string code;        // ISO 4217; empty when only the family or a minor unit is known
  int family = -1;         // index in CurrencyLexicon::families(), for "$", "dollars"...
  int minor_exponent = 0;  // 2 for cents: the amount counts hundredths of the (unnamed) currency
  int scale = 0;           // power of ten folded into the form: "MUSD", "k€"
  CurrencyForm form = CurrencyForm::name;
  bool needs_upper_case = false;  // ISO codes: "USD", not "usd" (unless the data lists it)
  bool needs_scale = false;       // "livres": books unless "millions de livres"
  bool glued = false;             // "A$", "S$": with a space, "a $" is an article and a symbol
  // "R20m", "N6 billion", "16.6p": a letter that is a currency only when it
  // touches its number ("R 20" or "5 p" are something else).
  bool glued_to_number = false;
  // "$20 and 43c": a form read only as the cents of an amount just before it
  // ("43c" alone may be anything).
  bool cents_only = false;

  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.code, self.family, self.minor_exponent, self.scale, self.form, self.needs_upper_case, self.needs_scale,
      self.glued, self.glued_to_number, self.cents_only);
  }
};

struct CurrencyFamily {
  std::string name;
  std::string default_code;          // the reading without other clues: "$" is USD
  std::vector<std::string> members;  // codes that a later bare form refers back to
  // "R20m" is rand in a South African story and nothing elsewhere: without a
  // place or an earlier named member, a bare form of this family is no amount
  // (such a family has no default).
  bool needs_place = false;

  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.name, self.default_code, self.members, self.needs_place);
  }
};

class CurrencyLexicon {
 public:
  // `cldr`: the cldr_currencies section; `money`: the money section.
  CurrencyLexicon(const nlohmann::json& cldr, const nlohmann::json& money, const TokenizerRules& rules,
                  PhraseTable& table);
  // From a lexicon image (lang/image.h); its phrases are in the image's PhraseTable.
  explicit CurrencyLexicon(image::Reader& in);
  void save(image::Writer& out) const;

  const CurrencyEntry& entry(int32_t index) const { return entries_[static_cast<size_t>(index)]; }
  const std::vector<CurrencyFamily>& families() const { return families_; }
  // Whether `code` is a member of family `family` (a code may be in several: CAD is a dollar and a cent).
  bool in_family(const std::string& code, int family) const;
  // Places whose mentions tell which member of a family a bare form means, by
  // currency: money.json's "places" ({"CAD": ["Québec", "Ottawa", ...]}), shared
  // by every family the code is in ("$" and "cents" alike). A place_cue phrase's
  // payload indexes this list.
  const std::vector<std::string>& place_codes() const { return place_codes_; }
  // The bare form of family `family` ("rupees"), for a scale that implies it
  // ("200 crore"); -1 when the family has none.
  int32_t bare_entry_of(int family) const;

 private:
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.entries_, self.families_, self.place_codes_);
  }
  void add(const std::u16string& form, CurrencyEntry entry, const TokenizerRules& rules, PhraseTable& table);
  void add_from_cldr(const nlohmann::json& cldr, const nlohmann::json& money, const TokenizerRules& rules,
                     PhraseTable& table);
  std::vector<CurrencyEntry> entries_;
  std::vector<CurrencyFamily> families_;
  std::vector<std::string> place_codes_;
};

}  // namespace dixit::amounts
