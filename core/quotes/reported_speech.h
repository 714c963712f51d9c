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
  // `determiners` and `prepositions`: a verb's form after one is a noun
  // ("indique un communiqué", "lors d'une conférence de presse que").
  ReportedSpeech(const SpeechLexicon& speech, const WordSet& determiners, const WordSet& prepositions);

  // Token of the complementizer that opens the verb's clause, within a few
  // words of the verb ("a souligné lors de la rencontre que"), if any.
  std::optional<size_t> complementizer(const Words& words, const Cue& cue, size_t last) const;
  // The content the cue reports, in sentence tokens [first, last); `speaker_end`
  // is where the speaker mention after the cue ends (selon X, comme l'a noté X).
  std::optional<Content> content(const Words& words, const Cue& cue, size_t first, size_t last,
                                 size_t speaker_end) const;
  // Content before its cue, when the cue and its subject close the sentence:
  // "The cause was heart failure, his family said.", "…, a précisé le
  // régulateur.", headlines "…, officials say". `subject` is the speaker's
  // tokens (before or after the verb), if one was found.
  std::optional<Content> preposed(const Words& words, const Cue& cue, size_t first, size_t last,
                                  std::optional<std::pair<size_t, size_t>> subject) const;
  // `last` without the sentence-final punctuation before it.
  static size_t trim_end(const Words& words, size_t first, size_t last);

 private:
  // The first token of a clause that follows its verb without a
  // complementizer ("said he would sign"), after an indirect object if the
  // verb takes one ("told the council the repairs would take").
  std::optional<size_t> bare_clause(const Words& words, const Cue& cue, size_t last) const;
  // The first token of an infinitive clause reported by the verb: "affirme
  // avoir menti", "lui avait dit de ne pas s'inquiéter", "demande à la Cour de déclarer".
  std::optional<size_t> infinitive_clause(const Words& words, const Cue& cue, size_t last) const;
  // An infinitive at token i, after clitics and a negation: "ne pas s'inquiéter".
  // The first token of the clause after an incise that follows a short
  // opening: "Car, dit-il, tout est soumis…".
  std::optional<size_t> incise_clause(const Words& words, const Cue& cue, size_t first, size_t last,
                                      size_t speaker_end) const;
  // `last`, or where another clause starts: a colon before quoted words ("… :
  // « … »"), and after an infinitive (`contrast`) a comma before a contrast
  // ("…, mais l'accusation…").
  size_t end_of_clause(const Words& words, size_t first, size_t last, bool contrast) const;
  bool infinitive_follows(const Words& words, size_t i, size_t last) const;
  static bool in_subject(const Words& words, size_t k);
  // Whether a subject pronoun or a finite verb shows within a few words of `first`.
  bool clause_shows_verb(const Words& words, size_t first, size_t last) const;
  // Whether a relative pronoun or "that" opens the cue's subject: "which she said".
  bool relative_before(const Words& words, const Cue& cue) const;
  static bool amount_at(const Words& words, size_t i);
  size_t skip_indirect_object(const Words& words, size_t i, size_t last) const;

  const SpeechLexicon& speech_;
  const WordSet& determiners_;
  const WordSet& prepositions_;
};

}  // namespace dixit
