// Monetary amounts: span, exact value, ISO 4217 currency, ranges, bounds,
// approximations and conversions. Built once per language from its "money" data.
#pragma once

#include <vector>

#include "dixit/dixit.h"

namespace dixit {

class Language;
struct Document;

class AmountExtractor {
 public:
  explicit AmountExtractor(const Language& lang);
  void extract(const Document& doc, std::vector<Amount>& out) const;
};

}  // namespace dixit
