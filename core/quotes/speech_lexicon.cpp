#include "quotes/speech_lexicon.h"

#include <algorithm>

#include "lang/language.h"
#include "text/fold.h"

namespace dixit {

namespace {

void fill(FoldedSet& set, const Language& lang, std::string_view key) {
  for (auto& word : lang.folded_list("speech", key)) set.insert(std::move(word));
}

void fill(PhraseSet& set, const nlohmann::json& section, std::string_view key) {
  auto it = section.find(key);
  if (it == section.end()) return;
  for (const auto& phrase : *it) {
    std::vector<std::u16string> words;
    for (const auto& word : phrase) words.push_back(text::folded_utf8(word.get<std::string>()));
    set.add(std::move(words));
  }
}

}  // namespace

SpeechLexicon::SpeechLexicon(const Language& lang) {
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
      auto add_forms = [&](const char* key, uint8_t form) {
        auto forms = entry.find(key);
        if (forms == entry.end()) return;
        for (const auto& word : *forms) {
          SpeechVerb& v = verbs_[text::folded_utf8(word.get<std::string>())];
          v.forms |= form;
          v.takes_clause = v.takes_clause || takes_clause;
          v.strong = v.strong || strong;
          v.bare = std::max(v.bare, bare);
          v.indirect_object = v.indirect_object || indirect_object;
        }
      };
      add_forms("finite", verb_forms::finite);
      add_forms("participle", verb_forms::participle);
      add_forms("present_participle", verb_forms::present_participle);
      add_forms("infinitive", verb_forms::infinitive);
    }
  }
  fill(auxiliaries_, lang, "auxiliaries");
  fill(complementizers_, lang, "complementizers");
  fill(interrogatives_, lang, "interrogatives");
  fill(inversion_pronouns_, lang, "inversion_pronouns");
  fill(object_clitics_, lang, "object_clitics");
  fill(clause_stops_, lang, "clause_stops");
  fill(relative_antecedents_, lang, "relative_antecedents");
  fill(clause_openers_, lang, "clause_openers");
  fill(finite_markers_, lang, "finite_markers");
  fill(question_labels_, lang, "question_labels");
  fill(answer_labels_, lang, "answer_labels");
  fill(first_person_, lang, "first_person");
  fill(negations_, lang, "negations");
  fill(tail_openers_, lang, "tail_openers");
  fill(infinitive_markers_, lang, "infinitive_markers");
  fill(relative_pronouns_, lang, "relative_pronouns");
  fill(according_to_, section, "according_to");
  fill(as_clause_, section, "as_clause");
  fill(skippable_, section, "skippable");
  fill(indirect_objects_, section, "indirect_objects");
  fill(infinitive_openers_, section, "infinitive_openers");
}

const SpeechVerb* SpeechLexicon::verb(std::u16string_view folded_word) const {
  auto it = verbs_.find(folded_word);
  return it == verbs_.end() ? nullptr : &it->second;
}

}  // namespace dixit
