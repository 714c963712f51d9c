#include "quotes/reported_speech.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace dixit {

namespace {

constexpr size_t kClauseWindow = 10; // words between a verb and its que ("told reporters on Tuesday that")
constexpr size_t kVerbWindow = 8;    // words from a bare clause's start to its verb ("prices of about 40 other products would")
constexpr size_t kObjectWords = 4;   // words of an indirect object ("the city council")
constexpr size_t kTailWindow = 12;     // words after a closing cue and its subject ("in a statement on Monday")
constexpr size_t kShortOpening = 4;    // tokens before "selon" that still open the sentence ("Mercredi soir,")
constexpr size_t kPreposedTokens = 4;  // the shortest clause before a closing cue ("It will not appeal")
// The longest reported content, in tokens: the longest in the gold sets is
// about 60. Scraped text without periods makes one endless "sentence", whose
// every clause would otherwise run to its end (and cost quadratic time).
constexpr size_t kMaxContentTokens = 160;

bool holds_quote_mark(const Words& words, size_t first, size_t last) {
  const std::u16string_view text = words.doc().text;
  for (size_t k = first; k < last; ++k)
    if (words.token(k).kind == TokenKind::punct && u_hasBinaryProperty(text[words.token(k).start], UCHAR_QUOTATION_MARK))
      return true;
  return false;
}

bool is_final_punct(const Words& words, size_t i) {
  if (i >= words.size() || words.token(i).kind != TokenKind::punct) return false;
  const char16_t c = words.doc().text[words.token(i).start];
  return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u';' || c == u':' || c == u',';
}

// A comma that separates words, not the decimal comma of "2,10".
bool is_clause_comma(const Words& words, size_t i) {
  if (!words.is_punct(i, u',')) return false;
  if (i == 0 || i + 1 >= words.size()) return true;
  const Token& before = words.token(i - 1);
  const Token& after = words.token(i + 1);
  return !(before.kind == TokenKind::number && after.kind == TokenKind::number && before.end == words.token(i).start &&
           after.start == words.token(i).end);
}

}  // namespace

ReportedSpeech::ReportedSpeech(const SpeechLexicon& speech, const WordSet& determiners,
                               const WordSet& prepositions)
    : speech_(speech), determiners_(determiners), prepositions_(prepositions) {}

size_t ReportedSpeech::trim_end(const Words& words, size_t first, size_t last) {
  while (last > first && is_final_punct(words, last - 1)) --last;
  return last;
}

std::optional<size_t> ReportedSpeech::complementizer(const Words& words, const Cue& cue, size_t last) const {
  if (cue.kind != CueKind::verb || !cue.verb.takes_clause) return std::nullopt;
  // Commas only around an insertion: "a souligné, lors de la rencontre, que",
  // or after one that opens with a preposition: "a fait savoir lors d'une
  // conférence de presse, que" (a noun object before a comma may take a
  // relative "que": "a dénoncé la réforme, que…"). Numbers are words here
  // ("told BBC Radio 5 Live that", "said on March 12 that").
  const bool prepositional = cue.after < last && words.is_word(cue.after) &&
                             (prepositions_.count(words[cue.after]) || speech_.is_object_stop(words[cue.after]));
  // (The marks of a title do not count: "au journal « Chourouk » que"; a que
  // inside quoted words is theirs: "à “privilégier la négociation plutôt que…”".)
  size_t commas = 0, marks = 0;
  for (size_t i = cue.after, seen = 0; i < last && seen < kClauseWindow; ++i) {
    if (words.token(i).kind == TokenKind::number) {
      ++seen;
      continue;
    }
    if (!words.is_word(i)) {
      if (words.is_punct(i, u',')) {
        ++seen;
        ++commas;
        continue;
      }
      if (u_hasBinaryProperty(words.doc().text[words.token(i).start], UCHAR_QUOTATION_MARK)) {
        ++marks;
        continue;
      }
      return std::nullopt;
    }
    ++seen;
    if (speech_.is_complementizer(words[i]) || speech_.is_interrogative(words[i])) {
      if (marks % 2 != 0) return std::nullopt;
      // "ce que le Kremlin a démenti" is a relative clause, not reported
      // content; "alors que", "par le fait que" open a conjunction's clause.
      if (i > cue.after && (speech_.is_relative_antecedent(words[i - 1]) || speech_.is_conjunction_head(words[i - 1])))
        return std::nullopt;
      if ((commas % 2 != 0 && !(commas == 1 && prepositional)) || (commas && !words.is_punct(i - 1, u',')))
        return std::nullopt;
      if (cue.verb.shown && !clause_shows_verb(words, i + 1, last)) return std::nullopt;
      return i;
    }
    // Another verb starts another clause; a verb's form after a determiner or
    // a preposition is a noun ("une conférence de presse que").
    const bool noun = i > cue.after && words.is_word(i - 1) &&
                      (determiners_.count(words[i - 1]) || prepositions_.count(words[i - 1]));
    if ((speech_.verb(words[i]) && !noun) || speech_.is_auxiliary(words[i])) return std::nullopt;
  }
  return std::nullopt;
}

size_t ReportedSpeech::skip_indirect_object(const Words& words, size_t i, size_t last) const {
  if (size_t len = speech_.indirect_objects().match(words, i, last)) return i + len;
  // A name ("told CNN", "told BBC Radio 5 Live") or a short noun phrase ("the
  // council"), when a clause opener follows it.
  size_t k = i;
  if (words.capitalized(i)) {
    while (k < last && k - i < kObjectWords && words.capitalized(k)) ++k;
  } else if (speech_.is_clause_opener(words[i])) {
    ++k;
    while (k < last && k - i <= kObjectWords && words.is_word(k) && !speech_.is_clause_opener(words[k]) &&
           !words.capitalized(k) && !speech_.is_finite_marker(words[k]))
      ++k;
  }
  if (k > i && k < last && words.is_word(k) && (speech_.is_clause_opener(words[k]) || words.capitalized(k))) return k;
  // One plain noun before a pronoun that is only a subject: "told councils they must".
  if (words.is_word(i) && i + 1 < last && words.is_word(i + 1) && speech_.is_subject_pronoun(words[i + 1])) return i + 1;
  return i;
}

bool ReportedSpeech::clause_shows_verb(const Words& words, size_t first, size_t last) const {
  if (first < last && words.is_word(first) && speech_.is_subject_pronoun(words[first])) return true;
  for (size_t k = first; k < last && k <= first + kVerbWindow && in_subject(words, k); ++k)
    if (words.is_word(k) && !words.capitalized(k) && speech_.looks_finite(words[k])) return true;
  return false;
}

bool ReportedSpeech::relative_before(const Words& words, const Cue& cue) const {
  // A relative pronoun or "that", then the verb's subject: "which the group says".
  constexpr size_t kSubjectWords = 3;
  for (size_t k = cue.group_first; k > 0 && k + kSubjectWords >= cue.group_first; --k) {
    if (!words.is_word(k - 1)) return false;
    const Word w = words[k - 1];
    if (k < cue.group_first && (speech_.is_relative_pronoun(w) || speech_.is_complementizer(w))) return true;
  }
  return false;
}

// A word, a number, or the separator glued inside a number ("1,300").
bool ReportedSpeech::in_subject(const Words& words, size_t k) {
  if (k >= words.size()) return false;
  const Token& t = words.token(k);
  if (t.kind != TokenKind::punct) return true;
  return !t.has(token_flags::space_before) && k + 1 < words.size() &&
         words.token(k + 1).kind == TokenKind::number && !words.token(k + 1).has(token_flags::space_before) &&
         words.token(k - 1).kind == TokenKind::number;
}

// A number, or a currency sign before one ("$750 million").
bool ReportedSpeech::amount_at(const Words& words, size_t i) {
  if (i >= words.size()) return false;
  if (words.token(i).kind == TokenKind::number) return true;
  return words.token(i).kind == TokenKind::punct && u_charType(words.doc().text[words.token(i).start]) == U_CURRENCY_SYMBOL &&
         i + 1 < words.size() && words.token(i + 1).kind == TokenKind::number;
}

std::optional<size_t> ReportedSpeech::bare_clause(const Words& words, const Cue& cue, size_t last) const {
  if (cue.kind != CueKind::verb || cue.verb.bare == BareClause::never) return std::nullopt;
  size_t i = cue.after;
  if (cue.verb.indirect_object && i < last) i = skip_indirect_object(words, i, last);
  if (i + 1 >= last || !words.is_word(i) || speech_.is_complementizer(words[i])) {
    if (!(i + 1 < last && amount_at(words, i))) return std::nullopt;
  }
  // A verb of the clause's own within a few words: "added it would", not
  // "added 200,000 jobs"; the subject may hold a number ("about 1,300 tractors had").
  // (A verb known only by its ending, "presented", does not make a clause of a
  // tail: "said on Thursday as she presented the budget".)
  const bool tail = words.is_word(i) && speech_.is_tail_opener(words[i]) && !speech_.is_clause_opener(words[i]);
  bool verb = false;
  // (Not a verb of a relative clause in the object: "announced $400 million
  // for projects which she said would create…".)
  for (size_t k = i + 1; k < last && k <= i + kVerbWindow && in_subject(words, k) &&
                         !(words.is_word(k) && speech_.is_relative_pronoun(words[k]));
       ++k)
    verb = verb || (words.is_word(k) && !words.capitalized(k) &&  // not "in May"
                    (tail ? speech_.is_finite_marker(words[k]) : speech_.looks_finite(words[k])));
  // "projects which she said would create…", "measures that it said aimed to
  // fight…": the relative's clause goes on after the verb, without a subject.
  if (words.is_word(i) && !words.capitalized(i) && speech_.looks_finite(words[i]) && relative_before(words, cue))
    return i;
  const bool opener = amount_at(words, i) || speech_.is_clause_opener(words[i]) || words.capitalized(i) ||
                      (speech_.is_quantity_opener(words[i]) && amount_at(words, i + 1));
  // "said sales had dropped": any subject will do when its verb shows. After
  // "told", a verb must show ("told reporters the deal was off", not "told
  // the club's website").
  // A pronoun that is only ever a subject shows the clause by itself ("warned they needed").
  const bool needs_verb = cue.verb.bare == BareClause::with_verb || cue.verb.indirect_object;
  if (needs_verb ? !((opener && verb) || speech_.is_subject_pronoun(words[i])) : !(opener || verb)) return std::nullopt;
  return i;
}

std::optional<size_t> ReportedSpeech::infinitive_clause(const Words& words, const Cue& cue, size_t last) const {
  if (cue.kind != CueKind::verb || !cue.verb.takes_clause) return std::nullopt;
  size_t i = cue.after;
  // An insertion between commas may stand before the clause: "affirmait, mercredi, avoir menti".
  if (i < last && is_clause_comma(words, i)) {
    size_t k = i + 1;
    while (k < last && k <= i + kClauseWindow && words.token(k).kind != TokenKind::punct) ++k;
    if (k == i + 1 || k >= last || !is_clause_comma(words, k)) return std::nullopt;
    i = k + 1;
  }
  if (i + 1 >= last || !words.is_word(i)) return std::nullopt;
  if (speech_.is_infinitive_starter(words[i])) return i;
  // "de" (after an indirect object: "à la Cour de"), clitics, then the infinitive.
  if (speech_.is_indirect_object_marker(words[i])) {
    size_t k = i + 1;
    while (k < last && k <= i + kObjectWords && words.is_word(k) && !speech_.is_infinitive_link(words[k])) ++k;
    if (k >= last || !words.is_word(k)) return std::nullopt;
    i = k;
  }
  if (!speech_.is_infinitive_link(words[i]) || !infinitive_follows(words, i + 1, last)) return std::nullopt;
  return i + 1;
}

bool ReportedSpeech::infinitive_follows(const Words& words, size_t i, size_t last) const {
  constexpr size_t kClitics = 3;  // "ne pas s'inquiéter", "le lui dire"
  size_t k = i;
  while (k < last && k < i + kClitics && words.is_word(k) &&
         (speech_.is_object_clitic(words[k]) || speech_.is_negation(words[k])))
    ++k;
  return k < last && words.is_word(k) && speech_.looks_infinitive(words[k]);
}

std::optional<size_t> ReportedSpeech::incise_clause(const Words& words, const Cue& cue, size_t first, size_t last,
                                                    size_t speaker_end) const {
  // "Car, dit-il, tout est soumis…", "Dans tous les cas, souligne le ministre,
  // 44 % des fonds…": a verb and its inverted subject between commas, after a
  // short opening, report the clause after them.
  if (!cue.verb.takes_clause || cue.verb.belief || cue.present_participle || cue.infinitive) return std::nullopt;
  // (Not an agent after a participle: "The measures, announced by the Treasury, freeze…".)
  const bool inverted = cue.inverted_pronoun ||
                        (speaker_end > cue.after && !(words.is_word(cue.after) && speech_.is_object_stop(words[cue.after])));
  if (!inverted || cue.group_first <= first || cue.group_first > first + kShortOpening + 1 ||
      !is_clause_comma(words, cue.group_first - 1) || holds_quote_mark(words, first, cue.group_first))
    return std::nullopt;
  const size_t comma = std::max(cue.after, speaker_end);
  if (comma >= last || !is_clause_comma(words, comma)) return std::nullopt;
  if (trim_end(words, comma + 1, last) < comma + 1 + kPreposedTokens) return std::nullopt;
  return comma + 1;
}

size_t ReportedSpeech::end_of_clause(const Words& words, size_t first, size_t last, bool contrast) const {
  // "affirme avoir menti, mais l'accusation ne la croit pas": an infinitive
  // clause (`contrast`), which has no subject of its own, ends at a comma
  // before "mais"/"but" (a que-clause may go on: "said prices would fall, but
  // only in May");
  // not before a second complementizer ("a dit que A, mais que B"), nor
  // inside quoted words ("« permettra A, mais ne changera pas B »").
  const std::u16string_view text = words.doc().text;
  const size_t end = std::min(last, first + kMaxContentTokens);
  bool quoted = false;
  for (size_t k = first; k + 2 < end; ++k) {
    if (words.token(k).kind == TokenKind::punct && u_hasBinaryProperty(text[words.token(k).start], UCHAR_QUOTATION_MARK))
      quoted = !quoted;
    if (contrast && !quoted && k > first && is_clause_comma(words, k) && words.is_word(k + 1) && speech_.is_object_end(words[k + 1]) &&
        !(words.is_word(k + 2) && speech_.is_complementizer(words[k + 2])))
      return k;
    // A colon before quoted words opens them as a quote of their own:
    // "affirme qu'il pensait « tout avoir vu » : « C'est inhumain. »"
    if (!quoted && k > first && words.is_punct(k, u':') && words.token(k + 1).kind == TokenKind::punct &&
        u_hasBinaryProperty(text[words.token(k + 1).start], UCHAR_QUOTATION_MARK))
      return k;
  }
  return last;
}

std::optional<Content> ReportedSpeech::preposed(const Words& words, const Cue& cue, size_t first, size_t last,
                                                std::optional<std::pair<size_t, size_t>> subject) const {
  if (cue.kind != CueKind::verb || !cue.verb.takes_clause || cue.present_participle) return std::nullopt;
  // Where the clause before ends: a comma right before the subject, or right
  // before the verb group when the subject follows it ("…, said Harold Finch").
  const bool subject_before = subject && subject->second <= cue.group_first;
  const size_t opening = subject_before ? subject->first : cue.group_first;
  if (opening <= first + 2 || !words.is_punct(opening - 1, u',')) return std::nullopt;
  // After the cue (and an inverted subject), only a short tail to the end:
  // "in a statement", "on Monday", "sans donner de chiffre"; not an object
  // ("les acheteurs reprennent la main") nor a colon that opens what follows.
  size_t tail = subject && !subject_before ? std::max(cue.after, subject->second) : cue.after;
  if (tail < last && words.is_punct(tail, u':')) return std::nullopt;
  // The tail ends at the sentence or at a comma ("said on Monday, leaving…").
  size_t end = tail;
  while (end < last && end <= tail + kTailWindow && !is_clause_comma(words, end)) ++end;
  end = trim_end(words, tail, end);
  if (end > tail + kTailWindow) return std::nullopt;
  if (end > tail && subject_before && !(words.is_word(tail) && speech_.is_tail_opener(words[tail])))
    return std::nullopt;
  for (size_t k = tail; k < end; ++k)
    if (words.is_word(k) && (speech_.is_complementizer(words[k]) ||
                             (speech_.verb(words[k]) && !(k > tail && determiners_.count(words[k - 1])))))
      return std::nullopt;
  // The content is a clause, not an adverbial ("Sur le terrain, …", "Speaking
  // outside the courthouse, …"); an adverbial may open it ("Pour un foyer
  // chauffé, l'économie atteindrait…, a précisé le régulateur").
  Content c;
  c.first = first;
  c.last = trim_end(words, first, opening - 1);
  if (c.last < c.first + kPreposedTokens) return std::nullopt;
  // ("Cette autoroute nécessitera…" opens with a determiner: a clause.)
  if (speech_.is_tail_opener(words[first]) &&
      !(determiners_.count(words[first]) && !speech_.is_indirect_object_marker(words[first]))) {
    size_t comma = first;
    while (comma < c.last && !is_clause_comma(words, comma)) ++comma;
    if (comma + 1 + kPreposedTokens > c.last) return std::nullopt;
  }
  if (c.last > c.first + kMaxContentTokens) c.first = c.last - kMaxContentTokens;
  return c;
}

std::optional<Content> ReportedSpeech::content(const Words& words, const Cue& cue, size_t first, size_t last,
                                               size_t speaker_end) const {
  Content c;
  bool infinitive_content = false;
  switch (cue.kind) {
    case CueKind::according_to: {
      // "Selon X, content." or "content, selon X." The comma may come after
      // more of the source than the speaker's mention holds ("D'après
      // l'institution de Washington, …").
      size_t comma = speaker_end;
      while (comma < last && comma < speaker_end + kClauseWindow && !words.is_punct(comma, u',') &&
             words.token(comma).kind != TokenKind::punct)
        ++comma;
      // A parenthesis after the source: "Selon Paul Morin (photo), …".
      if (comma < last && words.is_punct(comma, u'(')) {
        size_t close = comma + 1;
        while (close < last && close <= comma + kClauseWindow && !words.is_punct(close, u')')) ++close;
        if (close + 1 < last && words.is_punct(close, u')') && words.is_punct(close + 1, u',')) comma = close + 1;
      }
      // After the source when the cue opens the sentence, or follows a short
      // opening ("Mercredi, selon X, …", a live report's "13h48: Selon X, …");
      // before it otherwise ("…, selon X.").
      // ("Toujours selon X, …": an adverbial of the verb lists may open it too.)
      const bool opens = cue.word == first || speech_.skippable().match(words, first, cue.word) == cue.word - first ||
                         (cue.word <= first + kShortOpening &&
                          (words.is_punct(cue.word - 1, u',') || words.is_punct(cue.word - 1, u':')));
      if (opens && comma < last && words.is_punct(comma, u',')) {
        c.first = comma + 1;
        c.last = trim_end(words, c.first, last);
      } else if (cue.word >= first + 1 + kPreposedTokens && words.is_punct(cue.word - 1, u',')) {
        // (Not an adverbial alone: "En effet, selon X", "Ainsi, selon X".)
        c.first = first;
        c.last = cue.word - 1;
      } else {
        return std::nullopt;
      }
      c.type = QuoteType::according_to;
      break;
    }
    case CueKind::as_clause: {
      if (cue.group_first == first) {
        // "Comme le rappelle l'avocat, sa cliente doit…": after the source's comma.
        size_t comma = std::max(speaker_end, cue.after);
        while (comma < last && comma < cue.after + kClauseWindow && !words.is_punct(comma, u',') &&
               words.token(comma).kind != TokenKind::punct)
          ++comma;
        if (comma + 1 >= last || !words.is_punct(comma, u',')) return std::nullopt;
        c.first = comma + 1;
        c.last = trim_end(words, c.first, end_of_clause(words, c.first, last, false));
        c.introduced_by_clause = true;  // quoted words inside make it mixed
        if (c.last <= c.first) return std::nullopt;
        break;
      }
      c.first = first;
      c.last = cue.group_first - 1;  // the comma before "comme"
      break;
    }
    case CueKind::verb: {
      if (auto incise = incise_clause(words, cue, first, last, speaker_end)) {
        c.first = *incise;
        c.last = trim_end(words, c.first, last);
        c.introduced_by_clause = true;
      } else if (auto que = complementizer(words, cue, last)) {
        c.first = *que + 1;
        while (c.first < last && is_clause_comma(words, c.first)) ++c.first;  // "explique que, « … »"
        c.last = trim_end(words, c.first, last);
        c.introduced_by_clause = true;
      } else if (auto start = speaker_end <= cue.after ? bare_clause(words, cue, last) : std::nullopt) {
        c.first = *start;
        c.last = trim_end(words, c.first, last);
        c.introduced_by_clause = true;
      } else if (auto infinitive = speaker_end <= cue.after ? infinitive_clause(words, cue, last) : std::nullopt) {
        c.first = *infinitive;
        infinitive_content = true;
        c.last = trim_end(words, c.first, last);
        c.introduced_by_clause = true;
      } else if (cue.reflexive && cue.verb.takes_clause && speaker_end <= cue.after && cue.after + 1 < last &&
                 words.is_word(cue.after) && !determiners_.count(words[cue.after]) &&
                 !speech_.is_object_stop(words[cue.after]) && !speech_.is_tail_opener(words[cue.after]) &&
                 !speech_.is_negation(words[cue.after]) && !speech_.is_infinitive_link(words[cue.after]) &&
                 !speech_.is_clause_stop(words[cue.after]) && !words.capitalized(cue.after)) {
        // "s'est dit surprise de…", "se dit déterminé à rester": the attribute is what was said.
        c.first = cue.after;
        c.last = trim_end(words, c.first, last);
        c.introduced_by_clause = true;
      } else if ((cue.verb.strong || cue.verb.quoted_object) && speaker_end <= cue.after && cue.after < last &&
                 words.is_word(cue.after) && !speech_.is_clause_stop(words[cue.after]) &&
                 !(cue.group_first > first && speech_.is_complementizer(words[cue.group_first - 1]))) {
        // (After "que" the object is the relative's, and what follows the
        // inverted subject: "le montant que réclame le port".)
        // The object, up to the first comma: "accusant Moscou de préparer une
        // invasion, ce que…"; or up to a circumstance of the verb ("a annoncé sa
        // disparition dans un communiqué", "denounced the vote on Monday") or
        // the next clause ("welcomed the announcement but said that…").
        c.first = cue.after;
        size_t end = c.first;
        while (end < last && end < c.first + kMaxContentTokens && !is_clause_comma(words, end) && !words.is_punct(end, u':') &&
               !(end > c.first && (speech_.is_object_end(words[end]) || speech_.skippable().match(words, end, last) > 1)))
          ++end;
        c.last = trim_end(words, c.first, end);
        // "a dénoncé sur France Inter", "announced by the Treasury": no object,
        // unless what follows quotes words ("a appelé à « poursuivre le dialogue »").
        // A call to act is content too: "appelle à lutter contre…" (not "appellent à la grève").
        const bool call = cue.verb.call && speech_.is_indirect_object_marker(words[c.first]) &&
                          infinitive_follows(words, c.first + 1, c.last);
        if ((speech_.is_object_stop(words[c.first]) || !cue.verb.strong) && !call && !holds_quote_mark(words, c.first, c.last))
          return std::nullopt;
        // "l'accuse de viol": "de" and a noun is a charge, not words; "de" and an
        // infinitive is ("accuse Moscou de préparer").
        if (speech_.is_infinitive_link(words[c.first]) && !holds_quote_mark(words, c.first, c.last) &&
            !infinitive_follows(words, c.first + 1, c.last))
          return std::nullopt;
        // A name alone is whom the verb is about, not what was said ("a condamné Dimitri Santoni").
        bool name_only = true;
        for (size_t k = c.first; k < c.last && name_only; ++k) name_only = words.capitalized(k);
        if (name_only) return std::nullopt;
      } else {
        return std::nullopt;
      }
      break;
    }
  }
  if (c.introduced_by_clause) c.last = end_of_clause(words, c.first, c.last, infinitive_content);
  if (c.last <= c.first + 1) return std::nullopt;  // one word is not a claim
  if (c.last > c.first + kMaxContentTokens) {
    // Before its cue, the content keeps its end ("…, selon X"); after, its start.
    if (c.last <= cue.word) c.first = c.last - kMaxContentTokens;
    else c.last = trim_end(words, c.first, c.first + kMaxContentTokens);
  }
  return c;
}

}  // namespace dixit
