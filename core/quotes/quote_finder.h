// Quote candidates: spans of direct speech between quote marks.
#pragma once

#include <vector>

#include "dixit/dixit.h"

namespace dixit {

class Language;
struct Document;

class QuoteFinder {
 public:
  explicit QuoteFinder(const Language& lang);
  void find(const Document& doc, std::vector<Quote>& out) const;
};

}  // namespace dixit
