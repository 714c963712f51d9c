// Direct quotes: spans between quote marks, in every mark style (" ", “ ”,
// « », ‹ ›, „ “, ‚ ‘, and ' ' where clearly a quote), nested, and across
// paragraphs in the news convention (an opening mark at each paragraph, the
// closing mark only at the end), one quote per paragraph. An opening mark left
// unclosed gives a quote capped at the end of its paragraph and flagged, never
// the rest of the article.
// One pass over the tokens with a stack: linear in the number of marks.
#pragma once

#include <vector>

#include "dixit/dixit.h"

namespace dixit {

class Language;
struct Document;

class QuoteFinder {
 public:
  explicit QuoteFinder(const Language& lang);
  // Outermost direct quotes, in text order (nested quotes belong to their outer quote).
  void find(const Document& doc, std::vector<Quote>& out) const;
};

}  // namespace dixit
