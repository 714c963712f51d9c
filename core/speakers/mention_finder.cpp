#include "speakers/mention_finder.h"

#include <algorithm>

#include "lang/language.h"
#include "quotes/speech_lexicon.h"
#include "segment/tokenizer.h"
#include "text/fold.h"
#include "text/utf.h"

namespace dixit {

namespace {

constexpr size_t kMaxPhrase = 14;      // tokens in one mention; keeps every lookup bounded
constexpr size_t kMaxNounPhrase = 8;   // tokens of an unknown noun phrase before its apposition
constexpr size_t kMaxNameTokens = 8;   // "Julie A. Diaz Martinez", initials' periods included
constexpr size_t kMaxModifiers = 8;
constexpr size_t kMaxModifierNames = 5;  // "the New York", "the 34-year-old" before a noun    // "Utica Common Council President", "eThekwini municipality spokesperson"

// Lexicon entries are split by the same tokenizer as the text, so that
// "l’Otan" in a list and in an article give the same folded words.
std::vector<std::u16string> phrase_words(const std::string& utf8, const TokenizerRules& rules) {
  const std::u16string text = text::utf8_to_utf16(utf8);
  std::vector<Token> tokens;
  tokenize(text, rules, tokens);
  std::vector<std::u16string> out;
  for (const Token& t : tokens) out.push_back(text::folded(std::u16string_view(text).substr(t.start, t.size())));
  return out;
}

// The folded text of a span, as a view of Document::folded (folding keeps offsets).
std::u16string_view folded_of(const Words& words, Span s) { return words.folded().substr(s.start, s.size()); }

Gender gender_of(const nlohmann::json& value) {
  const std::string g = value.is_string() ? value.get<std::string>() : "";
  return g == "f" ? Gender::feminine : g == "m" ? Gender::masculine : Gender::unknown;
}

// "a b" for the folded words of a phrase: the key of a pronoun's features.
std::u16string joined(const std::vector<std::u16string>& words) {
  std::u16string out;
  for (const auto& w : words) {
    if (!out.empty()) out += u' ';
    out += w;
  }
  return out;
}

}  // namespace

MentionFinder::MentionFinder(const Language& lang, const SpeechLexicon& speech, Vocabulary& vocabulary)
    : speech_(speech), vocabulary_(vocabulary) {
  const TokenizerRules rules{lang.folded_list("language", "elisions"), {}};
  const auto& section = lang.section("speakers");
  auto set = [&](WordSet& out, const char* key) {
    for (const auto& w : lang.folded_list("speakers", key)) out.insert(vocabulary, w);
  };
  auto phrases = [&](PhraseSet& out, const char* key) {
    auto it = section.find(key);
    if (it == section.end()) return;
    for (const auto& item : *it) out.add(vocabulary, phrase_words(item.get<std::string>(), rules));
  };
  // {"word": "m" | "f" | ""}: words that tell a gender.
  auto genders = [&](WordMap<Gender>& out, const char* key) {
    auto it = section.find(key);
    if (it == section.end()) return;
    for (const auto& [word, gender] : it->items()) out.at_or_insert(vocabulary, text::folded_utf8(word)) = gender_of(gender);
  };
  auto pronouns = [&](PhraseSet& out, WordMap<PronounInfo>& info, const char* key) {
    auto it = section.find(key);
    if (it == section.end()) return;
    for (const auto& [pronoun, features] : it->items()) {
      auto words = phrase_words(pronoun, rules);
      PronounInfo p;
      p.plural = features.value("plural", false);
      p.gender = gender_of(features.value("gender", nlohmann::json()));
      const std::string refers = features.value("refers", "any");
      p.refers = refers == "human" ? Refers::human : refers == "nonhuman" ? Refers::nonhuman : Refers::any;
      p.latest = features.value("latest", false);
      info.at_or_insert(vocabulary, joined(words)) = p;
      out.add(vocabulary, words);
    }
  };
  genders(titles_, "titles");
  genders(gendered_determiners_, "gendered_determiners");
  genders(gendered_role_nouns_, "gendered_role_nouns");
  set(definite_, "definite_determiners");
  set(indefinite_, "indefinite_determiners");
  set(coordinators_, "coordinators");
  set(particles_, "name_particles");
  set(not_names_, "not_names");
  set(prepositions_, "prepositions");
  set(complement_prepositions_, "complement_prepositions");
  set(prenominal_adjectives_, "prenominal_adjectives");
  set(phrase_stops_, "phrase_stops");
  set(place_prepositions_, "place_prepositions");
  set(statement_nouns_, "statement_nouns");
  plural_endings_ = lang.folded_list("speakers", "plural_endings");
  determiners_ = definite_;
  determiners_.insert_all(indefinite_);
  pronouns(pronouns_, pronoun_info_, "pronouns");
  pronouns(object_pronouns_, object_pronoun_info_, "object_pronouns");
  phrases(role_nouns_, "role_nouns");
  phrases(anonymous_nouns_, "anonymous_nouns");
  phrases(organization_nouns_, "organization_nouns");
  phrases(media_nouns_, "media_nouns");
  phrases(organizations_, "organizations");
  phrases(media_, "media");
  phrases(places_, "places");
  index_word_classes();
}

void MentionFinder::index_word_classes() {
  using C = WordClass;
  classes_.reset(vocabulary_);
  auto mark = [&](uint32_t id, uint16_t cls) { classes_.mark(id, cls); };
  auto mark_set = [&](const WordSet& set, uint16_t cls) { set.each([&](uint32_t id) { mark(id, cls); }); };
  auto mark_starts = [&](const PhraseSet& set, uint16_t cls) { set.each_first([&](uint32_t id, bool) { mark(id, cls); }); };
  mark_set(determiners_, C::determiner | C::may_start);
  mark_set(definite_, C::definite);
  mark_set(indefinite_, C::indefinite);
  mark_set(prepositions_, C::preposition);
  mark_set(complement_prepositions_, C::complement_preposition);
  mark_set(particles_, C::particle);
  mark_set(prenominal_adjectives_, C::prenominal_adjective);
  mark_set(coordinators_, C::coordinator | C::stops);
  titles_.each([&](uint32_t id) { mark(id, C::title | C::may_start); });
  mark_set(not_names_, C::never_name);
  mark_set(speech_.auxiliaries(), C::never_name | C::stops);
  // "J'invite…", "Nous demandons…": the first person is never a name.
  mark_set(speech_.first_person(), C::never_name);
  speech_.verbs().each([&](uint32_t id) { mark(id, C::never_name | C::speech_verb); });
  mark_set(speech_.complementizers(), C::stops);
  mark_set(speech_.clause_stops(), C::stops);
  mark_set(phrase_stops_, C::stops);
  pronouns_.each_first([&](uint32_t id, bool single) { mark(id, C::pronoun_start | C::may_start | (single ? C::stops : 0)); });
  for (const PhraseSet* set : {&role_nouns_, &organization_nouns_, &media_nouns_}) mark_starts(*set, C::head_start | C::may_start);
  for (const PhraseSet* set : {&media_, &organizations_, &places_}) mark_starts(*set, C::entity_start);
}

size_t MentionFinder::pronoun_at(const Words& words, size_t i, size_t limit, const PhraseSet& set,
                                 const WordMap<PronounInfo>& info, Mention& out) const {
  const size_t len = set.match(words, i, limit);
  if (!len) return 0;
  const PronounInfo* found = nullptr;
  if (len == 1) {
    found = info.find(words[i]);
  } else {
    std::u16string key;
    for (size_t k = i; k < i + len; ++k) {
      if (k > i) key += u' ';
      key += words[k].text;
    }
    found = info.find(vocabulary_, key);
  }
  if (!found) return 0;
  out.first = i;
  out.last = i + len;
  out.span = words.span(i, out.last);
  out.form = MentionForm::pronoun;
  out.plural = found->plural;
  out.gender = found->gender;
  out.refers = found->refers;
  out.latest = found->latest;
  out.name = words.span(i, out.last);
  return len;
}

std::optional<Mention> MentionFinder::object_pronoun_at(const Words& words, size_t i, size_t limit) const {
  Mention m;
  if (pronoun_at(words, i, limit, object_pronouns_, object_pronoun_info_, m)) return m;
  return std::nullopt;
}

// A role's gender: from its determiner ("la ministre") or from the noun itself ("spokeswoman").
Gender MentionFinder::role_gender(const Words& words, size_t determiner, size_t head) const {
  if (const Gender* g = gendered_role_nouns_.find(words[head])) return *g;
  if (determiner < head)
    if (const Gender* g = gendered_determiners_.find(words[determiner])) return *g;
  return Gender::unknown;
}

bool MentionFinder::name_word(const Words& words, size_t i) const {
  return words.capitalized(i) && !is(words, i, WordClass::never_name);
}

// Words that end any phrase: verbs, complementizers, relative pronouns.
bool MentionFinder::stops_phrase(const Words& words, size_t i) const {
  if (!words.is_word(i)) return true;
  const uint16_t c = classes_of(words.id(i));
  return (c & WordClass::stops) || ((c & WordClass::speech_verb) && !words.capitalized(i));
}

// A determiner not introduced by a preposition starts another noun phrase: a
// verb the lexicons do not know stood between ("Le président remaniera le
// gouvernement"; not "le ministre de l'Économie", "a spokesman for the company").
bool MentionFinder::starts_other_phrase(const Words& words, size_t i) const {
  if (i == 0 || !words.is_word(i)) return false;
  const uint16_t c = classes_of(words.id(i));
  if (!(c & WordClass::determiner) || (c & WordClass::preposition)) return false;
  return !(words.is_word(i - 1) && is(words, i - 1, WordClass::preposition));
}

size_t MentionFinder::name_run(const Words& words, size_t i, size_t limit) const {
  // An initial and its period: "Julie A. Diaz", "J. K. Rowling", "U.S. Senator"
  // (a one-letter word, even one the lexicons know, like "A"; not a title, "M. Barrow").
  auto initial = [&](size_t k) {
    return k + 2 < limit && words.is_word(k) && words[k].size() == 1 && words.capitalized(k) &&
           !is(words, k, WordClass::title) &&
           words.is_punct(k + 1, u'.') && !words.token(k + 1).has(token_flags::space_before) &&
           !words.token(k + 2).has(token_flags::line_before) &&
           (name_word(words, k + 2) || (words.is_word(k + 2) && words[k + 2].size() == 1 && words.capitalized(k + 2)));
  };
  if (i >= limit || (!name_word(words, i) && !initial(i))) return i;
  size_t end = initial(i) ? i + 2 : i + 1;
  while (end < limit && end - i < kMaxNameTokens) {
    const Token& t = words.token(end);
    if (t.has(token_flags::line_before) || t.has(token_flags::glued)) break;
    if (initial(end)) {
      end += 2;
      continue;
    }
    if (name_word(words, end)) {
      ++end;
      continue;
    }
    // A particle between two name words: "Charles de Gaulle", "Ursula von der Leyen".
    size_t k = end;
    while (k < limit && k - end < 2 && words.is_word(k) && !words.capitalized(k) && is(words, k, WordClass::particle)) ++k;
    if (k > end && k < limit && name_word(words, k)) {
      end = k + 1;
      continue;
    }
    break;
  }
  // "OPEC+", "Canal+", "Disney+": a plus glued to a name belongs to it.
  if (end < limit && words.is_punct(end, u'+') && !words.token(end).has(token_flags::space_before)) ++end;
  return end;
}

size_t MentionFinder::lexicon_entity(const Words& words, size_t i, size_t limit, SpeakerKind& kind) const {
  // A lexicon word only names an entity when written as a name.
  if (i >= limit || i >= words.size()) return 0;
  const uint16_t c = classes_of(words.id(i));
  if (!(c & WordClass::entity_start) || (!words.capitalized(i) && !(c & WordClass::definite))) return 0;
  size_t best = 0;
  auto consider = [&](const PhraseSet& set, SpeakerKind k) {
    size_t len = set.match(words, i, limit);
    if (len > best) {
      best = len;
      kind = k;
    }
  };
  consider(media_, SpeakerKind::media);
  consider(organizations_, SpeakerKind::organization);
  consider(places_, SpeakerKind::place);
  return best;
}

std::optional<Mention> MentionFinder::role_phrase_at(const Words& words, size_t i, size_t limit) const {
  const bool has_determiner = is(words, i, WordClass::definite | WordClass::indefinite);
  // The head noun: right after the determiner or after up to two modifiers
  // ("un haut responsable", "the former minister"), or first for bare roles.
  size_t head = i + (has_determiner ? 1 : 0), head_len = 0;
  // An age or a count joined by hyphens counts as one modifier: "the 34-year-old mother".
  if (has_determiner && head < limit && words.token(head).kind == TokenKind::number) {
    size_t k = head + 1;
    while (k + 1 < limit && words.is_punct(k, u'-') && !words.token(k).has(token_flags::space_before) &&
           words.is_word(k + 1) && !words.token(k + 1).has(token_flags::space_before))
      k += 2;
    if (k > head + 1) head = k;
  }
  enum { role, organization, media } head_kind = role;
  for (size_t j = head; j < limit && j <= head + 2 && j - i < kMaxPhrase; ++j) {
    if (!words.is_word(j) || (j > head && stops_phrase(words, j))) break;
    // A clitic and its verb, not a noun phrase: "Comme le rappelle l'avocat".
    if (j == head && has_determiner && stops_phrase(words, j) && j + 1 < limit && words.is_word(j + 1) &&
        is(words, j + 1, WordClass::determiner) && !is(words, j + 1, WordClass::preposition))
      return std::nullopt;
    if (is(words, j, WordClass::head_start)) {
      if (size_t n = role_nouns_.match(words, j, limit)) head_kind = role, head_len = n;
      else if (size_t m = organization_nouns_.match(words, j, limit)) head_kind = organization, head_len = m;
      else if (size_t d = media_nouns_.match(words, j, limit)) head_kind = media, head_len = d;
    }
    if (head_len) {
      head = j;
      break;
    }
    if (!has_determiner) return std::nullopt;
  }
  if (!head_len) return std::nullopt;
  // Complements of the head ("de Russie à Washington", "proche du dossier"),
  // up to a verb, a clause word or punctuation.
  size_t end = head + head_len;
  size_t last_role = head;  // the role noun nearest the end: a trailing name belongs to it
  while (end < limit && end - i < kMaxPhrase && !stops_phrase(words, end) && !starts_other_phrase(words, end)) {
    // A finite verb ends it: "The central bank introduced new measures"; not a
    // participle and its complement: "an official involved in the talks".
    if (words.is_word(end) && !words.capitalized(end) &&
        (speech_.is_finite_marker(words[end]) ||
         (speech_.looks_finite(words[end]) && !(end + 1 < limit && is(words, end + 1, WordClass::preposition)))))
      break;
    if (end > head && is(words, end, WordClass::head_start) && role_nouns_.match(words, end, limit)) last_role = end;
    // A name not introduced by a preposition or article closes the phrase:
    // "Senator John Smith spoke", "le ministre français Jean Dupont a".
    if (name_word(words, end) &&
        !is(words, end - 1, WordClass::particle | WordClass::determiner | WordClass::preposition)) {
      SpeakerKind ignored;
      if (!lexicon_entity(words, end, limit, ignored)) {
        end = name_run(words, end, limit);
        break;
      }
    }
    ++end;
  }
  // An institution's noun before a role, with no preposition between, is a
  // modifier of the role: "campaign spokesman Brian Fallon", "police Chief Chuck Jordan".
  if (head_kind != role && last_role != head) {
    bool compound = true;
    for (size_t k = head + head_len; k < last_role && compound; ++k)
      compound = words.is_word(k) && !is(words, k, WordClass::preposition | WordClass::determiner);
    if (compound) {
      head = last_role;
      head_len = role_nouns_.match(words, head, limit);
      head_kind = role;
    }
  }
  // A trailing name run inside the phrase: "Le vice-ministre des Affaires étrangères Sergueï Ryabkov".
  size_t name_start = end;
  while (name_start > head + head_len && name_word(words, name_start - 1)) {
    SpeakerKind ignored;
    if (lexicon_entity(words, name_start - 1, end, ignored)) break;
    --name_start;
  }
  // Introduced by an article or a preposition, the run's first word is the
  // complement's noun: "le ministre de la Culture", "de l'Intérieur Gérald Darmanin".
  if (name_start < end && name_start > head + head_len &&
      is(words, name_start - 1, WordClass::determiner | WordClass::preposition | WordClass::particle))
    ++name_start;
  size_t name_end = end;
  size_t phrase_end = end;
  // After a complement's common noun, the name is that noun's: "le préfet de la région Bretagne".
  auto names_complement = [&] {
    if (name_start < head + head_len + 3 || !words.is_word(name_start - 1) || words.capitalized(name_start - 1) ||
        !is(words, name_start - 2, WordClass::determiner))
      return false;
    for (size_t k = head + head_len; k < name_start - 2; ++k)
      if (is(words, k, WordClass::preposition)) return true;
    return false;
  };
  if (name_start < end && name_run(words, name_start, end) == end) {
    if (last_role != head || names_complement()) name_start = name_end = end;  // the name is the nested role's
  } else {
    name_start = name_end = end;
  }
  // An apposition: "l'ambassadeur de Russie à Washington, Anatoli Antonov",
  // closed by punctuation or the phrase's end; a name that a word follows
  // starts the next clause ("Selon une source, Verdanne a dû…").
  if (name_start == end && head_kind == role && end + 1 < limit && words.is_punct(end, u',')) {
    size_t run = name_run(words, end + 1, limit);
    SpeakerKind ignored;
    const bool closed = run >= limit || words.token(run).kind == TokenKind::punct;
    if (run > end + 1 && closed && !lexicon_entity(words, end + 1, limit, ignored)) {
      name_start = end + 1;
      name_end = run;
      phrase_end = run;
    }
  }
  Mention m;
  m.first = i;
  m.last = phrase_end;
  m.span = words.span(i, phrase_end);
  m.head = words[head].text;
  m.gender = role_gender(words, i, head);
  m.name = words.span(i, phrase_end);
  m.key = folded_of(words, m.span);
  const size_t role_first = has_determiner ? i + 1 : i;
  if (head_kind == organization) {
    m.kind = SpeakerKind::organization;
    return m;
  }
  if (head_kind == media) {
    m.kind = SpeakerKind::media;
    return m;
  }
  if (name_start < name_end) {
    size_t role_last = name_start;
    if (role_last > role_first && words.is_punct(role_last - 1, u',')) --role_last;
    if (role_last > role_first) m.role = words.span(role_first, role_last);
    m.name = words.span(name_start, name_end);
    m.key = words[name_end - 1].text;
    m.kind = SpeakerKind::person;
    return m;
  }
  if (phrase_end > role_first) m.role = words.span(role_first, phrase_end);
  const bool anonymous = is(words, i, WordClass::indefinite) || anonymous_nouns_.match(words, head, limit) || !has_determiner;
  m.kind = anonymous ? SpeakerKind::anonymous : SpeakerKind::person;
  m.form = anonymous ? MentionForm::anonymous : MentionForm::described;
  m.plural = words[head].size() > 1 && has_plural_ending(words[head]);
  return m;
}

std::optional<Mention> MentionFinder::single_at(const Words& words, size_t i, size_t limit) const {
  if (i >= limit || !words.is_word(i)) return std::nullopt;
  Mention m;
  m.first = i;
  // Pronouns, which the attribution stage resolves.
  if (is(words, i, WordClass::pronoun_start) && pronoun_at(words, i, limit, pronouns_, pronoun_info_, m)) return m;
  // Institutions, places and media, with or without their article.
  SpeakerKind kind;
  size_t len = lexicon_entity(words, i, limit, kind);
  if (!len && is(words, i, WordClass::definite) && lexicon_entity(words, i + 1, limit, kind)) {
    len = 1 + lexicon_entity(words, i + 1, limit, kind);
  }
  if (len) {
    m.last = i + len;
    // "Washington Post" is not "Washington": the longer name wins below.
    if (size_t run = name_run(words, i, limit); run > m.last && kind == SpeakerKind::place) len = 0;
  }
  if (len) {
    m.span = words.span(i, m.last);
    m.kind = kind;
    m.name = words.span(i, m.last);
    m.key = folded_of(words, m.span);
    // Compare names without their article: "le Kremlin" = "Kremlin".
    if (is(words, i, WordClass::definite) && m.last > i + 1) m.key = folded_of(words, words.span(i + 1, m.last));
    if (auto person = with_affiliated_role(words, m, limit)) return person;
    return m;
  }
  // Roles, with or without a name.
  if (auto role = role_phrase_at(words, i, limit)) return role;
  // A title before a name: "M. Antonov", "Dr Smith".
  if (const Gender* title = is(words, i, WordClass::title) ? titles_.find(words[i]) : nullptr) {
    size_t k = i + 1;
    if (words.is_punct(k, u'.')) ++k;
    size_t run = name_run(words, k, limit);
    if (run > k) {
      m.last = run;
      m.span = words.span(i, run);
      m.name = words.span(k, run);
      m.key = words[run - 1].text;
      m.gender = *title;
      return m;
    }
  }
  // "l'Alliance", "le Hamas": a name with an article is an institution.
  if (is(words, i, WordClass::definite)) {
    size_t run = name_run(words, i + 1, limit);
    if (run > i + 1) {
      m.last = run;
      m.span = words.span(i, run);
      m.kind = SpeakerKind::organization;
      m.name = words.span(i, run);
      m.key = folded_of(words, words.span(i + 1, run));
      return m;
    }
    return std::nullopt;
  }
  size_t run = name_run(words, i, limit);
  if (run == i) return std::nullopt;
  m.last = run;
  m.span = words.span(i, run);
  m.name = words.span(i, run);
  const bool acronym = run == i + 1 && words.token(i).has(token_flags::all_caps);
  m.kind = acronym ? SpeakerKind::organization : SpeakerKind::person;
  m.bare_name = run == i + 1 && !acronym;
  m.key = acronym ? words[i].text : words[run - 1].text;
  // "Obama's former campaign strategist": a possessive name is a description's determiner.
  if (const auto last = words[run - 1].text; last.size() > 2 && last.ends_with(u"'s")) {
    if (auto described = possessed_role(words, m, limit)) return described;
    m.key = last.substr(0, last.size() - 2);  // "Obama's" is Obama
  }
  // "in Accra", "en Bretagne": a lone name after a preposition of place is a place.
  if (m.bare_name && i > 0 && words.is_word(i - 1) && place_prepositions_.count(words[i - 1])) {
    m.kind = SpeakerKind::place;
    m.bare_name = false;
    return m;
  }
  if (auto person = with_affiliated_role(words, m, limit)) return person;
  if (auto institution = named_institution(words, m, limit)) return institution;
  return m;
}

std::optional<Mention> MentionFinder::named_institution(const Words& words, const Mention& name, size_t limit) const {
  auto kind_at = [&](size_t k, size_t& len) -> std::optional<SpeakerKind> {
    if (k >= limit || !words.is_word(k) || !is(words, k, WordClass::head_start)) return std::nullopt;
    if ((len = organization_nouns_.match(words, k, limit))) return SpeakerKind::organization;
    if ((len = media_nouns_.match(words, k, limit))) return SpeakerKind::media;
    return std::nullopt;
  };
  auto institution = [&](size_t end, SpeakerKind kind) {
    Mention m = name;
    m.last = end;
    m.span = words.span(name.first, end);
    m.name = m.span;
    m.kind = kind;
    m.bare_name = false;
    m.key = folded_of(words, m.span);
    return m;
  };
  size_t len = 0;
  const size_t run = name.last;
  // The noun ends the name: "Matatiele Local Municipality".
  if (run > name.first + 1)
    if (auto kind = kind_at(run - 1, len); kind && len == 1) return institution(run, *kind);
  // It follows in lower case, after a modifier at most: "Xinhua news agency".
  for (size_t k = run; k < run + 2 && k < limit && words.is_word(k) && !words.capitalized(k) &&
                       !words.token(k).has(token_flags::line_before) && !stops_phrase(words, k) &&
                       !is(words, k, WordClass::preposition | WordClass::determiner);
       ++k)
    if (auto kind = kind_at(k, len)) return institution(k + len, *kind);
  return std::nullopt;
}

std::optional<Mention> MentionFinder::possessed_role(const Words& words, const Mention& owner, size_t limit) const {
  constexpr size_t kModifierWords = 3;  // "former campaign"
  for (size_t k = owner.last; k < limit && k < owner.last + kModifierWords + 1; ++k) {
    if (!words.is_word(k) || stops_phrase(words, k) || is(words, k, WordClass::preposition | WordClass::determiner))
      return std::nullopt;
    const size_t len = is(words, k, WordClass::head_start) ? role_nouns_.match(words, k, limit) : 0;
    if (!len) continue;
    Mention m;
    m.first = owner.first;
    m.last = k + len;
    m.span = words.span(m.first, m.last);
    m.name = m.span;
    m.role = m.span;
    m.key = folded_of(words, m.span);
    m.head = words[k].text;
    m.gender = role_gender(words, k, k);
    m.form = MentionForm::described;
    m.kind = SpeakerKind::person;
    m.plural = words[k].size() > 1 && has_plural_ending(words[k]);
    return m;
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::with_affiliated_role(const Words& words, const Mention& employer,
                                                           size_t limit) const {
  // "Hinode Mart spokesman Kenji Watanabe", "White House spokeswoman Karine
  // Jean-Pierre": an institution, a role, a name. The person speaks; the
  // institution and the role are their role.
  // (A capitalised role too: "House Speaker Paul Ryan", after the institution the lexicons know.)
  if (employer.last >= limit || !words.is_word(employer.last)) return std::nullopt;
  auto person = role_phrase_at(words, employer.last, limit);
  if (!person || person->kind != SpeakerKind::person || person->form != MentionForm::named || !person->role)
    return std::nullopt;
  person->first = employer.first;
  person->span = words.span(employer.first, person->last);
  person->role = Span{employer.span.start, person->role->end};
  return person;
}

bool MentionFinder::could_start(const Words& words, size_t i) const {
  if (!words.is_word(i)) return false;
  return words.capitalized(i) || is(words, i, WordClass::may_start);
}

std::optional<Mention> MentionFinder::starting_at(const Words& words, size_t i, size_t limit) const {
  auto m = single_at(words, i, limit);
  if (!m || m->form == MentionForm::pronoun) return m;
  // "CNN et Politico", "les États-Unis et l’Alliance": one speaker, a group.
  if (m->last + 1 < limit && words.is_word(m->last) && is(words, m->last, WordClass::coordinator)) {
    auto other = single_at(words, m->last + 1, limit);
    if (other && other->form == MentionForm::named && m->form == MentionForm::named) {
      Mention group = *m;
      group.last = other->last;
      group.span = words.span(i, group.last);
      group.name = words.span(i, group.last);
      group.key = folded_of(words, group.span);
      group.kind = other->kind == m->kind ? m->kind : SpeakerKind::organization;
      group.role.reset();
      group.plural = true;
      return group;
    }
  }
  return m;
}

std::optional<Mention> MentionFinder::pronoun(const Words& words, Span span) const {
  // Single-word pronouns only: an inverted pronoun is one word.
  const PronounInfo* info = pronoun_info_.find(vocabulary_, folded_of(words, span));
  if (!info) return std::nullopt;
  Mention m;
  m.span = span;
  m.form = MentionForm::pronoun;
  m.name = span;
  m.plural = info->plural;
  m.gender = info->gender;
  m.refers = info->refers;
  m.latest = info->latest;
  return m;
}

std::optional<Mention> MentionFinder::noun_phrase_at(const Words& words, size_t i, size_t limit) const {
  if (i >= limit || !words.is_word(i)) return std::nullopt;
  const bool definite = is(words, i, WordClass::definite);
  if (!definite && !is(words, i, WordClass::indefinite)) return std::nullopt;
  // Lower-case words and "de"/"of" complements, up to punctuation, a verb,
  // a clause word, another preposition, another phrase or a name.
  // Modifiers before the head: names, numbers and their hyphens ("the New
  // York businessman", "the 34-year-old mother of three").
  auto glued_hyphen = [&](size_t k) {
    return words.is_punct(k, u'-') && !words.token(k).has(token_flags::space_before) && k + 1 < limit &&
           !words.token(k + 1).has(token_flags::space_before);
  };
  size_t start = i + 1;
  while (start < limit && start - i <= kMaxModifierNames && !words.token(start).has(token_flags::line_before) &&
         (words.capitalized(start) || words.token(start).kind == TokenKind::number || glued_hyphen(start)) &&
         !is(words, start, WordClass::never_name))
    ++start;
  if (start > i + 1 && (start >= limit || !words.is_word(start) || words.capitalized(start))) start = i + 1;
  size_t end = start;
  while (end < limit && end - i < kMaxNounPhrase &&
         ((words.is_word(end) && !words.capitalized(end) && !stops_phrase(words, end) &&
           !words.token(end).has(token_flags::line_before) &&
           (!is(words, end, WordClass::preposition) || is(words, end, WordClass::complement_preposition)) &&
           !starts_other_phrase(words, end)) ||
          (end > start && glued_hyphen(end))))
    ++end;
  while (end > start && is(words, end - 1, WordClass::complement_preposition | WordClass::determiner)) --end;
  if (end == start) return std::nullopt;
  size_t head = start;
  while (head + 1 < end && is(words, head, WordClass::prenominal_adjective)) ++head;
  Mention m;
  m.first = i;
  m.head = words[head].text;
  m.gender = role_gender(words, i, head);
  m.kind_known = false;
  size_t phrase_end = end;
  // A name in apposition or right after: "la veuve de la victime, Karine
  // Dufour", "le cinéaste américain Warren Pike".
  size_t name_first = end < limit && words.is_punct(end, u',') ? end + 1 : end;
  if (size_t run = name_run(words, name_first, limit); run > name_first + 1 || (run > name_first && name_first == end)) {
    m.role = words.span(i + 1, end);
    m.name = words.span(name_first, run);
    m.key = words[run - 1].text;
    m.kind = SpeakerKind::person;
    m.kind_known = true;
    m.form = MentionForm::named;
    phrase_end = run;
  } else {
    m.name = words.span(i, end);
    m.key = folded_of(words, words.span(i, end));
    m.role = words.span(i + 1, end);
    m.form = definite ? MentionForm::described : MentionForm::anonymous;
    m.kind = definite ? SpeakerKind::person : SpeakerKind::anonymous;
    m.plural = words[head].size() > 2 && has_plural_ending(words[head]);
  }
  m.last = phrase_end;
  m.span = words.span(i, phrase_end);
  return m;
}

bool MentionFinder::role_word(const Words& words, size_t i) const {
  return words.is_word(i) && (is(words, i, WordClass::title) ||
                              (is(words, i, WordClass::head_start) && role_nouns_.match(words, i, i + 1)));
}

bool MentionFinder::modifier(const Words& words, size_t i) const {
  const Token& t = words.token(i);
  if (t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::punct) {
    // "Anti-Fraud", "9/11"; the period of an abbreviation ("Gov.", "U.S.").
    if (t.has(token_flags::space_before)) return false;
    if (words.is_punct(i, u'-') || words.is_punct(i, u'/')) return true;
    return words.is_punct(i, u'.') && i > 0 && words.is_word(i - 1) &&
           (words[i - 1].size() == 1 || is(words, i - 1, WordClass::title));
  }
  return !stops_phrase(words, i) && !is(words, i, WordClass::preposition | WordClass::determiner) &&
         !is(words, i, WordClass::pronoun_start);
}

std::optional<Mention> MentionFinder::premodified_name(const Words& words, size_t first, size_t end) const {
  if (end <= first + 1 || end - first > kMaxModifiers + kMaxNameTokens) return std::nullopt;
  size_t from = first;
  if (is(words, from, WordClass::definite)) ++from;  // "the Tulsa police chief Chuck Jordan"
  for (size_t k = from; k < end; ++k)
    if (!modifier(words, k) || (k > first && words.token(k).has(token_flags::line_before))) return std::nullopt;
  // The name: the shortest run to the end that holds no role or title ("President Mike Galime").
  size_t name = end;
  while (name > from + 1 && !role_word(words, name - 1) &&
         (name_word(words, name - 1) || words.is_punct(name - 1, u'.') ||
          (words[name - 1].size() == 1 && words.capitalized(name - 1))))  // "Julie A. Diaz"
    --name;
  while (name < end && !name_word(words, name)) ++name;
  if (name >= end || name <= from || name_run(words, name, end) != end) return std::nullopt;
  // The modifiers hold a role, a title or a common noun ("9/11 widow"): not
  // only capitalised words, which would be a name of their own.
  bool described = false;
  for (size_t k = from; k < name && !described; ++k)
    described = role_word(words, k) || (words.is_word(k) && !words.capitalized(k));
  if (!described) return std::nullopt;
  Mention m;
  m.first = first;
  m.last = end;
  m.span = words.span(first, end);
  m.name = words.span(name, end);
  m.role = words.span(from, name);
  m.key = words[end - 1].text;
  m.kind = SpeakerKind::person;
  for (size_t k = from; k < name; ++k) {
    if (const Gender* g = gendered_role_nouns_.find(words[k])) m.gender = *g;
    if (role_word(words, k) && !is(words, k, WordClass::title)) m.head = words[k].text;  // "le président" refers back to it
  }
  return m;
}

std::optional<Mention> MentionFinder::premodified_name_at(const Words& words, size_t i, size_t limit) const {
  size_t end = i + (i < limit && is(words, i, WordClass::definite) ? 1 : 0);
  while (end < limit && end - i < kMaxModifiers + kMaxNameTokens && modifier(words, end) &&
         !(end > i && words.token(end).has(token_flags::line_before)))
    ++end;
  for (; end > i + 1; --end)
    if (auto m = premodified_name(words, i, end)) return m;
  return std::nullopt;
}

std::optional<Mention> MentionFinder::with_premodifiers(const Words& words, const Mention& m, size_t floor) const {
  if (m.form != MentionForm::named || m.kind != SpeakerKind::person || m.first <= floor) return std::nullopt;
  size_t start = m.first;
  while (start > floor && m.first - start < kMaxModifiers && modifier(words, start - 1) &&
         !words.token(start).has(token_flags::line_before))
    --start;
  if (start > floor && is(words, start - 1, WordClass::definite)) --start;
  if (start == m.first) return std::nullopt;
  // The modifiers open a clause: the floor, punctuation or a clause word
  // before them ("that", "and"; not "not", which a verb follows).
  if (start > floor && words.is_word(start - 1)) {
    const Word w = words[start - 1];
    if (!speech_.is_complementizer(w) && !speech_.is_clause_stop(w) && !is(words, start - 1, WordClass::coordinator))
      return std::nullopt;
  }
  if (start > floor && (words.is_punct(start - 1, u'\'') || words.is_punct(start - 1, u'\u2019'))) return std::nullopt;
  return premodified_name(words, start, m.last);
}

bool MentionFinder::has_plural_ending(std::u16string_view folded_word) const {
  return std::any_of(plural_endings_.begin(), plural_endings_.end(),
                     [&](const std::u16string& ending) { return folded_word.ends_with(ending); });
}

std::optional<Mention> MentionFinder::bare_group(const Words& words, size_t first, size_t end) const {
  // "Consumer advocates", "Local residents", "Plusieurs investisseurs": a short
  // plural noun phrase that opens its clause, capitalised only as its first word.
  constexpr size_t kMaxBareGroup = 3;
  if (end <= first || end - first > kMaxBareGroup) return std::nullopt;
  for (size_t k = first; k < end; ++k) {
    // (A plural head that is also a verb's form: "various reports alleged", "opposition demands".)
    const bool noun_head = k + 1 == end && k > first && !is(words, k, WordClass::stops);
    if (!words.is_word(k) || (stops_phrase(words, k) && !noun_head) || is(words, k, WordClass::preposition) ||
        pronouns_.match(words, k, k + 1))
      return std::nullopt;
    if (k > first && words.capitalized(k)) return std::nullopt;
    if (not_names_.count(words[k]) && !is(words, k, WordClass::indefinite)) return std::nullopt;
  }
  // Shorter words ending like a plural are mostly not plurals ("bus", "pas").
  constexpr size_t kMinPluralLength = 4;
  const auto head = words[end - 1];
  if (head.size() < kMinPluralLength || !has_plural_ending(head)) return std::nullopt;
  Mention m;
  m.first = first;
  m.last = end;
  m.span = words.span(first, end);
  m.name = m.span;
  m.key = folded_of(words, m.span);
  m.head = head.text;
  m.form = MentionForm::anonymous;
  m.kind = SpeakerKind::anonymous;
  m.kind_known = false;
  m.plural = true;
  return m;
}

std::optional<Mention> MentionFinder::noun_phrase_ending_at(const Words& words, size_t end, size_t floor) const {
  if (end == 0 || end <= floor) return std::nullopt;
  const size_t from = end - floor > kMaxPhrase ? end - kMaxPhrase : floor;
  for (size_t s = from; s < end; ++s) {
    // The phrase opens a clause: after punctuation, "but", "and", "that".
    if (s != floor && !words.is_punct(s - 1, u',') && !words.is_punct(s - 1, u':')) continue;
    auto m = noun_phrase_at(words, s, end);
    if (m && m->last == end) return m;
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::ending_at(const Words& words, size_t end, size_t floor) const {
  if (end == 0 || end <= floor) return std::nullopt;
  const size_t from = end - floor > kMaxPhrase ? end - kMaxPhrase : floor;
  for (size_t s = from; s < end; ++s) {
    if (!could_start(words, s)) continue;
    auto m = starting_at(words, s, end);
    if (m && m->last == end) return m;
  }
  return std::nullopt;
}

}  // namespace dixit
