// The image layouts (lang/image.h) of the speech, speaker and attribution
// lexicons: what each saves and reads back, in order. Apart from the stages'
// own files, so that the templates instantiated here leave their hot code's
// inlining alone (in mention_finder.cpp they pushed GCC over its unit-growth
// limit: Words::operator[] stopped being inlined, +15% instructions in attribution).
#include "attribution/attributor.h"
#include "lang/image.h"
#include "quotes/speech_lexicon.h"
#include "speakers/mention_finder.h"

namespace dixit {

template <class Self, class Archive>
void SpeechLexicon::io(Self& self, Archive& a) {
  a(self.verbs_, self.auxiliaries_, self.complementizers_, self.interrogatives_, self.inversion_pronouns_,
    self.object_clitics_, self.clause_stops_, self.relative_antecedents_, self.clause_openers_, self.finite_markers_,
    self.question_labels_, self.answer_labels_, self.first_person_, self.negations_, self.tail_openers_,
    self.object_stops_, self.object_ends_, self.infinitive_markers_, self.relative_pronouns_, self.according_to_,
    self.as_clause_, self.skippable_, self.indirect_objects_, self.infinitive_openers_, self.subject_pronouns_,
    self.passive_auxiliaries_, self.reflexive_clitics_, self.infinitive_starters_, self.infinitive_links_,
    self.indirect_object_markers_, self.infinitive_endings_, self.finite_suffixes_, self.according_to_pronouns_,
    self.according_to_pronoun_, self.quantity_openers_, self.furniture_, self.months_, self.conjunction_heads_,
    self.causatives_, self.inanimate_subjects_, self.impersonal_pronouns_, self.impersonal_sources_,
    self.verb_phrases_, self.degree_adverbs_);
}

SpeechLexicon::SpeechLexicon(image::Reader& in, Vocabulary& vocabulary) : vocabulary_(vocabulary) { io(*this, in); }
void SpeechLexicon::save(image::Writer& out) const { io(*this, out); }

template <class Self, class Archive>
void MentionFinder::io(Self& self, Archive& a) {
  a(self.determiners_, self.definite_, self.indefinite_, self.coordinators_, self.particles_, self.not_names_,
    self.prepositions_, self.complement_prepositions_, self.prenominal_adjectives_, self.titles_,
    self.gendered_determiners_, self.gendered_role_nouns_, self.pronoun_info_, self.object_pronoun_info_,
    self.pronouns_, self.object_pronouns_, self.role_nouns_, self.anonymous_nouns_, self.organization_nouns_,
    self.media_nouns_, self.organizations_, self.media_, self.places_, self.plural_endings_, self.phrase_stops_,
    self.place_prepositions_, self.statement_nouns_);
}

MentionFinder::MentionFinder(image::Reader& in, const SpeechLexicon& speech, Vocabulary& vocabulary)
    : speech_(speech), vocabulary_(vocabulary) {
  io(*this, in);
  index_word_classes();
}
void MentionFinder::save(image::Writer& out) const { io(*this, out); }

namespace {
// The vocabulary comes first in an image: the lexicons after it hold its numbers.
image::Reader& after_vocabulary(image::Reader& in, Vocabulary& vocabulary) {
  in(vocabulary);
  return in;
}
}  // namespace

Attributor::Attributor(image::Reader& in)
    : speech_(after_vocabulary(in, vocabulary_), vocabulary_),
      mentions_(in, speech_, vocabulary_),
      cues_(speech_, vocabulary_, mentions_.determiners(), mentions_.prepositions()),
      reported_(speech_, mentions_.determiners(), mentions_.prepositions()),
      interview_(speech_),
      labels_(mentions_, speech_),
      unknown_verbs_(mentions_, speech_),
      subjects_(mentions_, speech_) {}

void Attributor::save(image::Writer& out) const {
  out(vocabulary_);
  speech_.save(out);
  mentions_.save(out);
}

}  // namespace dixit
