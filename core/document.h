// The text as every extractor sees it: the UTF-16 view, its language, tokens
// and sentences. Built once per call by the pipeline; extractors only read it.
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "dixit/dixit.h"
#include "segment/tokenizer.h"

namespace dixit {

class Language;

struct Document {
  std::u16string_view text;
  std::u16string folded;  // text::append_folded(text): same length, so offsets index both
  const Language* lang = nullptr;
  std::vector<Token> tokens;
  std::vector<Span> sentences;

  std::u16string_view slice(Span s) const { return text.substr(s.start, s.size()); }
  std::u16string_view slice(const Token& t) const { return text.substr(t.start, t.size()); }

  // Index of the first token starting at or after `pos`.
  size_t token_at_or_after(uint32_t pos) const {
    return std::lower_bound(tokens.begin(), tokens.end(), pos, [](const Token& t, uint32_t p) { return t.start < p; }) -
           tokens.begin();
  }
  // Token indices [first, last) of the tokens inside `span`.
  std::pair<size_t, size_t> tokens_in(Span span) const {
    size_t first = token_at_or_after(span.start);
    size_t last = first;
    while (last < tokens.size() && tokens[last].end <= span.end) ++last;
    return {first, last};
  }
};

}  // namespace dixit
