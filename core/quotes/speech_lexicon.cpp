#include "quotes/speech_lexicon.h"

#include <algorithm>

#include "lang/language.h"
#include "text/fold.h"

namespace dixit {

namespace {

void fill(WordSet& set, Vocabulary& vocabulary, const Language& lang, std::string_view key) {
  for (const auto& word : lang.folded_list("speech", key)) set.insert(vocabulary, word);
}

void fill(PhraseSet& set, Vocabulary& vocabulary, const nlohmann::json& section, std::string_view key) {
  auto it = section.find(key);
  if (it == section.end()) return;
  for (const auto& phrase : *it) {
    std::vector<std::u16string> words;
    for (const auto& word : phrase) words.push_back(text::folded_utf8(word.get<std::string>()));
    set.add(vocabulary, words);
  }
}

}  // namespace

SpeechLexicon::SpeechLexicon(const Language& lang, Vocabulary& vocabulary) : vocabulary_(vocabulary) {
  const auto& section = lang.section("speech");
  if (auto verbs = section.find("verbs"); verbs != section.end()) {
    for (const auto& entry : *verbs) {
      const bool takes_clause = entry.value("que", false);
      const bool strong = entry.value("np", false);
      const std::string bare_name = entry.value("bare", "");
      const BareClause bare = bare_name == "always" ? BareClause::always
                              : bare_name == "verb"  ? BareClause::with_verb
                                                     : BareClause::never;
      const bool indirect_object = entry.value("object", false);
      const bool belief = entry.value("belief", false);
      const bool quoted_object = entry.value("quoted", false);
      const bool pronominal = entry.value("pronominal", false);
      const bool call = entry.value("call", false);
      const bool shown = entry.value("shown", false);
      // Forms as one space-separated string (or a list of strings).
      auto add_forms = [&](const char* key, uint8_t form) {
        auto forms = entry.find(key);
        if (forms == entry.end()) return;
        std::vector<std::string> words;
        if (forms->is_string()) {
          const std::string& all = forms->get_ref<const std::string&>();
          for (size_t start = 0; start < all.size();) {
            size_t end = all.find(' ', start);
            if (end == std::string::npos) end = all.size();
            if (end > start) words.push_back(all.substr(start, end - start));
            start = end + 1;
          }
        } else {
          for (const auto& word : *forms) words.push_back(word.get<std::string>());
        }
        for (const auto& word : words) {
          SpeechVerb& v = verbs_.at_or_insert(vocabulary, text::folded_utf8(word));
          v.forms |= form;
          v.takes_clause = v.takes_clause || takes_clause;
          v.strong = v.strong || strong;
          v.bare = std::max(v.bare, bare);
          v.indirect_object = v.indirect_object || indirect_object;
          v.belief = v.belief || belief;
          v.quoted_object = v.quoted_object || quoted_object;
          v.pronominal = v.pronominal || pronominal;
          v.call = v.call || call;
          v.shown = v.shown || shown;
        }
      };
      add_forms("finite", verb_forms::finite);
      add_forms("participle", verb_forms::participle);
      add_forms("present_participle", verb_forms::present_participle);
      add_forms("infinitive", verb_forms::infinitive);
    }
  }
  fill(auxiliaries_, vocabulary, lang, "auxiliaries");
  fill(complementizers_, vocabulary, lang, "complementizers");
  fill(interrogatives_, vocabulary, lang, "interrogatives");
  fill(inversion_pronouns_, vocabulary, lang, "inversion_pronouns");
  fill(object_clitics_, vocabulary, lang, "object_clitics");
  fill(clause_stops_, vocabulary, lang, "clause_stops");
  fill(relative_antecedents_, vocabulary, lang, "relative_antecedents");
  fill(conjunction_heads_, vocabulary, lang, "conjunction_heads");
  fill(causatives_, vocabulary, lang, "causatives");
  fill(impersonal_pronouns_, vocabulary, lang, "impersonal_pronouns");
  fill(degree_adverbs_, vocabulary, lang, "degree_adverbs");
  fill(clause_openers_, vocabulary, lang, "clause_openers");
  fill(finite_markers_, vocabulary, lang, "finite_markers");
  fill(question_labels_, vocabulary, lang, "question_labels");
  fill(answer_labels_, vocabulary, lang, "answer_labels");
  fill(first_person_, vocabulary, lang, "first_person");
  fill(negations_, vocabulary, lang, "negations");
  fill(tail_openers_, vocabulary, lang, "tail_openers");
  fill(object_stops_, vocabulary, lang, "object_stops");
  fill(object_ends_, vocabulary, lang, "object_ends");
  fill(infinitive_markers_, vocabulary, lang, "infinitive_markers");
  fill(relative_pronouns_, vocabulary, lang, "relative_pronouns");
  fill(subject_pronouns_, vocabulary, lang, "subject_pronouns");
  fill(passive_auxiliaries_, vocabulary, lang, "passive_auxiliaries");
  fill(reflexive_clitics_, vocabulary, lang, "reflexive_clitics");
  fill(infinitive_starters_, vocabulary, lang, "infinitive_starters");
  fill(infinitive_links_, vocabulary, lang, "infinitive_links");
  fill(indirect_object_markers_, vocabulary, lang, "indirect_object_markers");
  fill(according_to_pronouns_, vocabulary, lang, "according_to_pronouns");
  fill(quantity_openers_, vocabulary, lang, "quantity_openers");
  fill(according_to_pronoun_, vocabulary, section, "according_to_pronoun");
  fill(furniture_, vocabulary, section, "furniture");
  infinitive_endings_ = lang.folded_list("speech", "infinitive_endings");
  finite_suffixes_ = lang.folded_list("speech", "finite_suffixes");
  fill(months_, vocabulary, lang, "months");
  fill(according_to_, vocabulary, section, "according_to");
  fill(as_clause_, vocabulary, section, "as_clause");
  fill(skippable_, vocabulary, section, "skippable");
  fill(indirect_objects_, vocabulary, section, "indirect_objects");
  fill(infinitive_openers_, vocabulary, section, "infinitive_openers");
  fill(inanimate_subjects_, vocabulary, section, "inanimate_subjects");
  fill(impersonal_sources_, vocabulary, section, "impersonal_sources");
  fill(verb_phrases_, vocabulary, section, "verb_phrases");
}

bool SpeechLexicon::looks_infinitive(const Word& w) const {
  if (infinitive_starters_.count(w)) return true;
  return std::any_of(infinitive_endings_.begin(), infinitive_endings_.end(), [&](const std::u16string& ending) {
    return w.size() > ending.size() + 1 && w.text.ends_with(ending);
  });
}

bool SpeechLexicon::looks_finite(const Word& w) const {
  if (finite_markers_.count(w)) return true;
  constexpr size_t kStem = 3;  // "squandered", not "red" or "bed"
  return std::any_of(finite_suffixes_.begin(), finite_suffixes_.end(), [&](const std::u16string& ending) {
    return w.size() >= ending.size() + kStem && w.text.ends_with(ending);
  });
}

size_t SpeechLexicon::date_length(const Words& words, size_t i, size_t last) const {
  auto number = [&](size_t k) { return k < last && words.token(k).kind == TokenKind::number; };
  auto month = [&](size_t k) { return k < last && words.is_word(k) && months_.count(words[k]); };
  size_t len = 0;
  if (number(i) && month(i + 1)) len = 2;       // "27 octobre"
  else if (month(i) && number(i + 1)) len = 2;  // "March 12"
  if (len && number(i + len)) ++len;            // the year
  return len;
}

}  // namespace dixit
