// Monetary amounts: span, exact value, ISO 4217 currency, ranges, bounds,
// approximations and conversions. Built once per language from its "money",
// "numbers" and "cldr_currencies" data, or read from a lexicon image; then
// shared read-only between threads.
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
namespace image {
class Reader;
class Writer;
}  // namespace image

class AmountExtractor {
 public:
  explicit AmountExtractor(const Language& lang);
  explicit AmountExtractor(image::Reader& in);  // lang/image.h
  void save(image::Writer& out) const;
  ~AmountExtractor();
  AmountExtractor(const AmountExtractor&) = delete;
  AmountExtractor& operator=(const AmountExtractor&) = delete;

  // One pass over the document's pieces; `out` is replaced.
  void extract(const Document& doc, std::vector<Amount>& out) const;

 private:
  std::unique_ptr<amounts::MoneyLexicon> lexicon_;
};

}  // namespace dixit
