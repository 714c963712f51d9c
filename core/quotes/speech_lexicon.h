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
namespace image {
class Reader;
class Writer;
}  // namespace image

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
  bool quoted_object = false;   // its object is reported content only when it holds quoted words
  BareClause bare = BareClause::never;  // "said he would": a clause without a complementizer
  bool indirect_object = false;  // "told reporters the deal was off"
  bool belief = false;  // "croit que", "thinks": a report of no one's speech, whose subject
                        // the next unattributed quote may continue
  bool call = false;        // "appelle à lutter": its "à" and infinitive is what was said
  bool pronominal = false;  // reports speech as a pronominal verb too ("s'est dit", "se félicite")
  bool shown = false;       // its clause must show a finite verb: "held that she is", not "held that post"
};

class SpeechLexicon {
 public:
  // Every word it lists is numbered in `vocabulary`, which documents are read with.
  SpeechLexicon(const Language& lang, Vocabulary& vocabulary);
  // From a lexicon image (lang/image.h), with the vocabulary read just before it.
  SpeechLexicon(image::Reader& in, Vocabulary& vocabulary);
  void save(image::Writer& out) const;

  const SpeechVerb* verb(const Word& w) const { return verbs_.find(w); }
  // For part of a token ("déclare" in "déclare-t-il"): one lookup.
  const SpeechVerb* verb(std::u16string_view folded) const { return verbs_.find(vocabulary_, folded); }
  bool is_auxiliary(std::u16string_view folded) const { return auxiliaries_.count(vocabulary_, folded); }
  bool is_inversion_pronoun(std::u16string_view folded) const { return inversion_pronouns_.count(vocabulary_, folded); }
  bool is_auxiliary(const Word& w) const { return auxiliaries_.count(w); }
  bool is_complementizer(const Word& w) const { return complementizers_.count(w); }
  bool is_interrogative(const Word& w) const { return interrogatives_.count(w); }
  bool is_object_clitic(const Word& w) const { return object_clitics_.count(w); }
  bool is_clause_stop(const Word& w) const { return clause_stops_.count(w); }
  bool is_relative_antecedent(const Word& w) const { return relative_antecedents_.count(w); }
  // A que after it is a conjunction's: "alors que", "parce que", "le fait que".
  bool is_conjunction_head(const Word& w) const { return conjunction_heads_.count(w); }
  // A form of faire or laisser, before an infinitive that reports speech: "a fait savoir".
  bool is_causative(const Word& w) const { return causatives_.count(w); }
  // A verb's form after it is an adjective: "un peu inquiète", "very worried".
  bool is_degree_adverb(const Word& w) const { return degree_adverbs_.count(w); }
  bool is_causative(std::u16string_view folded) const { return causatives_.count(vocabulary_, folded); }
  bool is_impersonal_pronoun(std::u16string_view folded) const { return impersonal_pronouns_.count(vocabulary_, folded); }
  bool is_clause_opener(const Word& w) const { return clause_openers_.count(w); }
  bool is_subject_pronoun(const Word& w) const { return subject_pronouns_.count(w); }
  bool is_passive_auxiliary(std::u16string_view folded) const { return passive_auxiliaries_.count(vocabulary_, folded); }
  bool is_reflexive_clitic(const Word& w) const { return reflexive_clitics_.count(w); }
  bool is_infinitive_starter(const Word& w) const { return infinitive_starters_.count(w); }
  bool is_according_to_pronoun(const Word& w) const { return according_to_pronouns_.count(w); }
  bool is_quantity_opener(const Word& w) const { return quantity_openers_.count(w); }
  bool is_infinitive_link(const Word& w) const { return infinitive_links_.count(w); }
  bool is_indirect_object_marker(const Word& w) const { return indirect_object_markers_.count(w); }
  // An infinitive's look: a starter ("avoir") or a word with an infinitive's ending ("déclarer").
  bool looks_infinitive(const Word& w) const;
  bool is_month(const Word& w) const { return months_.count(w); }
  // Tokens of a date at token i ("27 octobre", "27 octobre 2010", "March 12"), or 0.
  size_t date_length(const Words& words, size_t i, size_t last) const;
  bool is_question_label(const Word& w) const { return question_labels_.count(w); }
  bool is_answer_label(const Word& w) const { return answer_labels_.count(w); }
  bool is_first_person(const Word& w) const { return first_person_.count(w); }
  bool is_negation(const Word& w) const { return negations_.count(w); }
  bool is_tail_opener(const Word& w) const { return tail_openers_.count(w); }
  bool is_object_stop(const Word& w) const { return object_stops_.count(w); }
  bool is_object_end(const Word& w) const { return object_ends_.count(w); }
  bool is_infinitive_marker(const Word& w) const { return infinitive_markers_.count(w); }
  bool is_relative_pronoun(const Word& w) const { return relative_pronouns_.count(w); }
  bool is_finite_marker(const Word& w) const { return finite_markers_.count(w); }
  // A finite marker, or a word with a finite ending ("squandered").
  bool looks_finite(const Word& w) const;

  // The sets themselves, for tables indexed by word number (MentionFinder's word classes).
  const WordMap<SpeechVerb>& verbs() const { return verbs_; }
  const WordSet& auxiliaries() const { return auxiliaries_; }
  const WordSet& complementizers() const { return complementizers_; }
  const WordSet& clause_stops() const { return clause_stops_; }
  const WordSet& first_person() const { return first_person_; }

  const PhraseSet& according_to() const { return according_to_; }
  // Phrases that open an according-to cue only before an according-to pronoun ("pour lui").
  const PhraseSet& according_to_pronoun() const { return according_to_pronoun_; }
  // Phrases that open a line of page furniture ("À lire aussi", "READ MORE").
  const PhraseSet& furniture() const { return furniture_; }
  const PhraseSet& as_clause() const { return as_clause_; }
  const PhraseSet& skippable() const { return skippable_; }
  const PhraseSet& indirect_objects() const { return indirect_objects_; }
  const PhraseSet& infinitive_openers() const { return infinitive_openers_; }
  // Subjects that are no one's: "ce qui signifie que", "cela confirme que".
  const PhraseSet& inanimate_subjects() const { return inanimate_subjects_; }
  // After an impersonal pronoun's verb, the phrase before its source: "-t-on du côté de X".
  const PhraseSet& impersonal_sources() const { return impersonal_sources_; }
  // Phrases that report a clause as a speech verb does: "made it clear".
  const PhraseSet& verb_phrases() const { return verb_phrases_; }

 private:
  template <class Self, class Archive>
  static void io(Self& self, Archive& a);

  const Vocabulary& vocabulary_;
  WordMap<SpeechVerb> verbs_;
  WordSet auxiliaries_, complementizers_, interrogatives_, inversion_pronouns_, object_clitics_, clause_stops_,
      relative_antecedents_, clause_openers_, finite_markers_, question_labels_, answer_labels_, first_person_,
      negations_, tail_openers_, object_stops_, object_ends_, infinitive_markers_, relative_pronouns_,
      subject_pronouns_, passive_auxiliaries_, reflexive_clitics_, infinitive_starters_, infinitive_links_,
      indirect_object_markers_, according_to_pronouns_, quantity_openers_, months_, conjunction_heads_, causatives_,
      impersonal_pronouns_, degree_adverbs_;
  std::vector<std::u16string> infinitive_endings_, finite_suffixes_;
  PhraseSet according_to_, according_to_pronoun_, furniture_, as_clause_, skippable_, indirect_objects_, infinitive_openers_,
      inanimate_subjects_, impersonal_sources_, verb_phrases_;
};

}  // namespace dixit
