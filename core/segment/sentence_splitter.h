// Sentence boundaries: ICU's sentence rules for the language, with abbreviation
// suppression (@ss=standard), plus repairs for scraped text whose headings are
// glued to the next sentence ("…sur la Russie.Assistance militaire…").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dixit/dixit.h"
#include "segment/tokenizer.h"

#include <unicode/uversion.h>  // declares the versioned icu namespace

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace dixit {

class Language;

class SentenceSplitter {
 public:
  explicit SentenceSplitter(const Language& lang);
  ~SentenceSplitter();

  // Sentences as spans without surrounding white space, in text order. `tokens`
  // are the text's tokens; the result is written to `out` (reused storage).
  void split(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Span>& out) const;

 private:
  std::unique_ptr<icu::BreakIterator> prototype_;
  std::vector<std::u16string> abbreviations_;  // folded, without the period
};

}  // namespace dixit
