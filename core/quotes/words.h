// The document's tokens as folded words, for lexicon lookups by the quote,
// speaker and attribution stages. The folded text is built once per document
// (same length as the text, so token offsets index it directly).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document.h"
#include "text/fold.h"

namespace dixit {

class Words {
 public:
  explicit Words(const Document& doc) : doc_(doc) { text::append_folded(doc.text, folded_); }

  size_t size() const { return doc_.tokens.size(); }
  const Token& token(size_t i) const { return doc_.tokens[i]; }
  const Document& doc() const { return doc_; }
  std::u16string_view operator[](size_t i) const {
    const Token& t = doc_.tokens[i];
    return std::u16string_view(folded_).substr(t.start, t.size());
  }
  bool is_word(size_t i) const { return i < size() && doc_.tokens[i].kind == TokenKind::word; }
  bool is_punct(size_t i, char16_t c) const {
    return i < size() && doc_.tokens[i].kind == TokenKind::punct && doc_.text[doc_.tokens[i].start] == c;
  }
  bool capitalized(size_t i) const { return is_word(i) && doc_.tokens[i].has(token_flags::capitalized); }
  // Tokens [first, last) as one span of the text.
  Span span(size_t first, size_t last) const { return {doc_.tokens[first].start, doc_.tokens[last - 1].end}; }

 private:
  const Document& doc_;
  std::u16string folded_;
};

struct FoldedHash {
  using is_transparent = void;
  size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>{}(s); }
};
using FoldedSet = std::unordered_set<std::u16string, FoldedHash, std::equal_to<>>;
template <typename T>
using FoldedMap = std::unordered_map<std::u16string, T, FoldedHash, std::equal_to<>>;

// Multi-word phrases of folded words ("selon", "according to", "de son côté"),
// looked up by their first word.
class PhraseSet {
 public:
  void add(std::vector<std::u16string> words) {
    if (words.empty()) return;
    auto first = words.front();
    by_first_[first].push_back(std::move(words));
  }
  // Length in tokens of the longest phrase starting at token i, or 0.
  size_t match(const Words& words, size_t i, size_t limit) const {
    if (i >= limit) return 0;
    auto it = by_first_.find(words[i]);
    if (it == by_first_.end()) return 0;
    size_t best = 0;
    for (const auto& phrase : it->second) {
      if (phrase.size() <= best || i + phrase.size() > limit) continue;
      size_t k = 1;
      while (k < phrase.size() && words[i + k] == phrase[k]) ++k;
      if (k == phrase.size()) best = k;
    }
    return best;
  }
  bool contains_single(std::u16string_view word) const {
    auto it = by_first_.find(word);
    if (it == by_first_.end()) return false;
    for (const auto& phrase : it->second)
      if (phrase.size() == 1) return true;
    return false;
  }
  // Length of the longest phrase ending just before token `end`, or 0.
  size_t match_ending(const Words& words, size_t end, size_t floor) const {
    size_t best = 0;
    for (size_t len = 1; len <= 4 && len <= end - floor; ++len)
      if (match(words, end - len, end) == len) best = len;
    return best;
  }

 private:
  FoldedMap<std::vector<std::vector<std::u16string>>> by_first_;
};

}  // namespace dixit
