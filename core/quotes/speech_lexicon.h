// The speech verbs of a language and the closed classes around them
// (auxiliaries, complementizers, "selon"/"according to", adverbials that sit
// between a verb and its content), from core/lang/<code>/speech.json. Built
// once per language; lookups are one hash probe per word.
#pragma once

#include <cstdint>
#include <string_view>

#include "quotes/words.h"

namespace dixit {

class Language;

namespace verb_forms {
constexpr uint8_t finite = 1 << 0;              // "affirme", "a-t-il", "said"
constexpr uint8_t participle = 1 << 1;          // "affirmé", needs an auxiliary
constexpr uint8_t present_participle = 1 << 2;  // "accusant", "saying"
constexpr uint8_t infinitive = 1 << 3;          // "rappeler", "say"
}  // namespace verb_forms

enum class BareClause : uint8_t { never, with_verb, always };

struct SpeechVerb {
  uint8_t forms = 0;
  bool takes_clause = false;    // que / that / whether
  bool strong = false;          // its noun-phrase object is reported content
  BareClause bare = BareClause::never;  // "said he would": a clause without a complementizer
  bool indirect_object = false;  // "told reporters the deal was off"
};

class SpeechLexicon {
 public:
  explicit SpeechLexicon(const Language& lang);

  const SpeechVerb* verb(std::u16string_view folded_word) const;
  bool is_auxiliary(std::u16string_view w) const { return auxiliaries_.count(w) != 0; }
  bool is_complementizer(std::u16string_view w) const { return complementizers_.count(w) != 0; }
  bool is_interrogative(std::u16string_view w) const { return interrogatives_.count(w) != 0; }
  bool is_inversion_pronoun(std::u16string_view w) const { return inversion_pronouns_.count(w) != 0; }
  bool is_object_clitic(std::u16string_view w) const { return object_clitics_.count(w) != 0; }
  bool is_clause_stop(std::u16string_view w) const { return clause_stops_.count(w) != 0; }
  bool is_relative_antecedent(std::u16string_view w) const { return relative_antecedents_.count(w) != 0; }
  bool is_clause_opener(std::u16string_view w) const { return clause_openers_.count(w) != 0; }
  bool is_question_label(std::u16string_view w) const { return question_labels_.count(w) != 0; }
  bool is_answer_label(std::u16string_view w) const { return answer_labels_.count(w) != 0; }
  bool is_first_person(std::u16string_view w) const { return first_person_.count(w) != 0; }
  bool is_negation(std::u16string_view w) const { return negations_.count(w) != 0; }
  bool is_tail_opener(std::u16string_view w) const { return tail_openers_.count(w) != 0; }
  bool is_infinitive_marker(std::u16string_view w) const { return infinitive_markers_.count(w) != 0; }
  bool is_relative_pronoun(std::u16string_view w) const { return relative_pronouns_.count(w) != 0; }
  bool is_finite_marker(std::u16string_view w) const { return finite_markers_.count(w) != 0; }

  const PhraseSet& according_to() const { return according_to_; }
  const PhraseSet& as_clause() const { return as_clause_; }
  const PhraseSet& skippable() const { return skippable_; }
  const PhraseSet& indirect_objects() const { return indirect_objects_; }
  const PhraseSet& infinitive_openers() const { return infinitive_openers_; }

 private:
  FoldedMap<SpeechVerb> verbs_;
  FoldedSet auxiliaries_, complementizers_, interrogatives_, inversion_pronouns_, object_clitics_, clause_stops_,
      relative_antecedents_, clause_openers_, finite_markers_, question_labels_, answer_labels_, first_person_,
      negations_, tail_openers_, infinitive_markers_, relative_pronouns_;
  PhraseSet according_to_, as_clause_, skippable_, indirect_objects_, infinitive_openers_;
};

}  // namespace dixit
