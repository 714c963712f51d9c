#include "attribution/attributor.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "attribution/confidence.h"
#include "document.h"
#include "lang/language.h"
#include "speakers/speaker_registry.h"
#include "text/fold.h"

namespace dixit {

namespace {

constexpr size_t kAppositionWindow = 16;  // tokens of ", confirmant l'information auprès de la chaîne,"
// After a quote, a subject with a long apposition: "“…,” Scott Pruitt, the
// Republican attorney general of Oklahoma, one of the states suing, said".
constexpr size_t kSubjectWindow = 32;
constexpr uint32_t kContinuityReach = 600;  // UTF-16 units from one quote to a floating one it continues
constexpr size_t kTitleWords = 8;           // a title in quote marks: « La Saison des cendres »
constexpr size_t kTitleCaseWords = 12;      // one in Title Case: "Shake, Rattle and Ride: Rock 'n' Roll, 1954-1964"

// A comma before token g, or the comma a quote closed on just before it ("“…,” adding").
bool comma_before(const Words& words, size_t g) {
  if (g == 0) return false;
  if (words.is_punct(g - 1, u',')) return true;
  return g >= 2 && words.token(g - 1).kind == TokenKind::punct &&
         u_hasBinaryProperty(words.doc().text[words.token(g - 1).start], UCHAR_QUOTATION_MARK) &&
         words.is_punct(g - 2, u',');
}

// A dash that sets off a clause: "— as was true for years — she boasted".
bool is_dash(const Words& words, size_t i) {
  return words.is_punct(i, u'\u2014') || words.is_punct(i, u'\u2013') || words.is_punct(i, u'\u2015');
}

}  // namespace

struct Attributor::DirectQuote {
  size_t first, last;  // tokens, marks included
  bool used = false;
  bool capped = false;  // opened and never closed
};

struct Attributor::Claim {
  Quote quote;
  std::optional<Mention> speaker;
  bool floating = false;
  bool guessed = false;  // the speaker comes from the sentence before, not from a cue
  bool interviewee = false;  // an answer in an interview: the person it is with
  bool labelled = false;     // the speaker is a label or signature, not the subject of a cue
  // For a quote standing alone inside a paragraph: the subject of its sentence
  // or of the sentence before ("Il croit que le club méritait mieux. « … »").
  std::optional<Mention> context;
  // A belief ("il croit que …"): not a quote, but its speaker is the person the
  // next unattributed quote continues; dropped once speakers are resolved.
  bool belief = false;
  std::optional<size_t> entity;  // in the article's SpeakerRegistry
};

Attributor::Attributor(const Language& lang)
    : speech_(lang, vocabulary_),
      mentions_(lang, speech_, vocabulary_),
      cues_(speech_, vocabulary_, mentions_.determiners(), mentions_.prepositions()),
      reported_(speech_, mentions_.determiners(), mentions_.prepositions()),
      interview_(speech_),
      labels_(mentions_, speech_),
      unknown_verbs_(mentions_, speech_),
      subjects_(mentions_, speech_) {}

std::optional<Mention> Attributor::document_author(const Words& words, size_t i, size_t last) const {
  // "selon le communiqué de la préfecture", "selon un nouveau bilan communiqué
  // par la préfecture": the source is who issued the statement, when the text says.
  constexpr size_t kBeforeNoun = 4, kAfterNoun = 3;
  size_t noun = i;
  while (noun < last && noun < i + kBeforeNoun && words.is_word(noun) && !mentions_.is_statement_noun(words[noun])) ++noun;
  if (noun >= last || !words.is_word(noun) || !mentions_.is_statement_noun(words[noun])) return std::nullopt;
  for (size_t k = noun + 1; k + 1 < last && k <= noun + kAfterNoun && words.is_word(k); ++k)
    if (mentions_.is_preposition(words[k]))
      if (auto m = mentions_.starting_at(words, k + 1, last); m && m->form != MentionForm::pronoun) return m;
  return std::nullopt;
}

std::optional<Mention> Attributor::speaker_of(const Words& words, const Cue& cue, size_t first, size_t last) const {
  if (cue.inverted_pronoun) {
    // "souligne-t-on du côté de la direction", "explique-t-on à la mairie":
    // the impersonal pronoun speaks for the body the phrase after it names.
    if (speech_.is_impersonal_pronoun(text::folded(words.doc().slice(*cue.inverted_pronoun))))
      if (size_t len = speech_.impersonal_sources().match(words, cue.after, last)) {
        if (auto m = mentions_.starting_at(words, cue.after + len, last); m && m->form != MentionForm::pronoun) return m;
        if (auto m = mentions_.noun_phrase_at(words, cue.after + len, last)) return m;
      }
    return mentions_.pronoun(words, *cue.inverted_pronoun);
  }
  // After the cue: "selon X", "comme l'a noté X", "déclare X", "said X".
  auto after = [&](size_t i) -> std::optional<Mention> {
    auto m = mentions_.starting_at(words, i, last);
    // "said Tulsa police Chief Chuck Jordan", "said 9/11 widow Terry Strada".
    if (!m || m->form != MentionForm::pronoun)
      if (auto longer = mentions_.premodified_name_at(words, i, last); longer && (!m || longer->last > m->last))
        return longer;
    if (m) return m;
    if (cue.kind == CueKind::according_to)
      if (auto object = mentions_.object_pronoun_at(words, i, last)) return object;  // "selon lui"
    return mentions_.noun_phrase_at(words, i, last);
  };
  if (cue.kind == CueKind::according_to) {
    if (auto author = document_author(words, cue.after, last)) return author;
    return after(cue.after);
  }
  if (cue.kind == CueKind::as_clause) return after(cue.word + 1);
  // "La Commission de régulation de l'énergie (CRE) a proposé", "Sen. Jo
  // Smith (D-Ill.), noting…, said": a subject ends before the acronym or
  // affiliation in parentheses that follows it.
  auto before_parenthesis = [&](size_t end) {
    constexpr size_t kMaxParenthesis = 6;
    if (end > first + 2 && words.is_punct(end - 1, u')'))
      for (size_t k = end - 2; k > first && k + kMaxParenthesis >= end; --k)
        if (words.is_punct(k, u'(')) return k;
    return end;
  };
  size_t g = before_parenthesis(cue.group_first);
  auto ending = [&](size_t end) -> std::optional<Mention> {
    if (auto m = mentions_.ending_at(words, end, first)) return m;
    return mentions_.noun_phrase_ending_at(words, end, first);
  };
  // "X, qui a affirmé que", "Crestline, which had argued that": the antecedent.
  const bool relative = g > first && speech_.is_relative_pronoun(words[g - 1]);
  if (relative) {
    if (auto m = ending(g - 1)) return m;
    // "St-Louis ne fait pas exception, lui qui dit": the stressed pronoun, resolved later.
    if (g >= first + 2)
      if (auto m = mentions_.object_pronoun_at(words, g - 2, g - 1)) return m;
    if (g - 1 > first && words.is_punct(g - 2, u',')) g = g - 1;  // then as for "X, <insertion>, verb"
    else return std::nullopt;
  }
  if (auto m = mentions_.ending_at(words, g, first)) {
    // "Tulsa police Chief Chuck Jordan said": the modifiers are the person's role.
    if (auto longer = mentions_.with_premodifiers(words, *m, first)) return longer;
    return m;
  }
  // "X, <insertion>, verb": the subject is before the insertion, unless the
  // insertion is the subject's own apposition ("l'ambassadeur de Russie à
  // Washington, Anatoli Antonov, a dénoncé"; "Le Département d’État,
  // confirmant l’information auprès de la chaîne, a souligné"). The
  // insertion starts at its first comma: "Meridian, based in Huntsville, Alabama, said".
  // A participle after a comma has the sentence's subject, found by the caller
  // (shares_subject): "X urged women to vote for Y, saying" is X's.
  if (cue.present_participle && g > first && comma_before(words, g)) return std::nullopt;
  if (g > first + 1 && words.is_punct(g - 1, u',')) {
    const size_t clause = subjects_.clause_start(words, first, g - 1);
    auto ending_from = [&](size_t end) -> std::optional<Mention> {
      if (auto m = mentions_.ending_at(words, end, clause)) return m;
      return mentions_.noun_phrase_ending_at(words, end, clause);
    };
    const size_t start = g > clause + kAppositionWindow ? g - kAppositionWindow : clause + 1;
    size_t p = start;
    while (p < g - 1 && !words.is_punct(p, u',')) ++p;
    const bool insertion = p < g - 1;
    // A mention before the comma that does not open the clause is the end of
    // a clause, not its subject, when the verb closes the sentence with a
    // subject of its own: "Le président remaniera le gouvernement, a affirmé le
    // ministre", "…avant l'examen du budget, à l'automne, a révélé Le Figaro mercredi".
    // (A mention right after a comma or at the clause's start opens a subject:
    // "Lundi, le PDG, Luca de Meo, a annoncé la fermeture".)
    auto subject_or_inverted = [&](std::optional<Mention> m) {
      if (m && m->first > clause && !relative && words.is_word(m->first - 1))
        if (auto inverted = closing_inverted_subject(words, cue, last)) return inverted;
      return m;
    };
    auto closing = mentions_.ending_at(words, before_parenthesis(g - 1), clause);
    if (closing && (!insertion || closing->first < p)) return subject_or_inverted(closing);
    // An "insertion" with a verb group of its own is a clause that the verb
    // closes, with its subject after it: "Le maire, ancien ministre, a renoncé
    // au projet, a affirmé X".
    if (insertion && !relative)
      for (size_t k = p + 1; k + 1 < g; ++k)
        if (words.is_word(k) && speech_.is_auxiliary(words[k]))
          if (auto inverted = closing_inverted_subject(words, cue, last)) return inverted;
    if (insertion)
      for (; p < g - 1; ++p)
        if (words.is_punct(p, u','))
          if (auto m = ending_from(before_parenthesis(p))) return subject_or_inverted(m);
    if (closing) return subject_or_inverted(closing);
  }
  if (auto m = mentions_.noun_phrase_ending_at(words, g, first)) return m;
  // "Consumer advocates said", "…, traders said": a bare group opens its clause
  // (a few words: the walk back is bounded, for sentences without commas).
  constexpr size_t kBareGroupWords = 4;
  size_t group_first = g;
  while (group_first > first && g - group_first < kBareGroupWords && !words.is_punct(group_first - 1, u','))
    --group_first;
  if (group_first == first || words.is_punct(group_first - 1, u','))
    if (auto m = mentions_.bare_group(words, group_first, g)) return m;
  // "Clinton emphatically proclaimed": an adverb the lexicons do not know
  // between a name or a pronoun opening the clause and the verb.
  if (g > first + 1 && words.is_word(g - 1) && !words.capitalized(g - 1) && !mentions_.could_start(words, g - 1) &&
      !mentions_.is_preposition(words[g - 1]) && !speech_.is_auxiliary(words[g - 1]) &&
      !speech_.is_complementizer(words[g - 1]) && !speech_.is_clause_stop(words[g - 1]) &&
      !mentions_.is_coordinator(words[g - 1]))
    if (auto m = mentions_.ending_at(words, g - 1, first);
        m && (m->form == MentionForm::named || m->form == MentionForm::pronoun) && opens_clause(words, m->first, first))
      return m;
  // Inverted subject: "déclare X", "said X", "a annoncé jeudi le ministre";
  // not the subject of a clause ("…OPEC+ said it would extend").
  if (g == first || !words.is_word(g - 1)) {
    auto m = after(cue.after);
    if (m && m->form == MentionForm::pronoun && words.is_word(m->last) && speech_.is_finite_marker(words[m->last]))
      return std::nullopt;
    if (!m) m = subjects_.subject_after_complements(words, cue.after, last);
    return m;
  }
  return std::nullopt;
}

void Attributor::run(const Document& doc, const std::vector<Amount>& amounts, std::vector<Quote>& quotes,
                     std::vector<Speaker>& speakers) const {
  const Words words(doc, vocabulary_);
  std::vector<Claim> claims;
  std::vector<bool> is_turn;
  merge_coordinated(doc, words, quotes);
  add_turns(words, quotes, claims, is_turn);
  std::vector<DirectQuote> direct;
  direct.reserve(quotes.size());
  for (size_t q = 0; q < quotes.size(); ++q) {
    auto [a, b] = doc.tokens_in(quotes[q].span);
    // A nickname inside a name is no one's words: Marcia "Cia" Price.
    direct.push_back({a, b, is_turn[q] || is_nickname(words, a, b), quotes[q].capped});
  }
  std::vector<Cue> cues;
  std::vector<std::optional<Mention>> cue_speakers;
  size_t next_direct = 0;  // first direct quote not ending before the current sentence
  std::vector<size_t> sentences_with_cue;  // first tokens of the sentences with a cue outside quotes, in order

  for (const Span& sentence : doc.sentences) {
    auto [sf, sl] = doc.tokens_in(sentence);
    if (sf >= sl) continue;
    while (next_direct < direct.size() && direct[next_direct].last <= sf) ++next_direct;
    cues_.find(words, sf, sl, cues);
    if (std::any_of(cues.begin(), cues.end(), [&](const Cue& cue) { return !direct_around(direct, next_direct, cue.word); }))
      sentences_with_cue.push_back(sf);
    // Each cue's own subject, once: the cue uses it, and so do the cues before
    // it, to know where their content stops.
    cue_speakers.clear();
    for (const Cue& cue : cues) cue_speakers.push_back(speaker_of(words, cue, sf, sl));
    std::optional<Mention> sentence_speaker;  // the last speaker found in this sentence
    for (size_t c_index = 0; c_index < cues.size(); ++c_index) {
      const Cue& cue = cues[c_index];
      // A verb inside a quote is the speaker's word, not a cue; an incise is
      // the reporter's: "« Je n'ai jamais voulu sa mort, a-t-il dit, je voulais… »".
      if (auto d = direct_around(direct, next_direct, cue.word)) {
        if (!direct[*d].used && cue.kind == CueKind::verb && cue.inverted_pronoun && cue.group_first > direct[*d].first &&
            words.is_punct(cue.group_first - 1, u',')) {
          direct[*d].used = true;
          Claim c;
          c.quote = quotes[*d];
          c.speaker = mentions_.pronoun(words, *cue.inverted_pronoun);
          c.quote.cue = cue.span;
          claims.push_back(std::move(c));
        }
        continue;
      }
      // A verb that opens its sentence without a subject of its own is an
      // imperative or a participle clause: "Describe your book in one
      // sentence.", "Asked if he was worried, Smith said…".
      if (cue.kind == CueKind::verb && cue.group_first == sf && !cue.inverted_pronoun && !cue.present_participle &&
          !cue.infinitive)
        continue;
      auto speaker = cue_speakers[c_index];
      // "Pour Mathias Fekl, …": only a person's full name or a body's, and its
      // comma, make "pour" a source ("Pour Noël, la ville…" does not).
      if (cue.named_source &&
          !(speaker && speaker->form == MentionForm::named && speaker->first == cue.after &&
            words.is_punct(speaker->last, u',') &&
            ((speaker->kind == SpeakerKind::person && speaker->last >= speaker->first + 2) ||
             speaker->kind == SpeakerKind::organization)))
        continue;
      // A present participle has no subject after it: what follows is its
      // clause ("…, saying the government had been ready").
      if (cue.present_participle && speaker && speaker->first >= cue.after) speaker.reset();
      // "…, rappelant que", "et a appelé", "avant de rappeler que", "and said":
      // the subject of the sentence's earlier verb, or the sentence's own.
      if (!speaker && shares_subject(words, cue, sf)) {
        speaker = sentence_speaker;
        if (!speaker) speaker = subjects_.inverted_pronoun_before(words, sf, cue.group_first);
        if (!speaker) {
          // After a quote that opens the sentence: "“…,” Blige sings to him before asking, “…”".
          size_t subject_first = sf;
          if (next_direct < direct.size() && direct[next_direct].first == sf && direct[next_direct].last < cue.group_first) {
            subject_first = direct[next_direct].last;
            while (subject_first < cue.group_first && words.is_punct(subject_first, u',')) ++subject_first;
          }
          speaker = subjects_.sentence_subject(words, subject_first, cue.group_first);
        }
      }
      // "J'invite les partis…", "I asked him whether": outside quote marks the
      // first person is the writer's voice, or a speaker the marks left; no one
      // named outside a quote.
      if (cue.kind == CueKind::verb && cue.group_first > sf && words.is_word(cue.group_first - 1) &&
          speech_.is_first_person(words[cue.group_first - 1]))
        continue;
      if (speaker) sentence_speaker = speaker;
      const size_t speaker_end = speaker && speaker->last > cue.word ? speaker->last : cue.after;
      // A direct quote right after the cue: "a déclaré : « … »", "a dit « … »".
      const size_t k = first_direct_from(direct, next_direct, cue.after);
      auto content = reported_.content(words, cue, sf, sl, speaker_end);
      if (k < direct.size() && !direct[k].used && !cue.verb.belief) {
        size_t gap = cue.after;
        if (cue.kind != CueKind::verb) gap = speaker_end;
        while (gap < direct[k].first && (words.is_punct(gap, u':') || words.is_punct(gap, u','))) ++gap;
        const bool adjacent = gap == direct[k].first;
        // "told reporters, “…”", "a affirmé en conférence de presse : « … »".
        const bool after_complement =
            !adjacent && (cue.kind == CueKind::verb ? subjects_.complement_then_quote(words, gap, direct[k].first)
                                                    : subjects_.apposition_then_quote(words, gap, direct[k].first));
        // "she said:⏎⏎“…”": after a colon, the quote may open the next paragraph.
        const bool reached = direct[k].first < sl || ((adjacent || after_complement) &&
                                                      colon_between(words, cue.after, direct[k].first));
        // (A quote of several sentences fills its clause too: "explique que, « A. B. »".)
        const bool fills_clause = content && content->first == direct[k].first &&
                                  (direct[k].last >= sl || ReportedSpeech::trim_end(words, direct[k].last, sl) == direct[k].last);
        if (reached && (adjacent || after_complement || fills_clause)) {
          direct[k].used = true;
          Claim c;
          c.quote = quotes[k];
          c.speaker = speaker;
          c.quote.cue = cue.span;
          // The quoted words as a strong verb's object, not a sentence of the
          // speaker's: "a dénoncé « un déni de démocratie »", "called it “an insult”"
          // (but "a dit « oui »" quotes).
          if (adjacent && (cue.verb.strong || cue.verb.quoted_object) && !colon_between(words, cue.after, direct[k].first) &&
              starts_lower(words, direct[k]))
            c.quote.type = QuoteType::mixed;
          // A quotation built into the sentence after que/that is mixed
          // (EVAL_FORMAT): "a confirmé que « les changements… »".
          if (fills_clause && content->introduced_by_clause && content->first > cue.after &&
              words.is_word(content->first - 1) && speech_.is_complementizer(words[content->first - 1]))
            c.quote.type = QuoteType::mixed;
          claims.push_back(std::move(c));
          continue;
        }
      }
      if (!content && !(k < direct.size() && direct[k].first < sl && direct[k].first <= cue.after)) {
        // Content before the cue: "The cause was heart failure, his family said."
        std::optional<std::pair<size_t, size_t>> subject;
        if (speaker && speaker->last > speaker->first) subject = std::pair{speaker->first, speaker->last};
        // A mention that ends the clause before ", verb" without opening a
        // clause of its own is that clause's last words, not the verb's
        // subject: "…une dette de 120 % du PIB, rapporte RFI", "…, indique un
        // communiqué". The verb closes the sentence; its subject follows it.
        const bool clause_end = speaker && speaker->last + 1 == cue.group_first && words.is_punct(speaker->last, u',') &&
                                words.is_word(cue.after) && !speech_.is_tail_opener(words[cue.after]) &&
                                speaker->first > sf && !words.is_punct(speaker->first - 1, u',') &&
                                !(words.is_word(speaker->first - 1) && mentions_.is_coordinator(words[speaker->first - 1]));
        if (clause_end) subject.reset();
        content = reported_.preposed(words, cue, sf, sl, subject);
        if (content && clause_end) {
          speaker = closing_inverted_subject(words, cue, sl);
          if (!speaker) speaker = mentions_.noun_phrase_at(words, cue.after, sl);
        }
        if (content) {
          // A direct quote alone before the cue is the next step's ("« … »,
          // a-t-il dit"); a clause with a cue of its own is not this cue's content.
          auto d = direct_around(direct, next_direct, content->first);
          if (d && ReportedSpeech::trim_end(words, direct[*d].first, content->last) <= direct[*d].last) continue;
          // So is a quote closing the clause right before the cue ("Remaniement : « … », assure X").
          if (direct_around(direct, next_direct, content->last - 1)) continue;
          // A verb with a clause of its own inside it: "X said that A, Y said" is
          // not Y's; "Two men were charged with robbing…, police said" is.
          // (Emscripten's clang 14 cannot capture a structured binding: the sentence's bounds are copied.)
          if (std::any_of(cues_from(cues, content->first), cues_from(cues, content->last),
                          [&, first = sf, last = sl](const Cue& other) {
                auto own = reported_.content(words, other, first, last, other.after);
                return own && own->introduced_by_clause;
              }))
            continue;
          content->introduced_by_clause = true;
        }
      }
      if (!content) continue;
      // Present participles after a comma report only a clause: "…, affirmant que".
      if (cue.present_participle && cue.group_first > sf && comma_before(words, cue.group_first) &&
          !content->introduced_by_clause)
        continue;
      Claim c;
      c.speaker = speaker;
      c.quote.cue = cue.span;
      c.quote.type = content->type;
      // The content stops where the next cue of the sentence starts its own
      // clause: "Kessler said A, but she warned that B". Not a content before
      // its cue, which reports all of it ("X se serait levé, aurait dit « … »
      // et serait parti, a rapporté le témoin").
      if (content->first > cue.word) cut_at_next_cue(words, cues, cue_speakers, c_index, *content);
      if (content->last <= content->first) continue;  // "Selon, , a révélé": nothing left to report
      c.quote.span = words.span(content->first, content->last);
      // Quoted words inside the content, as a mixed quote of their own.
      auto fragment = [&](size_t d) {
        Claim f;
        f.quote = quotes[d];
        f.speaker = speaker;
        f.quote.type = QuoteType::mixed;
        f.quote.cue = cue.span;
        return f;
      };
      if (cue.verb.belief) {
        // Quoted words inside a belief are still the believer's: "il pense que « … »".
        for (size_t d = first_direct_ending_after(direct, next_direct, content->first);
             d < direct.size() && direct[d].first < content->last; ++d) {
          if (direct[d].used || direct[d].last <= content->first || looks_like_title(words, direct[d])) continue;
          direct[d].used = true;
          claims.push_back(fragment(d));
        }
        c.belief = true;
        if (speaker) claims.push_back(std::move(c));
        continue;
      }
      bool keep_content = true;
      for (size_t d = first_direct_ending_after(direct, next_direct, content->first);
           d < direct.size() && direct[d].first < content->last; ++d) {
        if (direct[d].used || direct[d].last <= content->first) continue;
        // A quote with a cue of its own ("…, the lawyer replied, “…”", "…: “…,”
        // the union wrote.") is that cue's: the content stops before it.
        if (auto stop = own_cue_start(words, cues, c_index, direct[d], content->first)) {
          content->last = ReportedSpeech::trim_end(words, content->first, *stop);
          if (content->last <= content->first + 1) keep_content = false;
          else c.quote.span = words.span(content->first, content->last);
          break;
        }
        direct[d].used = true;
        if (looks_like_title(words, direct[d])) continue;  // "les droits de « La Saison des cendres »"
        if (content->introduced_by_clause || content->type == QuoteType::according_to) {
          c.quote.type = QuoteType::mixed;
        } else {
          // Quoted words inside a verb's object: only they are the speaker's.
          claims.push_back(fragment(d));
          keep_content = false;
        }
      }
      if (keep_content) claims.push_back(std::move(c));
    }
  }

  // Direct quotes with the cue after them: "« … », a-t-il dit", "“…,” she said",
  // "« … » : Moscou explique …". Otherwise floating.
  for (size_t d = 0; d < direct.size(); ++d) {
    if (direct[d].used) continue;
    Claim c;
    c.quote = quotes[d];
    size_t i = direct[d].last;
    while (i < words.size() && (words.is_punct(i, u',') || words.is_punct(i, u':') || words.is_punct(i, u'\u2014') ||
                                words.is_punct(i, u'\u2013') || words.is_punct(i, u'-')))
      ++i;
    // A new paragraph after the quote starts another matter: "« … »⏎⏎Kiev a exigé…".
    const bool new_paragraph = i < words.size() && words.token(i).has(token_flags::line_before);
    const size_t limit = new_paragraph ? i : std::min(words.size(), i + kSubjectWindow);
    cues_.find(words, i, limit, cues);
    // A full stop inside the marks, then a capital: a new sentence, whose verb
    // reports the quote only if the sentence ends with it ("“….” He said." but
    // not "“….” Gov. Jane Doe said she would…").
    const bool closed = i == direct[d].last && i < words.size() && words.capitalized(i) &&
                        direct[d].last >= direct[d].first + 2 && words.is_punct(direct[d].last - 2, u'.');
    bool found = false;
    for (const Cue& cue : cues) {
      if (cue.kind != CueKind::verb) break;
      // ", a-t-il dit", ", said Smith", ", X a dit", ", she said", ", X, the
      // chief executive, told me": the subject starts right after the quote.
      auto speaker = speaker_of(words, cue, i, limit);
      if (cue.group_first != i && !(speaker && speaker->first == i && cue.group_first <= i + kAppositionWindow)) {
        // "“…,” House Speaker Jo Ryan, the convention chair, told", "Mr. Morgan of the Sierra Club said".
        speaker = subjects_.subject_with_apposition(words, i, cue.group_first);
        if (!speaker) break;
      }
      if (closed &&
          !ClauseSubjects::ends_sentence_soon(words, std::max(cue.after, speaker ? speaker->last : cue.after)))
        break;
      c.speaker = speaker;
      c.quote.cue = cue.span;
      found = true;
      break;
    }
    // No verb: a signature after the quote ("« … », Laurent Durand") or a label before it ("Paul Martin : « … »");
    // or a verb no lexicon knows ("“…,” she continued.", "Limbaugh continued: “…”").
    if (!found) {
      c.speaker = labels_.after(words, direct[d].last);
      if (!c.speaker) c.speaker = unknown_verbs_.after(words, direct[d].first, direct[d].last);
      if (!c.speaker) c.speaker = labels_.before(words, direct[d].first), c.labelled = c.speaker.has_value();
      if (!c.speaker) c.speaker = unknown_verbs_.before(words, direct[d].first, direct[d].last);
      found = c.speaker.has_value();
    }
    c.floating = !found;
    // A title in quote marks is no one's words: « La Saison des cendres », "Paper Moon Boogie";
    // nor is a scare quote in a sentence without a cue: "the “highly profitable” scam".
    if (c.floating && (looks_like_title(words, direct[d]) || is_fragment(doc, words, direct[d], sentences_with_cue)))
      continue;
    if (c.floating) c.context = subjects_.context_subject(doc, words, d > 0 ? direct[d - 1].last : 0, direct[d].first);
    claims.push_back(std::move(c));
  }
  drop_furniture(words, claims);
  drop_nested(claims);

  std::stable_sort(claims.begin(), claims.end(),
            [](const Claim& a, const Claim& b) { return a.quote.span.start < b.quote.span.start; });
  resolve(doc, words, direct, amounts, claims, speakers);
  quotes.clear();
  for (Claim& c : claims)
    if (!c.belief) quotes.push_back(c.quote);
}

std::optional<size_t> Attributor::direct_around(const std::vector<DirectQuote>& direct, size_t from, size_t token) {
  // Direct quotes are in text order and do not overlap: the first one ending after `token`.
  const size_t d = first_direct_ending_after(direct, from, token);
  if (d < direct.size() && direct[d].first <= token) return d;
  return std::nullopt;
}

size_t Attributor::first_direct_from(const std::vector<DirectQuote>& direct, size_t from, size_t token) {
  return static_cast<size_t>(
      std::lower_bound(direct.begin() + static_cast<std::ptrdiff_t>(std::min(from, direct.size())), direct.end(), token,
                       [](const DirectQuote& d, size_t t) { return d.first < t; }) -
      direct.begin());
}

size_t Attributor::first_direct_ending_after(const std::vector<DirectQuote>& direct, size_t from, size_t token) {
  return static_cast<size_t>(
      std::upper_bound(direct.begin() + static_cast<std::ptrdiff_t>(std::min(from, direct.size())), direct.end(), token,
                       [](size_t t, const DirectQuote& d) { return t < d.last; }) -
      direct.begin());
}

std::vector<Cue>::const_iterator Attributor::cues_from(const std::vector<Cue>& cues, size_t token) {
  return std::lower_bound(cues.begin(), cues.end(), token, [](const Cue& c, size_t t) { return c.word < t; });
}

void Attributor::add_turns(const Words& words, std::vector<Quote>& quotes, std::vector<Claim>& claims,
                           std::vector<bool>& is_turn) const {
  std::vector<Turn> turns;
  interview_.find(words, turns);
  is_turn.assign(quotes.size(), false);
  if (turns.empty()) return;
  // Quote marks inside an answer are the interviewee's words, not quotes of their own.
  size_t t = 0;
  std::erase_if(quotes, [&](const Quote& q) {
    while (t < turns.size() && turns[t].content.end <= q.span.start) ++t;
    return t < turns.size() && turns[t].content.overlaps(q.span);
  });
  for (const Turn& turn : turns) {
    Quote q;
    q.span = turn.content;
    q.type = QuoteType::direct;
    quotes.push_back(q);
    Claim c;
    c.quote = q;
    c.interviewee = turn.interviewee;
    if (turn.label_first) {
      // "JENNA PRICE, HOST": the name, with the whole label as its mention.
      auto m = mentions_.starting_at(words, *turn.label_first, *turn.label_last);
      if (m && m->form == MentionForm::named) {
        m->last = *turn.label_last;
        m->span = words.span(*turn.label_first, *turn.label_last);
        c.speaker = m;
        c.labelled = true;
      }
    }
    claims.push_back(std::move(c));
  }
  std::stable_sort(quotes.begin(), quotes.end(), [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
  is_turn.assign(quotes.size(), false);
  for (size_t q = 0, k = 0; q < quotes.size() && k < turns.size(); ++q)
    if (quotes[q].span == turns[k].content) is_turn[q] = true, ++k;
}

void Attributor::merge_coordinated(const Document& doc, const Words& words, std::vector<Quote>& quotes) const {
  constexpr size_t kLinkTokens = 3;  // "et", "et du", "et de la"
  size_t out = 0;
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (out > 0) {
      Quote& before = quotes[out - 1];
      const Quote& next = quotes[q];
      auto [a, b] = doc.tokens_in({before.span.end, next.span.start});
      auto [qa, qb] = doc.tokens_in(next.span);
      bool link = !before.capped && !next.capped && a < b && b - a <= kLinkTokens && words.is_word(a) &&
                  mentions_.is_coordinator(words[a]) && qa + 1 < qb && words.is_word(qa + 1) && !words.capitalized(qa + 1);
      for (size_t k = a + 1; link && k < b; ++k)
        link = words.is_word(k) && (mentions_.determiners().count(words[k]) || mentions_.is_preposition(words[k]));
      for (uint32_t p = before.span.end; link && p < next.span.start; ++p) link = !text::is_line_break(doc.text[p]);
      if (link) {
        before.span.end = next.span.end;
        continue;
      }
    }
    if (out != q) quotes[out] = std::move(quotes[q]);
    ++out;
  }
  quotes.resize(out);
}

bool Attributor::colon_between(const Words& words, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (words.is_punct(i, u':')) return true;
  return false;
}

bool Attributor::starts_lower(const Words& words, const DirectQuote& q) {
  for (size_t i = q.first; i < q.last; ++i)
    if (words.is_word(i)) return !words.capitalized(i);
  return false;
}

std::optional<size_t> Attributor::own_cue_start(const Words& words, const std::vector<Cue>& cues, size_t cue,
                                               const DirectQuote& q, size_t content_first) const {
  // Cues are in text order: only those between the content's start and a few words after the quote are looked at.
  for (auto it = cues_from(cues, content_first); it != cues.end() && it->group_first <= q.last + kAppositionWindow; ++it) {
    if (static_cast<size_t>(it - cues.begin()) == cue || it->kind != CueKind::verb || it->verb.belief) continue;
    if (it->group_first <= content_first) continue;
    if (it->after <= q.first) {
      // Opening: "…, the lawyer replied, “…”" or "…, she added: “…”".
      size_t gap = it->after;
      while (gap < q.first && (words.is_punct(gap, u',') || words.is_punct(gap, u':'))) ++gap;
      if (gap != q.first || gap == it->after) continue;
      // The new clause starts after the last comma or dash before its verb, within a subject's length.
      for (size_t k = it->group_first; k > content_first + 1 && k + kAppositionWindow > it->group_first; --k)
        if (words.is_punct(k - 1, u',') || is_dash(words, k - 1)) return k - 1;
      // The content is that clause from its first word ("when asked why, the
      // lawyer replied, “…”"): nothing of it is the earlier cue's.
      if (it->group_first < content_first + kAppositionWindow) return content_first;
      return std::nullopt;
    }
    if (it->group_first >= q.last) {
      // Closing: "“…,” the union wrote." The quote ends on a comma inside or after its marks.
      // Not a second verb of the content's speaker: "called it “reckless,” adding that…", "…,” and said".
      const bool comma = words.is_punct(q.last, u',') || (q.last >= q.first + 2 && words.is_punct(q.last - 2, u','));
      const size_t next = words.is_punct(q.last, u',') ? q.last + 1 : q.last;
      // And the quote stands as an utterance after a colon or comma, not as words of the clause ("was “grave,” said X").
      const bool opens_utterance = q.first > content_first && (words.is_punct(q.first - 1, u':') || words.is_punct(q.first - 1, u','));
      if (!comma || !opens_utterance || it->present_participle || it->infinitive ||
          (words.is_word(next) && (mentions_.is_coordinator(words[next]) || speech_.is_clause_stop(words[next]))))
        return std::nullopt;
      size_t k = q.first;
      while (k > content_first && (words.is_punct(k - 1, u',') || words.is_punct(k - 1, u':'))) --k;
      return k;
    }
  }
  return std::nullopt;
}

void Attributor::cut_at_next_cue(const Words& words, const std::vector<Cue>& cues,
                                 const std::vector<std::optional<Mention>>& speakers, size_t cue, Content& content) const {
  // Cues are in text order, a verb group a few words long: only those inside the content are looked at.
  constexpr size_t kLongestVerbGroup = 16;
  for (size_t n = static_cast<size_t>(cues_from(cues, content.first) - cues.begin());
       n < cues.size() && cues[n].word < content.last + kLongestVerbGroup; ++n) {
    const Cue& next = cues[n];
    if (n == cue || next.group_first <= content.first || next.group_first >= content.last) continue;
    // A verb that reports only quoted words opens no claim of its own in plain
    // words: "l'Otan a parlé de l'Ukraine, comme l'a noté X".
    if (next.kind == CueKind::verb && !next.verb.takes_clause && !next.verb.strong) continue;
    // Where the next clause starts: its subject, or its verb group.
    size_t start = next.group_first;
    if (const auto& s = speakers[n]; s && s->last <= next.group_first && s->first > content.first) start = s->first;
    size_t end = start;
    bool after_stop = false;  // "…YMCA but said it would": a second verb of the same subject
    if (end > content.first && words.is_word(end - 1) &&
        (mentions_.is_coordinator(words[end - 1]) || speech_.is_clause_stop(words[end - 1])) &&
        !speech_.is_relative_pronoun(words[end - 1])) {
      after_stop = speech_.is_object_end(words[end - 1]) && start == next.group_first;
      --end;
    }
    if (end <= content.first || !(words.is_punct(end - 1, u',') || is_dash(words, end - 1) || after_stop)) continue;
    // A fronted adverbial is no clause of its own: "a affirmé qu'en trente ans
    // de carrière, il pensait…" goes on after its comma.
    if (fronted_adverbial(words, content.first, end - 1)) continue;
    content.last = ReportedSpeech::trim_end(words, content.first, is_dash(words, end - 1) ? end - 1 : end);
    return;
  }
}

bool Attributor::fronted_adverbial(const Words& words, size_t first, size_t comma) const {
  constexpr size_t kAdverbialTokens = 8;
  if (comma <= first + 1 || comma > first + kAdverbialTokens || !words.is_word(first) ||
      !mentions_.is_preposition(words[first]))
    return false;
  for (size_t k = first + 1; k < comma; ++k)
    if (!words.is_word(k) && words.token(k).kind != TokenKind::number) return false;
  return true;
}

std::optional<Mention> Attributor::closing_inverted_subject(const Words& words, const Cue& cue, size_t last) const {
  if (cue.verb.indirect_object) return std::nullopt;  // "told a news conference": whom, not who
  // A name, a role, an institution: "a affirmé le ministre", "a révélé Le
  // Figaro"; not any noun phrase ("a annoncé la fermeture du site").
  auto m = mentions_.starting_at(words, cue.after, last);
  if (!m || m->form == MentionForm::pronoun) return std::nullopt;
  size_t k = m->last;
  while (size_t len = speech_.skippable().match(words, k, last)) k += len;
  if (k < last && !words.is_punct(k, u',') && !words.is_punct(k, u'.')) return std::nullopt;
  return m;
}

bool Attributor::shares_subject(const Words& words, const Cue& cue, size_t sentence_first) const {
  const size_t g = cue.group_first;
  if (cue.infinitive) return true;
  if (g <= sentence_first) return false;
  if (cue.present_participle && comma_before(words, g)) return true;
  // A gerund: "en expliquant qu'", "en les taclant", "by saying".
  if (cue.present_participle)
    for (size_t k = cue.word; k > sentence_first && words.is_word(k - 1); --k) {
      if (mentions_.is_preposition(words[k - 1])) return true;  // "en" is a clitic too
      if (!speech_.is_object_clitic(words[k - 1])) break;
    }
  return words.is_word(g - 1) && (mentions_.is_coordinator(words[g - 1]) || speech_.is_clause_stop(words[g - 1])) &&
         !speech_.is_relative_pronoun(words[g - 1]);
}

bool Attributor::is_fragment(const Document& doc, const Words& words, const DirectQuote& q,
                             const std::vector<size_t>& sentences_with_cue) {
  // EVAL_FORMAT's "Fragments": quoted words inside the journalist's own
  // sentence ("une « amourette »", "the coach was “incredulous”"), when that
  // sentence has no cue. Not a quote that opens its sentence, follows a colon
  // ("Le maire : « … »"), or speaks a sentence of its own.
  constexpr size_t kFragmentWords = 16;
  const uint32_t start = words.token(q.first).start;
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), start,
                             [](uint32_t p, const Span& s) { return p < s.end; });
  if (it == doc.sentences.end()) return false;
  const size_t sf = doc.tokens_in(*it).first;
  if (std::binary_search(sentences_with_cue.begin(), sentences_with_cue.end(), sf)) return false;
  // Words before the quote in its sentence, looked for over a bounded window
  // back from the quote: quotes sharing one long sentence (a text of marks)
  // must not each rescan it. Beyond the window the quote is kept.
  constexpr size_t kLookBack = 64;
  bool words_before = false;
  for (size_t i = q.first; i > sf && i + kLookBack > q.first && !words_before; --i) words_before = words.is_word(i - 1);
  if (!words_before || words.is_punct(q.first - 1, u':')) return false;
  size_t count = 0;
  for (size_t i = q.first + 1; i + 1 < q.last; ++i) {
    count += words.is_word(i) || words.token(i).kind == TokenKind::number;
    for (char16_t p : {u'.', u'!', u'?', u'\u2026'})
      if (words.is_punct(i, p)) return false;
  }
  return count > 0 && count <= kFragmentWords;
}

bool Attributor::is_nickname(const Words& words, size_t first, size_t last) {
  // One or two capitalised words in marks, between two capitalised words.
  constexpr size_t kNicknameWords = 2;
  if (first == 0 || last >= words.size() || last < first + 3 || last > first + 2 + kNicknameWords) return false;
  for (size_t k = first + 1; k + 1 < last; ++k)
    if (!words.capitalized(k)) return false;
  return words.capitalized(first - 1) && words.capitalized(last);
}

bool Attributor::looks_like_title(const Words& words, const DirectQuote& q) {
  // Short, capitalised, without a sentence's punctuation inside its marks,
  // and not opening its paragraph (where a headline quote stands). A title has
  // both its marks: an unclosed quote is speech cut short ("« Il a marqué deux fois e").
  if (q.capped || q.last < q.first + 3 || words.token(q.first).has(token_flags::paragraph_before)) return false;

  const size_t open = q.first, close = q.last - 1;
  size_t count = 0;
  // Title Case: every longer word capitalised ("Midnight Train to Memphis").
  constexpr size_t kShortWord = 3;
  size_t long_words = 0;
  bool title_case = true;
  for (size_t i = open + 1; i < close; ++i) {
    count += words.is_word(i) || words.token(i).kind == TokenKind::number;
    if (words.is_word(i) && words[i].size() > kShortWord) {
      ++long_words;
      title_case = title_case && words.capitalized(i);
    }
  }
  title_case = title_case && long_words >= 2;
  if (count == 0 || count > (title_case ? kTitleCaseWords : kTitleWords)) return false;
  size_t first_word = open + 1;
  while (first_word < close && !words.is_word(first_word) && words.token(first_word).kind != TokenKind::number)
    ++first_word;
  if (first_word >= close || !(words.capitalized(first_word) || words.token(first_word).kind == TokenKind::number))
    return false;
  // A sentence's end inside the marks makes a quote; so does a comma, except
  // after a title in Title Case (American style puts it inside: "Memphis,"").
  const size_t before_close = close - 1;
  for (char16_t p : {u'.', u'!', u'?', u',', u';', u'\u2026'})
    if (words.is_punct(before_close, p) && !(p == u',' && title_case)) return false;
  // A headline's "« … » : X explique" is a quote.
  return !(q.last < words.size() && words.is_punct(q.last, u':'));
}

void Attributor::drop_furniture(const Words& words, std::vector<Claim>& claims) const {
  // Lines that open with a furniture phrase, after a bullet or a dash
  // ("• À lire aussi : …", "READ MORE: …"), as spans of the text, in order.
  std::vector<Span> furniture;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && !words.token(i).has(token_flags::line_before)) continue;
    size_t k = i;
    while (k < words.size() && k < i + 2 && words.token(k).kind == TokenKind::punct) ++k;
    if (!speech_.furniture().match(words, k, words.size())) continue;
    size_t end = k + 1;
    while (end < words.size() && !words.token(end).has(token_flags::line_before)) ++end;
    furniture.push_back(words.span(i, end));
    i = end - 1;
  }
  if (furniture.empty()) return;
  std::erase_if(claims, [&](const Claim& c) {
    auto it = std::upper_bound(furniture.begin(), furniture.end(), c.quote.span.start,
                               [](uint32_t p, const Span& s) { return p < s.end; });
    return it != furniture.end() && it->start <= c.quote.span.start;
  });
}

void Attributor::drop_nested(std::vector<Claim>& claims) {
  // Reported speech inside reported content belongs to the outer claim:
  // "They said the president was frustrated with what he called Mr. X's “freelancing”".
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.quote.span.start < b.quote.span.start ||
           (a.quote.span.start == b.quote.span.start && a.quote.span.end > b.quote.span.end);
  });
  uint32_t outer_end = 0;
  bool any = false;
  std::erase_if(claims, [&](const Claim& c) {
    if (c.belief) return false;  // neither holds quotes nor is held: it is no quote
    const bool inside = any && c.quote.span.end <= outer_end;
    if (!inside) {
      outer_end = c.quote.span.end;
      any = true;
    }
    return inside;
  });
}

void Attributor::scan_mentions(const Document& doc, const Words& words, const std::vector<DirectQuote>& direct,
                               const std::vector<Amount>& amounts, std::vector<Mention>& out) const {
  out.clear();
  size_t d = 0;  // the first direct quote not before the current token
  size_t a = 0;  // the first amount not ending before the current mention
  for (const Span& sentence : doc.sentences) {
    auto [sf, sl] = doc.tokens_in(sentence);
    for (size_t i = sf; i < sl; ++i) {
      while (d < direct.size() && direct[d].last <= i) ++d;
      if (d < direct.size() && direct[d].first <= i) {
        i = direct[d].last - 1;  // words inside a quote are the speaker's, not mentions
        continue;
      }
      if (!mentions_.could_start(words, i)) continue;
      const size_t limit = d < direct.size() ? std::min(sl, direct[d].first) : sl;
      auto m = mentions_.starting_at(words, i, limit);
      if (!m || m->form == MentionForm::pronoun) continue;
      // Words of an amount name no one: "1,83 milliards F CFA".
      while (a < amounts.size() && amounts[a].span.end <= m->span.start) ++a;
      if (a < amounts.size() && amounts[a].span.start < m->span.end) {
        i = m->last - 1;
        continue;
      }
      if (ClauseSubjects::dateline(words, *m)) {
        i = m->last - 1;
        continue;
      }
      // "Ahmed Ouyahia, ex-1er ministre": a role after a name and its comma is
      // the name's apposition, one mention (EVAL_FORMAT), and opens no clause.
      if (!out.empty() && (m->form == MentionForm::described || m->form == MentionForm::anonymous) && !m->plural &&
          appositive_role(words, out.back(), *m)) {
        Mention& named = out.back();
        named.last = m->last;
        named.span = words.span(named.first, named.last);
        if (!named.role) named.role = m->role;
        i = m->last - 1;
        continue;
      }
      m->subject = opens_clause(words, m->first, sf);
      i = m->last - 1;
      out.push_back(std::move(*m));
    }
  }
}

bool Attributor::appositive_role(const Words& words, const Mention& named, const Mention& role) {
  // A few modifiers may stand between the comma and the role noun: "ex-1er", "ancien".
  constexpr size_t kModifiers = 2;
  if (named.form != MentionForm::named || named.kind != SpeakerKind::person) return false;
  if (named.last >= role.first || !words.is_punct(named.last, u',') || role.first - named.last - 1 > kModifiers)
    return false;
  for (size_t k = named.last + 1; k < role.first; ++k)
    if (!words.is_word(k) || words.capitalized(k)) return false;
  // Closed by punctuation or the sentence's end: "…, ex-ministre, a dit" or "…, ex-ministre."
  return role.last >= words.size() || words.token(role.last).kind == TokenKind::punct;
}

bool Attributor::opens_clause(const Words& words, size_t first, size_t sentence_first) {
  return first == sentence_first || words.is_punct(first - 1, u',') || words.is_punct(first - 1, u':');
}

Basis Attributor::basis_of(const Claim& c, bool attributed) {
  if (!attributed) return Basis::none;
  if (c.interviewee) return Basis::interviewee;
  if (c.guessed) return Basis::nearby;
  if (!c.speaker) return Basis::continuation;
  if (c.labelled) return Basis::label;
  switch (c.speaker->form) {
    case MentionForm::named: return Basis::cue_named;
    case MentionForm::anonymous: return Basis::cue_anonymous;
    case MentionForm::described: return Basis::cue_role;
    case MentionForm::pronoun: return Basis::cue_pronoun;
  }
  return Basis::cue_named;
}

void Attributor::resolve(const Document& doc, const Words& words, const std::vector<DirectQuote>& direct,
                         const std::vector<Amount>& amounts, std::vector<Claim>& claims,
                         std::vector<Speaker>& speakers) const {
  std::vector<Mention> scanned;
  scan_mentions(doc, words, direct, amounts, scanned);
  // One stream in text order: the mentions met in the text, the speakers of
  // claims (which replace a mention with the same span), and quotes without a
  // speaker, which take the speaker just quoted or the person named before.
  enum Kind : uint8_t { speaker_mention, floating_quote, text_mention };
  struct Event {
    uint32_t pos;
    Kind kind;
    size_t index;
  };
  std::vector<Event> events;
  events.reserve(scanned.size() + claims.size());
  std::vector<Span> speaker_spans;
  for (size_t c = 0; c < claims.size(); ++c) {
    if (claims[c].speaker) {
      events.push_back({claims[c].speaker->span.start, speaker_mention, c});
      speaker_spans.push_back(claims[c].speaker->span);
    } else {
      events.push_back({claims[c].quote.span.start, floating_quote, c});
    }
  }
  std::sort(speaker_spans.begin(), speaker_spans.end(), [](Span a, Span b) { return a.start < b.start; });
  // The furthest end of the speaker spans so far: a text mention inside one
  // ("spokesperson Gugu Sisilana" in "municipality spokesperson Gugu Sisilana") is that speaker's.
  for (size_t k = 1; k < speaker_spans.size(); ++k)
    speaker_spans[k].end = std::max(speaker_spans[k].end, speaker_spans[k - 1].end);
  for (size_t m = 0; m < scanned.size(); ++m) {
    auto after = std::upper_bound(speaker_spans.begin(), speaker_spans.end(), scanned[m].span.start,
                                  [](uint32_t p, Span s) { return p < s.start; });
    if (after != speaker_spans.begin() && std::prev(after)->end > scanned[m].span.start) continue;
    events.push_back({scanned[m].span.start, text_mention, m});
  }
  std::stable_sort(events.begin(), events.end(),
            [](const Event& a, const Event& b) { return a.pos < b.pos || (a.pos == b.pos && a.kind < b.kind); });

  SpeakerRegistry registry(doc);
  std::optional<size_t> previous_speaker;  // of the last quote attributed by a cue or by continuity
  uint32_t previous_end = 0;
  // The words of the last speaker whose claim follows them ("X said that …"):
  // a description there is someone else ("… said the president would sign").
  Span own_words{};
  std::optional<size_t> own_words_speaker;
  for (const Event& e : events) {
    if (e.kind == text_mention) {
      const Mention& m = scanned[e.index];
      const bool inside_own_words = m.span.start >= own_words.start && m.span.start < own_words.end;
      registry.add(m, false, inside_own_words ? own_words_speaker : std::nullopt);
      continue;
    }
    Claim& c = claims[e.index];
    if (e.kind == speaker_mention) {
      c.entity = registry.add(*c.speaker, true);  // a belief's too: the quotes after it continue its speaker
      if (c.entity && c.quote.span.start >= c.speaker->span.end) {
        own_words = c.quote.span;
        own_words_speaker = c.entity;
      }
    } else if (c.interviewee) {
      c.entity = registry.first_person();
      if (c.entity) registry.note_speaker(*c.entity, c.quote.span.end);
    } else if (auto about = c.floating && c.context ? registry.add(*c.context, false) : std::nullopt;
               about &&
               (registry.kind(*about) == SpeakerKind::person || registry.kind(*about) == SpeakerKind::anonymous)) {
      c.entity = about;  // the quote follows a sentence about its speaker
      c.guessed = true;
      registry.note_speaker(*about, c.quote.span.end);
    } else if (c.floating && previous_speaker && c.quote.span.start - previous_end < kContinuityReach) {
      c.entity = previous_speaker;  // a quote standing alone continues the speaker just quoted
    } else if (c.floating) {
      // Else the person named in the sentence before, with low confidence.
      auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), c.quote.span.start,
                                 [](uint32_t p, const Span& s) { return p < s.end; });
      uint32_t since = 0;
      if (it != doc.sentences.begin()) {
        auto prev = std::prev(it);
        if (prev->end > c.quote.span.start && prev != doc.sentences.begin()) --prev;
        since = prev->start;
      }
      c.entity = registry.last_person_before(c.quote.span.start, since);
      c.guessed = c.entity.has_value();
    }
    if (c.entity) {
      previous_speaker = c.entity;
      previous_end = std::max(previous_end, c.quote.span.end);
      // A quote standing alone is its speaker's too: "“…” He also said that" is theirs.
      if (c.floating) registry.note_speaker(*c.entity, c.quote.span.end);
    }
  }

  std::vector<std::optional<size_t>> speaker_of;
  speakers = registry.take(speaker_of);
  for (Claim& c : claims) {
    Quote& q = c.quote;
    q.speaker = c.entity ? speaker_of[*c.entity] : std::nullopt;
    q.basis = basis_of(c, q.speaker.has_value());
    // A quote cut short at an unbalanced mark keeps its basis's rate: on real
    // text such quotes were right as often as the others (10 of 13).
    q.confidence = confidence_of(q.basis, q.type, few_words(q.type, doc.text.substr(q.span.start, q.span.size())));
  }
}

}  // namespace dixit

