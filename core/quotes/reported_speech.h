// The content of reported speech, given its cue: the que/that/whether clause
// ("a affirmé que …"), the object of a strong verb ("a dénoncé des tentatives
// de pression"), the clause after "selon X," or before ", comme l'a noté X".
// Spans run to the end of the clause, without the sentence's final punctuation.
#pragma once

#include <optional>

#include "quotes/cue_finder.h"

namespace dixit {

struct Content {
  size_t first = 0, last = 0;  // tokens
  QuoteType type = QuoteType::indirect;
  bool introduced_by_clause = false;  // after que/that: a quote inside makes it mixed
};

class ReportedSpeech {
 public:
  explicit ReportedSpeech(const SpeechLexicon& speech);

  // Token of the complementizer that opens the verb's clause, within a few
  // words of the verb ("a souligné lors de la rencontre que"), if any.
  std::optional<size_t> complementizer(const Words& words, const Cue& cue, size_t last) const;
  // The content the cue reports, in sentence tokens [first, last); `speaker_end`
  // is where the speaker mention after the cue ends (selon X, comme l'a noté X).
  std::optional<Content> content(const Words& words, const Cue& cue, size_t first, size_t last,
                                 size_t speaker_end) const;
  // `last` without the sentence-final punctuation before it.
  static size_t trim_end(const Words& words, size_t first, size_t last);

 private:
  const SpeechLexicon& speech_;
};

}  // namespace dixit
