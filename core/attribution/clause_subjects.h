// Where a speaker stands in its clause, beyond the verb group the cue finder
// gives: the subject that opens a sentence after an opening complement, a
// dateline or an adverbial; a subject with a long apposition after a quote;
// an inverted subject after the verb's complements; the complement or
// apposition between a cue and the quote it introduces; the person a quote
// standing alone is about. Windows are bounded: linear in the text.
#pragma once

#include <optional>

#include "quotes/words.h"
#include "speakers/mention_finder.h"

namespace dixit {

class SpeechLexicon;
struct Document;

class ClauseSubjects {
 public:
  ClauseSubjects(const MentionFinder& mentions, const SpeechLexicon& speech) : mentions_(mentions), speech_(speech) {}

  // Where the clause of a sentence starts, after a complement that opens it
  // ("À Paris, le ministre…", "In London, the minister", "Du côté des baisses,
  // Sorbalis"): the token after its comma, if one comes before `limit`.
  size_t clause_start(const Words& words, size_t first, size_t limit) const;
  // The subject that opens a sentence's clause before token `verb`, after an
  // opening complement or adverbial if there is one.
  std::optional<Mention> sentence_subject(const Words& words, size_t first, size_t verb) const;
  // A pronoun inverted on a verb a few tokens before `verb` ("a-t-il fait savoir").
  std::optional<Mention> inverted_pronoun_before(const Words& words, size_t first, size_t verb) const;
  // The person a quote standing alone inside a paragraph is about: the subject
  // of the sentence holding the token before it, after the direct quote ending at `floor`.
  std::optional<Mention> context_subject(const Document& doc, const Words& words, size_t floor, size_t quote) const;
  // The subject between a quote and its verb, tokens [first, verb), when a
  // mention opens it and an apposition, a parenthesis or a complement follows.
  std::optional<Mention> subject_with_apposition(const Words& words, size_t first, size_t verb) const;
  // The inverted subject after the verb's complements: "a indiqué à l'AFP le préfet".
  std::optional<Mention> subject_after_complements(const Words& words, size_t from, size_t last) const;
  // Tokens [from, quote) are a short complement of a verb, then a colon or a
  // comma: "told reporters, “…”", "a affirmé en conférence de presse : « … »".
  bool complement_then_quote(const Words& words, size_t from, size_t quote) const;
  // Tokens [from, quote) are an apposition or a relative clause after the
  // speaker of "selon"/"pour", then a comma: "Selon X, qui s'exprimait à Dakar, « … »".
  bool apposition_then_quote(const Words& words, size_t from, size_t quote) const;
  // A full stop or a line break within a few words from token `i`.
  static bool ends_sentence_soon(const Words& words, size_t i);
  // A dateline's place ("SRINAGAR, Apr 4:"): no one who speaks, no antecedent.
  static bool dateline(const Words& words, const Mention& m);

 private:
  const MentionFinder& mentions_;
  const SpeechLexicon& speech_;
};

}  // namespace dixit
