// The speaker of a direct quote whose verb no lexicon knows, from the shape of
// the sentence alone: a subject and a verb closing the quote's sentence
// ("“…,” she continued.", "“…,” it further wrote."), an inverted verb and the
// subject after it ("« … », sourit la présidente X", "« … », s'amuse-t-il"),
// or a subject and a verb opening it ("She continued, “…”", "Limbaugh
// continued: “…”", "X proclaimed at a press conference, “…”"), and whoever
// issues the statement a colon opens ("X released the following statement:").
// One or two lower-case words stand for the verb, with a short complement at
// most; the sentence's shape, not a lexicon, says they are one.
#pragma once

#include <optional>

#include "quotes/words.h"
#include "speakers/mention_finder.h"

namespace dixit {

class SpeechLexicon;

class UnknownVerbSubjects {
 public:
  UnknownVerbSubjects(const MentionFinder& mentions, const SpeechLexicon& speech)
      : mentions_(mentions), speech_(speech) {}
  // For the quote of tokens [quote_first, quote_end), marks included.
  std::optional<Mention> after(const Words& words, size_t quote_first, size_t quote_end) const;
  std::optional<Mention> before(const Words& words, size_t quote_first, size_t quote_end) const;

 private:
  // The subject of a clause ending in a statement noun before `colon` ("released the following statement:").
  std::optional<Mention> issuer(const Words& words, size_t colon) const;
  // The subject of the one or two words before token `end` taken as a verb: "She continued", "a friend commented".
  std::optional<Mention> subject_of_verb_ending_at(const Words& words, size_t end) const;
  // Tokens [first, last) are a preposition and its object: "in the room", "at a press conference".
  bool complement(const Words& words, size_t first, size_t last) const;
  // Tokens [first, last) can be a verb and an adverb ("continued", "further wrote").
  bool verb_words(const Words& words, size_t first, size_t last) const;
  // Whether token i ends a clause: punctuation that closes it, a line break, the text's end.
  static bool closes(const Words& words, size_t i);
  // Whether the quote starting at token i opens its sentence or line.
  static bool opens_sentence(const Words& words, size_t i);

  const MentionFinder& mentions_;
  const SpeechLexicon& speech_;
};

}  // namespace dixit
