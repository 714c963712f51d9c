#include "segment/sentence_splitter.h"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include "lang/language.h"
#include "segment/icu_sentence_breaks.h"
#include "text/fold.h"

namespace dixit {

namespace {

bool is_terminal(char16_t c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026'; }

// Extra boundaries that ICU's rules cannot see in scraped text: a terminal mark
// glued to a capitalised word ("Russie.Assistance"), and a function word glued
// to the end of a heading ("l’UkraineLes").
void add_glue_boundaries(std::u16string_view text, const std::vector<Token>& tokens, std::vector<uint32_t>& out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.has(token_flags::glued)) out.push_back(t.start);
    if (t.kind != TokenKind::punct || !is_terminal(text[t.start]) || i == 0 || i + 1 >= tokens.size()) continue;
    const Token& prev = tokens[i - 1];
    const Token& next = tokens[i + 1];
    bool glued_on_both_sides = prev.end == t.start && next.start == t.end;
    // "Russie.Assistance" but not "U.S.A" or "3.Ensuite": a lower-case letter before the mark.
    if (glued_on_both_sides && prev.kind == TokenKind::word && prev.size() >= 2 && u_islower(text[prev.end - 1]) &&
        next.kind == TokenKind::word &&
        next.has(token_flags::capitalized) && !next.has(token_flags::all_caps) && next.size() >= 2)
      out.push_back(next.start);
  }
}

// A wire dateline opens its paragraph and ends at a dash: "COLUMBUS, Ohio (AP)
// —", "BONN, June 14 (Reuters) -", "PARIS, 12 mars (AFP) -". What follows
// starts a sentence of its own, so that the place is not taken for its subject.
void add_dateline_boundaries(std::u16string_view text, const std::vector<Token>& tokens, std::vector<uint32_t>& out) {
  constexpr size_t kMaxDatelineTokens = 10;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& first = tokens[i];
    if (!(i == 0 || first.has(token_flags::line_before)) || first.kind != TokenKind::word ||
        !first.has(token_flags::all_caps) || first.size() < 3)
      continue;
    int lower_words = 0;
    for (size_t k = i + 1; k < tokens.size() && k <= i + kMaxDatelineTokens; ++k) {
      const Token& t = tokens[k];
      if (t.has(token_flags::line_before)) break;
      if (t.kind == TokenKind::punct && text::is_dash(text[t.start])) {
        if (k + 1 < tokens.size() && !tokens[k + 1].has(token_flags::line_before)) out.push_back(tokens[k + 1].start);
        break;
      }
      // A month may be written in lower case ("12 mars"); a clause has verbs.
      if (t.kind == TokenKind::word && !t.has(token_flags::capitalized) && ++lower_words > 1) break;
      if (t.kind == TokenKind::punct && is_terminal(text[t.start]) && text[t.start] != u'.') break;
    }
  }
}

// ICU's suppression lists miss common press abbreviations ("Dr." in English),
// and French uses none of ICU's (they match word endings: "à Bordeaux. Selon"
// stayed one sentence): a boundary right after "<abbreviation>." or an
// initial inside a paragraph is dropped.
// `bounds` ascend, so the token after each is found by walking forward once;
// `abbreviations` is sorted.
void drop_abbreviation_boundaries(std::u16string_view text, const std::vector<Token>& tokens,
                                  const std::vector<std::u16string>& abbreviations, std::vector<uint32_t>& bounds) {
  std::u16string folded;
  auto next = tokens.begin();
  auto is_false_boundary = [&](uint32_t b) {
    while (next != tokens.end() && next->start < b) ++next;
    if (next == tokens.begin() || next == tokens.end() || next->has(token_flags::line_before)) return false;
    auto dot = next - 1;
    if (dot == tokens.begin() || text[dot->start] != u'.') return false;
    auto word = dot - 1;
    if (word->kind != TokenKind::word || word->end != dot->start) return false;
    // An initial: "J. K. Rowling", "J.-C. Martin".
    if (word->size() == 1 && word->has(token_flags::capitalized)) return true;
    folded.clear();
    text::append_folded(text.substr(word->start, word->size()), folded);
    return std::binary_search(abbreviations.begin(), abbreviations.end(), folded);
  };
  bounds.erase(std::remove_if(bounds.begin(), bounds.end(), is_false_boundary), bounds.end());
}

// French sets its closing guillemet off with a space ("chiffres. »"), where
// ICU's rules want the closing mark right after the period: it breaks before
// the mark, which then opens the next sentence ("» Selon lui, …"). A boundary
// right before closing marks (Unicode's final punctuation: » ” ’ ›) moves past them.
void move_past_closing_marks(std::u16string_view text, const std::vector<Token>& tokens, std::vector<uint32_t>& bounds) {
  for (uint32_t& b : bounds) {
    auto t = std::lower_bound(tokens.begin(), tokens.end(), b, [](const Token& tok, uint32_t p) { return tok.start < p; });
    if (t == tokens.end() || t->start != b) continue;
    while (t != tokens.end() && t->kind == TokenKind::punct && !t->has(token_flags::line_before) &&
           u_charType(text[t->start]) == U_FINAL_PUNCTUATION)
      ++t;
    b = t == tokens.end() ? static_cast<uint32_t>(text.size()) : t->start;
  }
}

}  // namespace

SentenceSplitter::SentenceSplitter(const Language& lang) : abbreviations_(lang.folded_list("language", "abbreviations")) {
  std::sort(abbreviations_.begin(), abbreviations_.end());
  std::string locale = lang.section("language").value("sentence_locale", lang.icu_locale() + "@ss=standard");
  UErrorCode status = U_ZERO_ERROR;
  prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status) || !prototype_) {
    status = U_ZERO_ERROR;
    prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  if (U_FAILURE(status) || !prototype_)
    throw std::runtime_error(std::string("ICU sentence break iterator unavailable: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;

void SentenceSplitter::split(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Span>& out) const {
  out.clear();
  if (text.empty()) return;
  std::vector<uint32_t> bounds;
  {
    // ICU iterators are not thread-safe: each call works on its own clone.
    std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
    icu_sentence_breaks(*it, text, bounds);
  }
  drop_abbreviation_boundaries(text, tokens, abbreviations_, bounds);
  move_past_closing_marks(text, tokens, bounds);
  add_glue_boundaries(text, tokens, bounds);
  add_dateline_boundaries(text, tokens, bounds);
  bounds.push_back(0);
  bounds.push_back(static_cast<uint32_t>(text.size()));
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  for (size_t k = 0; k + 1 < bounds.size(); ++k) {
    uint32_t s = bounds[k], e = bounds[k + 1];
    while (s < e && (text::is_space(text[s]) || text::is_line_break(text[s]))) ++s;
    while (e > s && (text::is_space(text[e - 1]) || text::is_line_break(text[e - 1]))) --e;
    if (s < e) out.push_back({s, e});
  }
}

}  // namespace dixit
