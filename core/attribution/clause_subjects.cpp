#include "attribution/clause_subjects.h"

#include <algorithm>

#include "document.h"
#include "quotes/speech_lexicon.h"

namespace dixit {

size_t ClauseSubjects::clause_start(const Words& words, size_t first, size_t limit) const {
  // An opening date: "Le 3 mars, le procureur…", "March 3, the mayor…".
  const size_t date_at = first + (words.is_word(first) && mentions_.determiners().count(words[first]) ? 1 : 0);
  if (const size_t date = speech_.date_length(words, date_at, limit); date && date_at + date + 1 < limit &&
                                                                      words.is_punct(date_at + date, u','))
    return date_at + date + 1;
  if (!words.is_word(first) || !mentions_.is_preposition(words[first])) return first;
  // An opening complement is short; the bound keeps sentences without commas linear.
  constexpr size_t kOpeningComplement = 16;
  size_t c = first;
  while (c < limit && c < first + kOpeningComplement && !words.is_punct(c, u',')) ++c;
  return c + 1 < limit && words.is_punct(c, u',') ? c + 1 : first;
}

std::optional<Mention> ClauseSubjects::sentence_subject(const Words& words, size_t first, size_t verb) const {
  const size_t start = clause_start(words, first, verb);
  auto m = mentions_.starting_at(words, start, verb);
  if (m && !dateline(words, *m)) return m;
  if (!m)
    if (auto phrase = mentions_.noun_phrase_at(words, start, verb)) return phrase;  // "La recrue s'est dite…"
  // After an opening adverbial or a dateline: "Mercredi, la plaignante ne
  // change pas…, mais affirme", "SRINAGAR, Apr 4: The Bench … and observed".
  constexpr size_t kOpeningTokens = 12;  // "Si certains ne le montrent pas pour l'instant,"
  const bool after_dateline = m.has_value();
  // Adverbials may follow each other: "D'emblée, et d'une voix enrouée, il rejette…".
  for (size_t k = first; k < verb && k < first + kOpeningTokens; ++k)
    if (words.is_punct(k, after_dateline ? u':' : u','))
      if (auto subject = mentions_.starting_at(words, k + 1, verb); subject || after_dateline) return subject;
  return std::nullopt;
}

std::optional<Mention> ClauseSubjects::inverted_pronoun_before(const Words& words, size_t first, size_t verb) const {
  // "« … », a-t-il fait savoir en assurant que": a verb the lexicons do not
  // know, its pronoun inverted, a few words before.
  constexpr size_t kReach = 6;
  for (size_t k = verb; k > first && k + kReach > verb; --k) {
    const Token& t = words.token(k - 1);
    if (!t.has(token_flags::hyphenated) || !words.is_word(k - 1)) continue;
    const std::u16string_view text = words.doc().slice(t);
    if (const size_t dash = text.rfind(u'-'); dash != std::u16string_view::npos && dash + 1 < text.size())
      if (auto p = mentions_.pronoun(words, Span{t.start + static_cast<uint32_t>(dash) + 1, t.end})) return p;
  }
  return std::nullopt;
}

std::optional<Mention> ClauseSubjects::context_subject(const Document& doc, const Words& words, size_t floor,
                                                   size_t quote) const {
  if (quote == 0) return std::nullopt;
  const Token& t = words.token(quote);
  if (t.has(token_flags::line_before) || t.has(token_flags::paragraph_before)) return std::nullopt;
  // The sentence holding the token before the quote: the quote's own when it
  // stands inside one, else the one before it in the paragraph.
  const uint32_t pos = words.token(quote - 1).start;
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.end; });
  if (it == doc.sentences.end()) return std::nullopt;
  // (Not inside the quote before: its words are its speaker's.)
  const size_t first = std::max(doc.token_at_or_after(it->start), floor);
  if (first >= quote) return std::nullopt;
  auto m = sentence_subject(words, first, quote);
  // "Protesters marching through the streets chanted “…”": a bare group.
  constexpr size_t kGroupWords = 3;
  if (!m || m->bare_name)
    for (size_t end = first + 1; end <= first + kGroupWords && end < quote; ++end)
      if (auto group = mentions_.bare_group(words, first, end)) {
        m = group;
        break;
      }
  if (!m) return std::nullopt;
  if (m->kind == SpeakerKind::anonymous && m->plural) return m;
  if (m->kind != SpeakerKind::person || m->plural) return std::nullopt;
  return m;
}

std::optional<Mention> ClauseSubjects::subject_with_apposition(const Words& words, size_t first, size_t verb) const {
  auto m = mentions_.starting_at(words, first, verb);
  if (auto longer = mentions_.premodified_name_at(words, first, verb); longer && (!m || longer->last > m->last))
    m = longer;
  if (!m || m->form == MentionForm::pronoun || m->last >= verb) return std::nullopt;
  const size_t gap = m->last;
  auto no_marks = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k)
      if (words.token(k).kind == TokenKind::punct && !words.is_punct(k, u',') && !words.is_punct(k, u'.') &&
          !words.is_punct(k, u'(') && !words.is_punct(k, u')') && !words.is_punct(k, u'-'))
        return false;
    return true;
  };
  // ", <apposition>," up to the verb; "(R-Utah)"; "of the Sierra Club".
  bool fits = false;
  if (words.is_punct(gap, u',')) fits = words.is_punct(verb - 1, u',') && verb > gap + 2;
  else if (words.is_punct(gap, u'(')) fits = words.is_punct(verb - 1, u')') || words.is_punct(verb - 1, u',');
  else if (words.is_word(gap) && mentions_.is_preposition(words[gap])) fits = words.is_word(verb - 1);
  if (!fits || !no_marks(gap, verb)) return std::nullopt;
  m->span = words.span(first, verb - (words.is_punct(verb - 1, u',') ? 1 : 0));
  return m;
}

std::optional<Mention> ClauseSubjects::subject_after_complements(const Words& words, size_t from, size_t last) const {
  // "a indiqué à l'AFP le préfet", "a déclaré jeudi par téléphone X",
  // "souligne dans un entretien à la MAP le scientifique": the complements
  // hold no verb and no punctuation; the subject does not follow a
  // preposition or an article, and closes the clause.
  constexpr size_t kComplementTokens = 10;
  for (size_t k = from; k < last && k < from + kComplementTokens; ++k) {
    if (!words.is_word(k) && words.token(k).kind != TokenKind::number) return std::nullopt;
    if (words.token(k).has(token_flags::line_before)) return std::nullopt;
    if (k == from || !words.is_word(k - 1) || mentions_.is_preposition(words[k - 1]) ||
        mentions_.determiners().count(words[k - 1]) || !mentions_.could_start(words, k))
      continue;
    auto m = mentions_.starting_at(words, k, last);
    if (!m || m->form == MentionForm::pronoun) {
      const Word w = words[k];
      if (speech_.is_auxiliary(w) || speech_.is_complementizer(w)) return std::nullopt;
      continue;
    }
    const size_t end = m->last;
    if (end < last && !words.is_punct(end, u',') && !words.is_punct(end, u'.') && !words.is_punct(end, u';') &&
        !words.token(end).has(token_flags::line_before))
      return std::nullopt;
    return m;
  }
  return std::nullopt;
}

bool ClauseSubjects::complement_then_quote(const Words& words, size_t from, size_t quote) const {
  constexpr size_t kComplementTokens = 10;  // "told his radio audience of Monday", "said in a statement on Tuesday"
  if (quote <= from + 1 || quote - from > kComplementTokens + 1) return false;
  if (!words.is_punct(quote - 1, u':') && !words.is_punct(quote - 1, u',')) return false;
  for (size_t k = from; k + 1 < quote; ++k) {
    // A number's group separator: "his 20,000 followers".
    if (words.is_punct(k, u',') && k > from && words.token(k - 1).kind == TokenKind::number &&
        words.token(k + 1).kind == TokenKind::number && !words.token(k + 1).has(token_flags::space_before))
      continue;
    if (words.token(k).kind == TokenKind::punct) {
      // Not a sentence's end, nor a heading's dash ("Pollsters agree - Jo Smith:").
      const bool abbreviation = words.is_punct(k, u'.') && k > from && words.is_word(k - 1) &&
                                (words[k - 1].size() == 1 || mentions_.is_title(words[k - 1]));
      const bool hyphen = words.is_punct(k, u'-') && !words.token(k).has(token_flags::space_before);
      if (!words.is_punct(k, u'(') && !words.is_punct(k, u')') && !abbreviation && !hyphen) return false;
      continue;
    }
    if (!words.is_word(k)) continue;  // a number: "on Oct. 3"
    // No clause of its own: "said he was happy: “…”" is not the quote's verb
    // (a verb form after an article or a preposition is a noun: "conférence de presse").
    const Word w = words[k];
    const bool noun_position = k > from && words.is_word(k - 1) &&
                               (mentions_.determiners().count(words[k - 1]) || mentions_.is_preposition(words[k - 1]));
    if ((speech_.verb(w) && !words.capitalized(k) && !noun_position) || speech_.is_auxiliary(w) ||
        speech_.is_complementizer(w) || speech_.is_clause_stop(w) || speech_.is_relative_pronoun(w))
      return false;
  }
  return true;
}

bool ClauseSubjects::apposition_then_quote(const Words& words, size_t from, size_t quote) const {
  constexpr size_t kAppositionTokens =
      24;  // ", membre du conseil d'administration d'Allianz et président de l'Alliance,"
  if (quote <= from + 2 || quote - from > kAppositionTokens || !words.is_punct(quote - 1, u',')) return false;
  // "Selon le ministre, qui s'exprimait à Dakar, « … »", "Pour X, membre du conseil, « … »".
  if (!words.is_punct(from, u',') && !(words.is_word(from) && speech_.is_relative_pronoun(words[from]))) return false;
  for (size_t k = from + 1; k + 1 < quote; ++k)
    if (words.token(k).kind == TokenKind::punct && !words.is_punct(k, u',') && !words.is_punct(k, u'(') &&
        !words.is_punct(k, u')') && !words.is_punct(k, u'-'))
      return false;
  return true;
}

bool ClauseSubjects::ends_sentence_soon(const Words& words, size_t i) {
  constexpr size_t kClosingWords = 4;  // "said on Monday night."
  for (size_t k = i; k < words.size() && k < i + kClosingWords; ++k) {
    if (words.token(k).has(token_flags::line_before)) return true;
    if (words.is_punct(k, u'.') || words.is_punct(k, u'!') || words.is_punct(k, u'?')) return true;
    if (!words.is_word(k) && words.token(k).kind != TokenKind::number) return false;
  }
  return i >= words.size();
}

bool ClauseSubjects::dateline(const Words& words, const Mention& m) {
  // "SRINAGAR, Apr 4:", "PHILADELPHIA ―", "WASHINGTON (Reuters) -": a place in
  // capitals opening a line, then punctuation.
  const Token& first = words.token(m.first);
  if (m.first > 0 && !first.has(token_flags::line_before) && !first.has(token_flags::paragraph_before)) return false;
  for (size_t k = m.first; k < m.last; ++k)
    if (words.is_word(k) && !words.token(k).has(token_flags::all_caps)) return false;
  const size_t k = m.last;
  return k < words.size() &&
         (words.is_punct(k, u',') || words.is_punct(k, u'(') || words.is_punct(k, u'-') ||
          words.is_punct(k, u'\u2013') || words.is_punct(k, u'\u2014') || words.is_punct(k, u'\u2015'));
}

}  // namespace dixit
