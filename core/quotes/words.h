// The document's tokens as folded words, for lexicon lookups by the quote,
// speaker and attribution stages: each token is looked up once in the
// language's vocabulary, in the document's folded text (Document::folded).
#pragma once

#include <cstdint>
#include <algorithm>
#include <optional>
#include <type_traits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document.h"
#include "text/fold.h"
#include "text/string_ids.h"

namespace dixit {

struct FoldedHash {
  using is_transparent = void;
  size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>{}(s); }
};
using FoldedSet = std::unordered_set<std::u16string, FoldedHash, std::equal_to<>>;
template <typename T>
using FoldedMap = std::unordered_map<std::u16string, T, FoldedHash, std::equal_to<>>;

// Every folded word that some lexicon of the language lists, numbered. A
// document's tokens are looked up once each (Words), and lexicons test
// membership by number: one hash probe per token instead of one per question.
class Vocabulary {
 public:
  static constexpr uint32_t unknown = 0;
  // Numbers fit 16 bits, so that a document's tokens cost two bytes each here.
  static constexpr uint32_t capacity = 0xFFFF;
  uint32_t intern(std::u16string_view folded) {
    if (uint32_t id = ids_.find(folded)) return id;
    if (ids_.size() >= capacity) throw std::length_error("dixit: a language's lexicons list more than 65,535 words");
    return ids_.intern(folded);
  }
  uint32_t find(std::u16string_view folded) const { return ids_.find(folded); }
  size_t size() const { return ids_.size(); }  // numbers run from 1 to size()

  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.ids_);
  }
  // Word numbers read from an image fit the vocabulary, or the image is damaged.
  static bool valid_ids(const std::vector<uint32_t>& ids) {
    return std::all_of(ids.begin(), ids.end(), [](uint32_t id) { return id <= capacity; });
  }

 private:
  text::StringIds ids_;
};

// A token's folded text and its number in the vocabulary.
struct Word {
  std::u16string_view text;
  uint32_t id = Vocabulary::unknown;
  operator std::u16string_view() const { return text; }
  size_t size() const { return text.size(); }
  char16_t back() const { return text.back(); }
  friend bool operator==(const Word& a, std::u16string_view b) { return a.text == b; }
};

class Words {
 public:
  Words(const Document& doc, const Vocabulary& vocabulary) : doc_(doc), vocabulary_(vocabulary) {
    ids_.reserve(doc.tokens.size());
    for (const Token& t : doc.tokens)
      ids_.push_back(static_cast<uint16_t>(vocabulary.find(folded().substr(t.start, t.size()))));
  }

  size_t size() const { return doc_.tokens.size(); }
  const Token& token(size_t i) const { return doc_.tokens[i]; }
  const Document& doc() const { return doc_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  Word operator[](size_t i) const {
    const Token& t = doc_.tokens[i];
    return {folded().substr(t.start, t.size()), ids_[i]};
  }
  // A token's number in the vocabulary alone: what phrase lookups compare.
  uint32_t id(size_t i) const { return ids_[i]; }
  std::u16string_view folded() const { return doc_.folded; }
  bool is_word(size_t i) const { return i < size() && doc_.tokens[i].kind == TokenKind::word; }
  bool is_punct(size_t i, char16_t c) const {
    return i < size() && doc_.tokens[i].kind == TokenKind::punct && doc_.text[doc_.tokens[i].start] == c;
  }
  bool capitalized(size_t i) const { return is_word(i) && doc_.tokens[i].has(token_flags::capitalized); }
  // Tokens [first, last) as one span of the text.
  Span span(size_t first, size_t last) const { return {doc_.tokens[first].start, doc_.tokens[last - 1].end}; }

 private:
  const Document& doc_;
  const Vocabulary& vocabulary_;
  std::vector<uint16_t> ids_;
};

// A closed class of words (auxiliaries, determiners, titles…): a bit per word number.
class WordSet {
 public:
  void insert(Vocabulary& vocabulary, std::u16string_view folded) { set(vocabulary.intern(folded)); }
  void insert_all(const WordSet& other) {
    for (uint32_t id = 0; id < other.bits_.size(); ++id)
      if (other.bits_[id]) set(id);
  }
  bool count(const Word& w) const { return w.id < bits_.size() && bits_[w.id]; }
  // For text that is not a whole token ("il" in "a-t-il"): one lookup.
  bool count(const Vocabulary& vocabulary, std::u16string_view folded) const {
    return count(Word{folded, vocabulary.find(folded)});
  }
  // Calls f(id) for each word's number.
  template <class F>
  void each(F&& f) const {
    for (uint32_t id = 0; id < bits_.size(); ++id)
      if (bits_[id]) f(id);
  }

  // The image layout (lang/image.h): the words' numbers, not the bits, which
  // run to the largest number and are nearly all zero.
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    std::vector<uint32_t> ids;
    if constexpr (std::is_const_v<Self>) {
      for (uint32_t id = 0; id < self.bits_.size(); ++id)
        if (self.bits_[id]) ids.push_back(id);
      a(ids);
    } else {
      a(ids);
      if (!a.expect(Vocabulary::valid_ids(ids))) return;
      self.bits_.clear();
      for (uint32_t id : ids) self.set(id);
    }
  }

 private:
  void set(uint32_t id) {
    if (id >= bits_.size()) bits_.resize(id + 1, false);
    bits_[id] = true;
  }
  std::vector<bool> bits_;
};

// Bits by word number, derived from lexicons already built (a word's classes,
// whether it can open a cue): one load in a table of the vocabulary's size
// answers questions that would otherwise read several larger sets. Never
// stored in an image.
template <typename Bits>
class WordBits {
 public:
  void reset(const Vocabulary& vocabulary) { bits_.assign(vocabulary.size() + 1, 0); }
  // A number beyond the vocabulary, which only a damaged image holds, marks nothing.
  void mark(uint32_t id, Bits bits) {
    if (id < bits_.size()) bits_[id] = static_cast<Bits>(bits_[id] | bits);
  }
  Bits of(uint32_t id) const { return id < bits_.size() ? bits_[id] : 0; }
  Bits of(const Words& words, size_t i) const { return of(words.id(i)); }

 private:
  std::vector<Bits> bits_;
};

// Words with a value (a speech verb's features, a title's gender).
template <typename T>
class WordMap {
 public:
  T& at_or_insert(Vocabulary& vocabulary, std::u16string_view folded) {
    const uint32_t id = vocabulary.intern(folded);
    if (id >= values_.size()) values_.resize(id + 1);
    if (!values_[id]) values_[id] = T{};
    return *values_[id];
  }
  const T* find(const Word& w) const { return w.id < values_.size() && values_[w.id] ? &*values_[w.id] : nullptr; }
  const T* find(const Vocabulary& vocabulary, std::u16string_view folded) const {
    return find(Word{folded, vocabulary.find(folded)});
  }
  // Calls f(id) for each word with a value.
  template <class F>
  void each(F&& f) const {
    for (uint32_t id = 0; id < values_.size(); ++id)
      if (values_[id]) f(id);
  }

  // The image layout: the words with a value, by number.
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    std::vector<uint32_t> ids;
    std::vector<T> values;
    if constexpr (std::is_const_v<Self>) {
      for (uint32_t id = 0; id < self.values_.size(); ++id)
        if (self.values_[id]) ids.push_back(id), values.push_back(*self.values_[id]);
      a(ids, values);
    } else {
      a(ids, values);
      if (!a.expect(Vocabulary::valid_ids(ids) && ids.size() == values.size())) return;
      self.values_.assign(ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end()) + 1, std::nullopt);
      for (size_t i = 0; i < ids.size(); ++i) self.values_[ids[i]] = values[i];
    }
  }

 private:
  std::vector<std::optional<T>> values_;
};

// Multi-word phrases of folded words ("selon", "according to", "de son côté"),
// looked up by their first word.
class PhraseSet {
 public:
  void add(Vocabulary& vocabulary, const std::vector<std::u16string>& words) {
    std::vector<uint32_t> ids;
    for (const auto& w : words) ids.push_back(vocabulary.intern(w));
    add_ids(std::move(ids));
  }
  // Length in tokens of the longest phrase starting at token i, or 0.
  size_t match(const Words& words, size_t i, size_t limit) const {
    if (i >= limit) return 0;
    const uint32_t first = words.id(i);
    if (first >= by_first_.size()) return 0;
    size_t best = 0;
    for (const auto& phrase : by_first_[first]) {
      if (phrase.size() <= best || i + phrase.size() > limit) continue;
      size_t k = 1;
      while (k < phrase.size() && words.id(i + k) == phrase[k]) ++k;
      if (k == phrase.size()) best = k;
    }
    return best;
  }
  // Whether some phrase starts with this word: a cheap test before match().
  bool starts(const Word& w) const { return w.id < by_first_.size() && !by_first_[w.id].empty(); }
  // Calls f(id, single) for each first word of a phrase; `single`: the word is a phrase alone.
  template <class F>
  void each_first(F&& f) const {
    for (uint32_t id = 0; id < by_first_.size(); ++id) {
      if (by_first_[id].empty()) continue;
      f(id, std::any_of(by_first_[id].begin(), by_first_[id].end(), [](const auto& p) { return p.size() == 1; }));
    }
  }
  // Length of the longest phrase ending just before token `end`, or 0.
  size_t match_ending(const Words& words, size_t end, size_t floor) const {
    size_t best = 0;
    for (size_t len = 1; len <= 4 && len <= end - floor; ++len)
      if (match(words, end - len, end) == len) best = len;
    return best;
  }

  // The image layout: the phrases alone, in order; the index by first word is rebuilt.
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    std::vector<std::vector<uint32_t>> phrases;
    if constexpr (std::is_const_v<Self>) {
      for (const auto& starting : self.by_first_) phrases.insert(phrases.end(), starting.begin(), starting.end());
      a(phrases);
    } else {
      a(phrases);
      self.by_first_.clear();
      for (auto& ids : phrases)
        if (a.expect(Vocabulary::valid_ids(ids))) self.add_ids(std::move(ids));
    }
  }

 private:
  void add_ids(std::vector<uint32_t> ids) {
    if (ids.empty()) return;
    if (ids[0] >= by_first_.size()) by_first_.resize(ids[0] + 1);
    by_first_[ids[0]].push_back(std::move(ids));
  }
  std::vector<std::vector<std::vector<uint32_t>>> by_first_;
};

}  // namespace dixit
