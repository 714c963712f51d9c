// Monetary amounts: span, exact value, ISO 4217 currency, ranges, bounds,
// approximations and conversions. Built once per language from its "money" data
// and ICU's currency and spellout data; then shared read-only between threads.
#pragma once

#include <memory>
#include <vector>

#include "dixit/dixit.h"

namespace dixit {

class Language;
struct Document;

namespace amounts {
class MoneyLexicon;
}

class AmountExtractor {
 public:
  explicit AmountExtractor(const Language& lang);
  ~AmountExtractor();
  AmountExtractor(const AmountExtractor&) = delete;
  AmountExtractor& operator=(const AmountExtractor&) = delete;

  // One pass over the document's pieces; `out` is replaced.
  void extract(const Document& doc, std::vector<Amount>& out) const;

 private:
  std::unique_ptr<amounts::MoneyLexicon> lexicon_;
};

}  // namespace dixit
