// Which currency a bare "$", "dollars" or "francs" means in one document. In
// order: the country the article is about, when its places say so clearly
// ("Québec", "Ottawa" and "Montréal" make "$" Canadian; "Genève" makes
// "francs" Swiss; "Johannesburg" makes "R20m" rand), unless the text writes
// that member with its own symbol ("C$"); else the family's member the text last named ("C$"
// earlier makes a later "$" Canadian); else the family's default.
#pragma once

#include <string>
#include <vector>

#include "amounts/currency_lexicon.h"
#include "amounts/phrase_table.h"

namespace dixit {
struct Amount;
}

namespace dixit::amounts {

class CurrencyResolver {
 public:
  CurrencyResolver(const CurrencyLexicon& currencies, const PhraseTable& phrases, const PieceText& text);

  // Sets amount.currency (and currency_assumed when the text does not name it).
  // `restated`: the currency of the amount this one restates ("387 million
  // Australian dollars ($262.7 million)"), which a bare form does not repeat.
  // False when the form is no amount here: "R20m" in a story with no South
  // African place (the family needs a place).
  bool resolve(const CurrencyEntry& entry, Amount& amount, const std::string* restated = nullptr);

 private:
  // The member the document's places choose for `family`, or "" when they do not.
  const std::string& code_by_place(size_t family);
  void count_places();

  const CurrencyLexicon& currencies_;
  const PhraseTable& phrases_;
  const PieceText& text_;
  std::vector<std::string> last_named_;  // per family
  std::vector<std::string> by_place_;    // per family; read on the first bare form only
  bool places_counted_ = false;
};

}  // namespace dixit::amounts
