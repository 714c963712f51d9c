#include "attribution/unknown_verb_subjects.h"

#include <unicode/uchar.h>

#include "quotes/speech_lexicon.h"
#include "text/fold.h"

namespace dixit {

namespace {

constexpr size_t kVerbWords = 2;      // "continued", "further wrote"
constexpr size_t kSubjectTokens = 14;  // "the president of the regional council"
constexpr size_t kShortPhrase = 3;     // a noun phrase no lexicon knows: "a friend", "the union"
constexpr size_t kComplementWords = 5;  // "at a press conference", "in the room"

bool starts_line(const Words& words, size_t i) {
  return i == 0 || words.token(i).has(token_flags::line_before) || words.token(i).has(token_flags::paragraph_before);
}

}  // namespace

bool UnknownVerbSubjects::opens_sentence(const Words& words, size_t i) {
  // (A title inside a sentence is no incise's: "X, star of “Scandal,” thanked Y".)
  if (starts_line(words, i)) return true;
  const Token& t = words.token(i - 1);
  if (t.kind != TokenKind::punct) return false;
  const char16_t c = words.doc().text[t.start];
  return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201D' || c == u'\u00BB';
}

bool UnknownVerbSubjects::closes(const Words& words, size_t i) {
  return i >= words.size() || starts_line(words, i) || words.is_punct(i, u'.') || words.is_punct(i, u',') ||
         words.is_punct(i, u';') || words.is_punct(i, u'!') || words.is_punct(i, u'?');
}

bool UnknownVerbSubjects::verb_words(const Words& words, size_t first, size_t last) const {
  if (last <= first || last - first > kVerbWords) return false;
  for (size_t k = first; k < last; ++k) {
    if (!words.is_word(k) || words.capitalized(k) || (k > first && starts_line(words, k))) return false;
    const Word w = words[k];
    if (speech_.is_auxiliary(w) || speech_.is_complementizer(w) || speech_.is_clause_stop(w) ||
        speech_.is_negation(w) || mentions_.is_preposition(w) || mentions_.determiners().count(w) ||
        mentions_.is_coordinator(w) || mentions_.could_start(words, k))
      return false;
  }
  return true;
}

std::optional<Mention> UnknownVerbSubjects::after(const Words& words, size_t quote_first, size_t quote_end) const {
  const size_t n = words.size();
  if (quote_end >= n || quote_end < quote_first + 3) return std::nullopt;
  // An incise follows a comma, a question or an exclamation, inside the marks or after them.
  // (Past the closing marks of a quote nested at the end: "…the ‘comeback of the decade,’” the article read.")
  size_t inner = quote_end - 2;
  while (inner > quote_first + 1 && words.token(inner).kind == TokenKind::punct &&
         u_hasBinaryProperty(words.doc().text[words.token(inner).start], UCHAR_QUOTATION_MARK))
    --inner;
  const bool comma_after = words.is_punct(quote_end, u',');
  if (!comma_after && !words.is_punct(inner, u',') && !words.is_punct(inner, u'?') && !words.is_punct(inner, u'!'))
    return std::nullopt;
  if (!opens_sentence(words, quote_first)) return std::nullopt;
  const size_t i = comma_after ? quote_end + 1 : quote_end;
  if (i >= n || starts_line(words, i) || !words.is_word(i)) return std::nullopt;
  const size_t limit = std::min(n, i + kSubjectTokens);
  // "she continued.", "Jo Smith laughed.", "the union wrote."
  auto subject = mentions_.starting_at(words, i, limit);
  if (!subject)
    if (auto phrase = mentions_.noun_phrase_at(words, i, limit); phrase && phrase->last - phrase->first <= kShortPhrase)
      subject = phrase;
  // (Its complement may follow it: "a Democratic staffer in the room wondered.")
  if (auto m = subject) {
    for (size_t c = 0; c <= kComplementWords; ++c) {
      if (c && !complement(words, m->last, m->last + c)) continue;
      const size_t verb = m->last + c;
      for (size_t v = 1; v <= kVerbWords; ++v)
        if (verb_words(words, verb, verb + v) && closes(words, verb + v)) return m;
    }
    // A noun phrase that ran on over the verb no lexicon knows, up to the
    // clause's end: "the article read.", "a spokesman continued."
    if (m->form != MentionForm::pronoun && closes(words, m->last))
      for (size_t v = 1; v <= kVerbWords && m->last > m->first + v + 1; ++v) {
        const size_t verb = m->last - v;
        if (!verb_words(words, verb, m->last)) continue;
        auto shorter = mentions_.starting_at(words, i, verb);
        if (!shorter) shorter = mentions_.noun_phrase_at(words, i, verb);
        if (shorter && shorter->last == verb) return shorter;
      }
  }
  if (words.capitalized(i)) return std::nullopt;
  size_t verb = i;
  // "s'amuse", "se réjouit": the reflexive clitic before the verb.
  if ((words.token(verb).has(token_flags::elided) && speech_.is_object_clitic(words[verb])) ||
      speech_.is_reflexive_clitic(words[verb]))
    ++verb;
  // "a amorcé Me X", "a-t-il tonné": an auxiliary, then the participle.
  const bool auxiliary = verb + 1 < n && words.is_word(verb) && !words.token(verb).has(token_flags::hyphenated) &&
                         speech_.is_auxiliary(words[verb]);
  if (auxiliary) ++verb;
  if (verb >= n || !words.is_word(verb) || words.capitalized(verb)) return std::nullopt;
  // "s'amuse-t-il": the pronoun joined to the verb.
  const Token& t = words.token(verb);
  const std::u16string_view text = words.doc().slice(t);
  if (t.has(token_flags::hyphenated)) {
    const size_t dash = text.rfind(u'-');
    // "a-t-il tonné.": the participle after the inverted auxiliary.
    const size_t first_dash = text.find(u'-');
    const bool inverted_auxiliary = first_dash != std::u16string_view::npos &&
                                    speech_.is_auxiliary(text::folded(text.substr(0, first_dash))) &&
                                    verb_words(words, verb + 1, verb + 2);
    const size_t clause_end = inverted_auxiliary ? verb + 2 : verb + 1;
    if (dash != std::u16string_view::npos && dash + 1 < text.size() && closes(words, clause_end)) {
      const uint32_t start = t.start + static_cast<uint32_t>(dash) + 1;
      if (auto p = mentions_.pronoun(words, Span{start, t.end})) return p;
    }
    return std::nullopt;
  }
  // "sourit la présidente Jeanne Chéenne", "s'amuse le ministre": a verb, then a
  // subject that closes the clause or takes a complement.
  if (!verb_words(words, verb, verb + 1)) return std::nullopt;
  auto m = mentions_.starting_at(words, verb + 1, limit);
  if (!m || m->form == MentionForm::pronoun) return std::nullopt;
  if (!closes(words, m->last) && !(words.is_word(m->last) && mentions_.is_preposition(words[m->last])))
    return std::nullopt;
  return m;
}

std::optional<Mention> UnknownVerbSubjects::issuer(const Words& words, size_t colon) const {
  // "Mayor Byron Brown released the following statement on Monday:", "X a
  // publié un communiqué :": whoever issues the statement the colon opens.
  constexpr size_t kStatementWords = 8;
  const size_t floor = colon > kStatementWords + kSubjectTokens ? colon - kStatementWords - kSubjectTokens : 0;
  bool statement = false;
  size_t k = colon;
  for (; k > floor && colon - k < kStatementWords && words.is_word(k - 1); --k)
    statement = statement || mentions_.is_statement_noun(words[k - 1]);
  if (!statement) return std::nullopt;
  // The subject opens the clause (after punctuation, "and", "that"); the words after it are its verb and object.
  for (size_t s = k; s < colon; ++s) {
    if (s > k && !mentions_.is_coordinator(words[s - 1]) && !speech_.is_complementizer(words[s - 1])) continue;
    if (!mentions_.could_start(words, s)) continue;
    auto m = mentions_.starting_at(words, s, colon);
    if (m && m->last < colon) return m;
  }
  return std::nullopt;
}

std::optional<Mention> UnknownVerbSubjects::before(const Words& words, size_t quote_first, size_t quote_end) const {
  if (quote_first < 3) return std::nullopt;
  // A sentence going on after the quote makes it an apposition, not speech:
  // "A boxed set of his recordings, “Border Town,” was released".
  if (quote_end < words.size() && words.is_word(quote_end) && !words.capitalized(quote_end)) return std::nullopt;
  if (words.is_punct(quote_first - 1, u':') && starts_line(words, quote_first)) return issuer(words, quote_first - 1);
  if (starts_line(words, quote_first)) return std::nullopt;
  const size_t end = quote_first - 1;  // the colon or the comma
  if (!words.is_punct(end, u',') && !words.is_punct(end, u':')) return std::nullopt;
  if (words.is_punct(end, u':'))
    if (auto m = issuer(words, end)) return m;
  // The verb may take a complement: "Clinton emphatically proclaimed at a press conference, “…”".
  for (size_t c = 0; c <= kComplementWords && c + 1 < end; ++c)
    if (c == 0 || complement(words, end - c, end))
      if (auto m = subject_of_verb_ending_at(words, end - c)) return m;
  return std::nullopt;
}

std::optional<Mention> UnknownVerbSubjects::subject_of_verb_ending_at(const Words& words, size_t end) const {
  for (size_t v = 1; v <= kVerbWords && v < end; ++v) {
    const size_t verb = end - v;
    if (!verb_words(words, verb, end)) continue;
    size_t floor = verb > kSubjectTokens ? verb - kSubjectTokens : 0;
    for (size_t k = verb; k > floor; --k)
      if (starts_line(words, k) || words.is_punct(k - 1, u'.')) {
        floor = k;
        break;
      }
    auto m = mentions_.ending_at(words, verb, floor);
    // "…, a friend commented:": a short noun phrase (not "a boxed set of his complete recordings, “…”").
    if (!m)
      if (auto phrase = mentions_.noun_phrase_ending_at(words, verb, floor);
          phrase && phrase->last - phrase->first <= kShortPhrase &&
          (phrase->first == floor || words.token(phrase->first - 1).kind == TokenKind::punct))
        m = phrase;
    if (!m) continue;
    // The subject opens its clause: "She continued,", "…, and then Wallnau continues:".
    // (An adverb may stand before it; a preposition, an article or a verb may not.)
    const size_t s = m->first;
    if (s == floor || words.token(s - 1).kind == TokenKind::punct) return m;
    if (!words.is_word(s - 1)) continue;  // "his 20,000 Twitter followers,"
    const Word w = words[s - 1];
    if (!words.capitalized(s - 1) && !mentions_.is_preposition(w) && !mentions_.determiners().count(w) &&
        !speech_.verb(w) && !speech_.is_auxiliary(w))
      return m;
  }
  return std::nullopt;
}

bool UnknownVerbSubjects::complement(const Words& words, size_t first, size_t last) const {
  // A preposition and a few words: "in the room", "at a press conference".
  if (last < first + 2 || last > words.size() || !mentions_.is_preposition(words[first])) return false;
  for (size_t k = first; k < last; ++k)
    if (!words.is_word(k) || (k > first && starts_line(words, k)) || speech_.is_auxiliary(words[k]) ||
        speech_.is_complementizer(words[k]) || speech_.is_clause_stop(words[k]))
      return false;
  return true;
}

}  // namespace dixit
