// Mentions of who speaks: names found from capitalisation, titles and
// particles (no gazetteer of people), role phrases with their appositions
// ("l'ambassadeur de Russie à Washington, Anatoli Antonov"), anonymous sources
// ("un conseiller du Président ukrainien Volodymyr Zelensky", "a senior
// official"), institutions, places and media from core/lang/<code>/speakers.json,
// coordinations ("CNN et Politico") and pronouns. Lexicons are built once.
#pragma once

#include <optional>
#include <string>

#include "dixit/dixit.h"
#include "quotes/words.h"

namespace dixit {

class Language;
class SpeechLexicon;
namespace image {
class Reader;
class Writer;
}  // namespace image

enum class Gender : uint8_t { unknown, masculine, feminine };
// What a pronoun may stand for: "he" only people, "it" only institutions,
// French "il" both (le ministère… il).
enum class Refers : uint8_t { any, human, nonhuman };

enum class MentionForm : uint8_t {
  named,      // a name: person, institution, place, media, or a group of them
  described,  // a definite role without a name ("le ministre"): refers back
  anonymous,  // a role-only source ("une source proche du dossier")
  pronoun,    // refers back
};

struct Mention {
  size_t first = 0, last = 0;  // tokens [first, last)
  Span span;
  SpeakerKind kind = SpeakerKind::person;
  MentionForm form = MentionForm::named;
  // Where the name and the role are written; the strings are made only for
  // the speakers that reach the output (SpeakerRegistry::take).
  Span name;
  std::optional<Span> role;
  // Views of Document::folded, valid while the document is: a person's
  // surname, else the folded name; and the role noun of a description.
  std::u16string_view key;
  std::u16string_view head;
  bool plural = false;
  Gender gender = Gender::unknown;  // from a title, a determiner, a role noun or the pronoun
  Refers refers = Refers::any;      // pronouns only
  bool latest = false;              // "ce dernier", "celui-ci": the entity named last, not the one just quoted
  bool subject = false;             // opens its clause: the likeliest antecedent of a pronoun
  bool bare_name = false;           // one capitalised word, no title or role: a person only if named before
  bool kind_known = true;           // false for a description whose noun no lexicon knows ("la cinéaste")
};

class MentionFinder {
 public:
  MentionFinder(const Language& lang, const SpeechLexicon& speech, Vocabulary& vocabulary);
  // From a lexicon image (lang/image.h).
  MentionFinder(image::Reader& in, const SpeechLexicon& speech, Vocabulary& vocabulary);
  void save(image::Writer& out) const;

  // Whether a mention can start at token i (a capital, a determiner, a title,
  // the first word of a role): a cheap test before starting_at().
  bool could_start(const Words& words, size_t i) const;
  // The mention that starts at token `i` and ends at or before `limit`.
  std::optional<Mention> starting_at(const Words& words, size_t i, size_t limit) const;
  // The longest mention ending exactly at token `end`, starting at or after `floor`.
  std::optional<Mention> ending_at(const Words& words, size_t end, size_t floor) const;

  // A pronoun written on its own or inside an inverted verb ("a-t-il"): singular or plural.
  std::optional<Mention> pronoun(const Words& words, Span span) const;
  // A noun phrase no lexicon knows, for a speaker's position only: "la
  // cinéaste", "un gérant de fonds parisien", "the exhibition's curator,
  // Lorraine Becker" (a name in apposition makes it that person).
  std::optional<Mention> noun_phrase_at(const Words& words, size_t i, size_t limit) const;
  // The longest such phrase ending exactly at `end` and opening its clause.
  std::optional<Mention> noun_phrase_ending_at(const Words& words, size_t end, size_t floor) const;
  // A short plural group without a determiner, tokens [first, end) exactly:
  // "Consumer advocates said", "Des aides-soignants racontent".
  std::optional<Mention> bare_group(const Words& words, size_t first, size_t end) const;
  // A name after modifiers that no article opens, tokens [first, end)
  // exactly: "Tulsa police Chief Chuck Jordan", "eThekwini municipality
  // spokesperson Gugu Sisilana", "9/11 widow Terry Strada". The modifiers are
  // the person's role.
  std::optional<Mention> premodified_name(const Words& words, size_t first, size_t end) const;
  // The longest such name starting at `i`: "said Utica Council President Mike Galime".
  std::optional<Mention> premodified_name_at(const Words& words, size_t i, size_t limit) const;
  // `m` with the modifiers before it, when they reach back to `floor` or to
  // the start of a clause ("“…,” Tulsa police Chief Chuck Jordan said").
  std::optional<Mention> with_premodifiers(const Words& words, const Mention& m, size_t floor) const;
  // An object pronoun after "selon"/"according to" ("selon lui"), as a mention.
  std::optional<Mention> object_pronoun_at(const Words& words, size_t i, size_t limit) const;
  const WordSet& determiners() const { return determiners_; }
  // "à", "of"...: a mention right after one is a complement, not a subject.
  bool is_preposition(const Word& w) const { return classes_of(w.id) & WordClass::preposition; }
  const WordSet& prepositions() const { return prepositions_; }
  bool is_definite(const Word& w) const { return classes_of(w.id) & WordClass::definite; }
  bool is_indefinite(const Word& w) const { return classes_of(w.id) & WordClass::indefinite; }
  bool is_coordinator(const Word& w) const { return classes_of(w.id) & WordClass::coordinator; }
  bool is_title(const Word& w) const { return classes_of(w.id) & WordClass::title; }
  bool is_statement_noun(const Word& w) const { return statement_nouns_.count(w); }

 private:
  // The closed classes of each word number, a bit each: the questions asked
  // of nearly every token while mentions are looked for, answered by one load
  // instead of one lookup per lexicon. Derived from the lexicons once they are
  // built or read (index_word_classes), never stored in an image.
  struct WordClass {
    static constexpr uint16_t determiner = 1 << 0, definite = 1 << 1, indefinite = 1 << 2, preposition = 1 << 3,
                              complement_preposition = 1 << 4, particle = 1 << 5, prenominal_adjective = 1 << 6,
                              coordinator = 1 << 7, title = 1 << 8;
    static constexpr uint16_t never_name = 1 << 9;     // not_names, speech verbs, auxiliaries
    static constexpr uint16_t stops = 1 << 10;         // auxiliaries, complementizers, clause stops, coordinators, one-word pronouns
    static constexpr uint16_t speech_verb = 1 << 11;   // a form of a speech verb
    static constexpr uint16_t may_start = 1 << 12;     // determiners, titles, first words of roles, of institution and media nouns, of pronouns
    static constexpr uint16_t entity_start = 1 << 13;  // first words of the institutions, media and places listed
    static constexpr uint16_t head_start = 1 << 14;    // first words of the role, institution and media nouns
    static constexpr uint16_t pronoun_start = 1 << 15;
  };
  void index_word_classes();
  uint16_t classes_of(uint32_t id) const { return classes_.of(id); }
  bool is(const Words& words, size_t i, uint16_t cls) const { return classes_.of(words, i) & cls; }

  std::optional<Mention> single_at(const Words& words, size_t i, size_t limit) const;
  std::optional<Mention> role_phrase_at(const Words& words, size_t i, size_t limit) const;
  // An institution named with its noun after a name: "Matatiele Local Municipality", "Xinhua news agency".
  std::optional<Mention> named_institution(const Words& words, const Mention& name, size_t limit) const;
  // The role a possessive name introduces ("Obama's former campaign strategist"), as a description.
  std::optional<Mention> possessed_role(const Words& words, const Mention& owner, size_t limit) const;
  // The person named after an institution and a role, or nothing.
  std::optional<Mention> with_affiliated_role(const Words& words, const Mention& employer, size_t limit) const;
  size_t name_run(const Words& words, size_t i, size_t limit) const;  // end token of a name run, or i
  // A token that can stand in a chain of modifiers before a name ("9/11", "police", "Anti-Fraud", "Gov.").
  bool modifier(const Words& words, size_t i) const;
  // A role noun or a title: where the modifiers before a name end.
  bool role_word(const Words& words, size_t i) const;
  bool name_word(const Words& words, size_t i) const;
  bool stops_phrase(const Words& words, size_t i) const;
  bool starts_other_phrase(const Words& words, size_t i) const;
  // Whether a word ends like a plural of the language (speakers.json "plural_endings").
  bool has_plural_ending(std::u16string_view folded_word) const;
  size_t lexicon_entity(const Words& words, size_t i, size_t limit, SpeakerKind& kind) const;

  struct PronounInfo {
    bool plural = false;
    Gender gender = Gender::unknown;
    Refers refers = Refers::any;
    bool latest = false;
  };
  template <class Self, class Archive>
  static void io(Self& self, Archive& a);
  // The pronoun (of `set`) at token i: its length in tokens and features.
  size_t pronoun_at(const Words& words, size_t i, size_t limit, const PhraseSet& set,
                    const WordMap<PronounInfo>& info, Mention& out) const;
  Gender role_gender(const Words& words, size_t determiner, size_t head) const;

  const SpeechLexicon& speech_;
  const Vocabulary& vocabulary_;
  WordSet determiners_, definite_, indefinite_, coordinators_, particles_, not_names_, prepositions_,
      complement_prepositions_, prenominal_adjectives_;
  WordSet phrase_stops_;  // words no noun phrase holds: "ne" in "La victime ne change pas"
  WordSet place_prepositions_;  // a lone name after one is a place: "in Accra", "en Bretagne"
  WordSet statement_nouns_;     // what a source issues: "released the following statement:"
  WordMap<Gender> titles_, gendered_determiners_, gendered_role_nouns_;
  WordMap<PronounInfo> pronoun_info_, object_pronoun_info_;  // keyed by the folded words joined by spaces
  PhraseSet pronouns_, object_pronouns_, role_nouns_, anonymous_nouns_, organization_nouns_, media_nouns_,
      organizations_, media_, places_;
  std::vector<std::u16string> plural_endings_;  // folded, from speakers.json: "s", "x"
  WordBits<uint16_t> classes_;                  // WordClass bits by word number
};

}  // namespace dixit
