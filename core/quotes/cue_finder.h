// Speech cues in a sentence: a speech verb in any tense and voice ("affirme",
// "a affirmé", "avait souligné", "a-t-il déclaré", "said", "has told",
// "accusant"), "selon"/"d'après"/"according to", and "comme l'a noté X" / "as X
// noted". Each cue knows where its subject should end and its content start.
#pragma once

#include <optional>
#include <vector>

#include "dixit/dixit.h"
#include "quotes/speech_lexicon.h"
#include "quotes/words.h"

namespace dixit {

enum class CueKind : uint8_t { verb, according_to, as_clause };

struct Cue {
  CueKind kind = CueKind::verb;
  Span span;                 // the verb (the participle in compound tenses) or the phrase
  size_t word = 0;           // token of the cue word
  size_t group_first = 0;    // first token of the verb group: a subject ends here
  size_t after = 0;          // first token after the cue and its adverbials
  SpeechVerb verb;           // features, for verb cues
  bool present_participle = false;
  bool infinitive = false;  // "avant de rappeler que": the subject is the sentence's
  bool reflexive = false;   // "s'est dit", "se dit": an adjective after it is what was said
  std::optional<Span> inverted_pronoun;  // "il" in "a-t-il déclaré"
  bool named_source = false;  // "Pour Mathias Fekl, …": an according-to cue only if a name follows
};

class CueFinder {
 public:
  // Built once the vocabulary is complete: it indexes every word number.
  CueFinder(const SpeechLexicon& speech, const Vocabulary& vocabulary, const WordSet& determiners,
            const WordSet& prepositions);
  // Cues among tokens [first, last), in order.
  void find(const Words& words, size_t first, size_t last, std::vector<Cue>& out) const;

 private:
  // "a-t-il", "déclare-t-elle": the base word and the pronoun, when inverted.
  // Length of the according-to phrase at token i ("selon", "pour" before "lui"), or 0.
  size_t according_to_length(const Words& words, size_t i, size_t first, size_t last, bool& named_source) const;
  bool split_inversion(const Words& words, size_t i, std::u16string_view& base, Span& pronoun) const;
  const SpeechLexicon& speech_;
  const WordSet& determiners_;
  const WordSet& prepositions_;
  // By word number, whether it can open a cue: one byte in a small table
  // answers for the token that opens none, most of them, before the lexicons'
  // larger tables are read.
  static constexpr uint8_t kOpensAccordingTo = 1, kSpeechVerb = 2, kOpensVerbPhrase = 4;
  WordBits<uint8_t> opens_;
};

}  // namespace dixit
