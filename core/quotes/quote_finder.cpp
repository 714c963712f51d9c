#include "quotes/quote_finder.h"

#include "document.h"
#include "text/fold.h"

namespace dixit {

namespace {

// A quote never runs past a paragraph end in this first version: an unclosed
// mark cannot swallow the rest of the article.
char16_t closer_for(char16_t open) {
  switch (open) {
    case u'\u00AB': return u'\u00BB';  // « »
    case u'\u201C': return u'\u201D';  // “ ”
    case u'\u201E': return u'\u201C';  // „ “
    case u'\u2039': return u'\u203A';  // ‹ ›
    case u'"': return u'"';
    default: return 0;
  }
}

}  // namespace

QuoteFinder::QuoteFinder(const Language&) {}

void QuoteFinder::find(const Document& doc, std::vector<Quote>& out) const {
  out.clear();
  const auto text = doc.text;
  for (size_t i = 0; i < text.size(); ++i) {
    char16_t close = closer_for(text[i]);
    if (!close) continue;
    size_t j = i + 1;
    while (j < text.size() && text[j] != close && !(text::is_line_break(text[j]) && j + 1 < text.size() &&
                                                     text::is_line_break(text[j + 1])))
      ++j;
    if (j >= text.size() || text[j] != close || j == i + 1) continue;
    Quote q;
    q.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j + 1)};
    q.type = QuoteType::direct;
    q.confidence = 0.5;
    out.push_back(q);
    i = j;
  }
}

}  // namespace dixit
