#include "quotes/cue_finder.h"

namespace dixit {

CueFinder::CueFinder(const SpeechLexicon& speech, const Vocabulary& vocabulary, const WordSet& determiners,
                     const WordSet& prepositions)
    : speech_(speech), determiners_(determiners), prepositions_(prepositions) {
  opens_.reset(vocabulary);
  speech_.according_to().each_first([&](uint32_t id, bool) { opens_.mark(id, kOpensAccordingTo); });
  speech_.according_to_pronoun().each_first([&](uint32_t id, bool) { opens_.mark(id, kOpensAccordingTo); });
  speech_.verbs().each([&](uint32_t id) { opens_.mark(id, kSpeechVerb); });
  speech_.verb_phrases().each_first([&](uint32_t id, bool) { opens_.mark(id, kOpensVerbPhrase); });
}

namespace {
// What a verb phrase ("made it clear") reports: a clause, in a finite or compound tense.
constexpr SpeechVerb kPhraseVerb{verb_forms::finite | verb_forms::participle, true};
}  // namespace

bool CueFinder::split_inversion(const Words& words, size_t i, std::u16string_view& base, Span& pronoun) const {
  if (!words.token(i).has(token_flags::hyphenated)) return false;
  const auto w = words[i].text;
  const size_t first_hyphen = w.find(u'-');
  const size_t last_hyphen = w.rfind(u'-');
  if (first_hyphen == std::u16string_view::npos || first_hyphen == 0) return false;
  const auto tail = w.substr(last_hyphen + 1);
  if (!speech_.is_inversion_pronoun(tail)) return false;
  base = w.substr(0, first_hyphen);
  const uint32_t start = words.token(i).start + static_cast<uint32_t>(last_hyphen + 1);
  pronoun = {start, words.token(i).end};
  return true;
}

size_t CueFinder::according_to_length(const Words& words, size_t i, size_t first, size_t last,
                                      bool& named_source) const {
  named_source = false;
  if (size_t len = speech_.according_to().match(words, i, last)) return len;
  const size_t len = speech_.according_to_pronoun().match(words, i, last);
  if (!len || !words.is_word(i + len)) return 0;
  if (speech_.is_according_to_pronoun(words[i + len])) return len;  // "pour lui"
  // Opening the sentence, before a name: "Pour Mathias Fekl, …" (the
  // attributor keeps it only when a named source and a comma follow).
  named_source = i == first && words.capitalized(i + len);
  return named_source ? len : 0;
}

void CueFinder::find(const Words& words, size_t first, size_t last, std::vector<Cue>& out) const {
  out.clear();
  for (size_t i = first; i < last; ++i) {
    if (!words.is_word(i)) continue;
    const uint8_t opens_here = opens_.of(words, i);
    if (!opens_here && !words.token(i).has(token_flags::hyphenated)) continue;  // not "déclare-t-il" either
    bool named_source = false;
    if (size_t len = (opens_here & kOpensAccordingTo) ? according_to_length(words, i, first, last, named_source) : 0) {
      Cue c;
      c.kind = CueKind::according_to;
      c.named_source = named_source;
      c.span = words.span(i, i + len);
      c.word = c.group_first = i;
      c.after = i + len;
      out.push_back(c);
      i += len - 1;
      continue;
    }
    // A capital inside a sentence makes a name of a verb's form: "the United States".
    if (i > first && words.capitalized(i)) continue;
    std::u16string_view base = words[i];
    Span pronoun{};
    const bool inverted = split_inversion(words, i, base, pronoun);
    const SpeechVerb* verb = inverted ? speech_.verb(base) : speech_.verb(words[i]);
    const size_t phrase = !verb && (opens_here & kOpensVerbPhrase) ? speech_.verb_phrases().match(words, i, last) : 0;
    if (phrase) verb = &kPhraseVerb;
    if (!verb) continue;
    Cue c;
    c.word = i;
    c.span = {words.token(i).start, words.token(i + (phrase ? phrase - 1 : 0)).end};
    c.verb = *verb;
    if (inverted) c.inverted_pronoun = pronoun;
    // The verb group before the verb: auxiliaries, clitics, adverbials
    // ("a à son tour appelé", "l'a noté", "n'a pas dit").
    size_t g = i;
    bool has_auxiliary = false;
    bool passive_auxiliary = false, reflexive = false;
    // "a fait savoir que", "fait-il valoir que": the causative
    // before the infinitive carries the tense, the verb the speech.
    bool causative = false;
    if (!inverted && (verb->forms & verb_forms::infinitive) && g > first) {
      std::u16string_view causative_base = words[g - 1];
      Span causative_pronoun{};
      const bool causative_inverted = split_inversion(words, g - 1, causative_base, causative_pronoun);
      if (causative_inverted ? speech_.is_causative(causative_base) : speech_.is_causative(words[g - 1])) {
        causative = true;
        if (causative_inverted) c.inverted_pronoun = causative_pronoun;
        --g;
      }
    }
    while (g > first) {
      std::u16string_view aux_base = words[g - 1];
      Span aux_pronoun{};
      const bool aux_inverted = split_inversion(words, g - 1, aux_base, aux_pronoun);
      if (aux_inverted ? speech_.is_auxiliary(aux_base) : speech_.is_auxiliary(words[g - 1])) {
        has_auxiliary = true;
        passive_auxiliary = passive_auxiliary || speech_.is_passive_auxiliary(aux_base);
        if (aux_inverted && !c.inverted_pronoun) c.inverted_pronoun = aux_pronoun;
        --g;
        continue;
      }
      if (speech_.is_object_clitic(words[g - 1])) {
        reflexive = reflexive || speech_.is_reflexive_clitic(words[g - 1]);
        // "la", "le", "les" are articles too: after a comma, a clause word,
        // an infinitive or the sentence's start they open a noun ("…, la somme
        // doit", "que la note", "d'examiner la riposte"); after a subject they
        // are the verb's object ("il la somme de").
        // ("Tel que le rappelle l'avocat": the "que" of an as-clause keeps its clitic.)
        const bool as_clause_before = g - 1 > first && speech_.as_clause().match_ending(words, g - 1, first);
        if (!has_auxiliary && !as_clause_before && determiners_.count(words[g - 1]) &&
            (g - 1 == first || !words.is_word(g - 2) || speech_.is_complementizer(words[g - 2]) ||
             speech_.is_clause_stop(words[g - 2]) ||
             (!words.capitalized(g - 2) && !speech_.is_auxiliary(words[g - 2]) && speech_.looks_infinitive(words[g - 2]))))
          break;
        --g;
        continue;
      }
      if (size_t len = speech_.skippable().match_ending(words, g, first)) {
        g -= len;
        continue;
      }
      break;
    }
    // "n'a pas dit", "has not said", "never said": negated speech reports nothing
    // (a negation stops the verb group, so it stands right before it).
    if (g > first && words.is_word(g - 1) && speech_.is_negation(words[g - 1])) continue;
    // Most speech verbs say nothing as pronominal verbs: "se propose d'examiner",
    // "s'engagent ensemble", "s'appelle"; "s'est dit", "se félicite" do.
    if (reflexive && !verb->pronominal) continue;
    // "ce qui signifie que", "cela confirme que", "cela dit": no one speaks.
    if (speech_.inanimate_subjects().match_ending(words, g, first)) continue;
    // After a causative the infinitive stands for the causative's form.
    const bool finite = causative || (verb->forms & verb_forms::finite);
    const bool participle = !causative && (verb->forms & verb_forms::participle);
    // An infinitive reports speech only after "avant de" (or, past, "après avoir
    // averti"); after "to", "de", "pour" it reports nothing ("declined to say",
    // "a refusé de dire").
    if (g > first && speech_.is_infinitive_marker(words[g - 1])) {
      const size_t opener = speech_.infinitive_openers().match_ending(words, g, first);
      const bool past_infinitive = has_auxiliary && participle;
      if (!opener || !((verb->forms & verb_forms::infinitive) || past_infinitive)) continue;
      c.infinitive = true;
      g -= opener;
    } else if (!causative && verb->forms & verb_forms::infinitive && !finite && !participle &&
               !(verb->forms & verb_forms::present_participle)) {
      continue;  // a bare infinitive: "dire", "affirmer"
    }
    if (c.infinitive) {
      // the subject is the sentence's, found by the caller
    } else if (verb->forms & verb_forms::present_participle && !finite && !participle) {
      // "le requérant", "un manifestant": after a determiner, a noun.
      if (g > first && determiners_.count(words[g - 1])) continue;
      c.present_participle = true;
    } else if (has_auxiliary && participle) {
      // A compound tense; the passive reports nothing of its subject's ("est
      // accusé de vol", "was asked why"), the pronominal verb does ("s'est dit").
      if (passive_auxiliary && !reflexive) continue;
    } else if (finite && !has_auxiliary) {
      // "la note", "une annonce", "residents with questions": a noun, not a
      // verb; "un peu inquiète", "very worried": an adjective.
      if (g > first && (determiners_.count(words[g - 1]) || prepositions_.count(words[g - 1]) ||
                        speech_.is_degree_adverb(words[g - 1])))
        continue;
    } else if (!(finite || inverted)) {
      continue;
    }
    c.group_first = g;
    c.reflexive = reflexive;
    size_t a = i + (phrase ? phrase : 1);
    bool dated = false;
    while (a < last) {
      if (size_t len = speech_.skippable().match(words, a, last)) {
        a += len;
        continue;
      }
      if (size_t len = speech_.date_length(words, a, last)) {
        a += len;
        dated = true;
        continue;
      }
      break;
    }
    // A comma may close the date before an inverted subject: "a affirmé mercredi 27 octobre, Paul Morin".
    if (dated && a + 1 < last && words.is_punct(a, u',') && words.is_word(a + 1) && words.capitalized(a + 1)) ++a;
    c.after = a;
    // "comme l'a noté X", "as X noted": the content is the clause before;
    // opening the sentence ("Comme le rappelle l'avocat, …"), the clause after.
    if (size_t len = speech_.as_clause().match_ending(words, g, first);
        len && (g - len == first || (g - len > first && words.is_punct(g - len - 1, u',')))) {
      c.kind = CueKind::as_clause;
      c.group_first = g - len;
    }
    out.push_back(c);
  }
}

}  // namespace dixit
