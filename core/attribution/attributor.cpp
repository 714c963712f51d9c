#include "attribution/attributor.h"

#include <algorithm>

#include "document.h"
#include "lang/language.h"
#include "speakers/speaker_registry.h"

namespace dixit {

namespace {

constexpr size_t kAppositionWindow = 16;  // tokens of ", confirmant l'information auprès de la chaîne,"
constexpr double kNamed = 0.85, kAnonymous = 0.8, kDescribed = 0.6, kPronoun = 0.55, kFloating = 0.4,
                 kUnattributed = 0.3;

struct DirectQuote {
  size_t first, last;  // tokens, marks included
  bool used = false;
};

}  // namespace

struct Attributor::Claim {
  Quote quote;
  std::optional<Mention> speaker;
  bool floating = false;
  bool guessed = false;  // the speaker comes from the sentence before, not from a cue
};

Attributor::Attributor(const Language& lang)
    : speech_(lang), mentions_(lang, speech_), cues_(speech_, mentions_.determiners()), reported_(speech_) {}

std::optional<Mention> Attributor::speaker_of(const Words& words, const Cue& cue, size_t first, size_t last) const {
  if (cue.inverted_pronoun) return mentions_.pronoun(words, *cue.inverted_pronoun);
  if (cue.kind == CueKind::according_to) return mentions_.starting_at(words, cue.after, last);
  if (cue.kind == CueKind::as_clause) return mentions_.starting_at(words, cue.word + 1, last);
  const size_t g = cue.group_first;
  if (auto m = mentions_.ending_at(words, g, first)) return m;
  // "X, <insertion>, verb": the subject is before the insertion, unless the
  // insertion is the subject's own apposition ("l'ambassadeur de Russie à
  // Washington, Anatoli Antonov, a dénoncé"; "Le Département d’État,
  // confirmant l’information auprès de la chaîne, a souligné").
  if (g > first + 1 && words.is_punct(g - 1, u',')) {
    size_t p = g - 2;
    while (p > first && g - p < kAppositionWindow && !words.is_punct(p, u',')) --p;
    const bool insertion = p > first && words.is_punct(p, u',');
    auto closing = mentions_.ending_at(words, g - 1, first);
    if (closing && (!insertion || closing->first < p)) return closing;
    if (insertion)
      if (auto m = mentions_.ending_at(words, p, first)) return m;
    if (closing) return closing;
  }
  // Inverted subject: "déclare X", "said X".
  if (g == first || !words.is_word(g - 1)) return mentions_.starting_at(words, cue.word + 1, last);
  return std::nullopt;
}

void Attributor::run(const Document& doc, std::vector<Quote>& quotes, std::vector<Speaker>& speakers) const {
  const Words words(doc);
  std::vector<DirectQuote> direct;
  direct.reserve(quotes.size());
  for (const Quote& q : quotes) {
    auto [a, b] = doc.tokens_in(q.span);
    direct.push_back({a, b});
  }
  std::vector<Claim> claims;
  std::vector<Cue> cues;
  size_t next_direct = 0;  // first direct quote not ending before the current sentence

  for (const Span& sentence : doc.sentences) {
    auto [sf, sl] = doc.tokens_in(sentence);
    if (sf >= sl) continue;
    while (next_direct < direct.size() && direct[next_direct].last <= sf) ++next_direct;
    cues_.find(words, sf, sl, cues);
    for (const Cue& cue : cues) {
      auto speaker = speaker_of(words, cue, sf, sl);
      const size_t speaker_end = speaker && speaker->last > cue.word ? speaker->last : cue.after;
      // A direct quote right after the cue: "a déclaré : « … »", "a dit « … »".
      size_t k = next_direct;
      while (k < direct.size() && direct[k].first < cue.after) ++k;
      auto content = reported_.content(words, cue, sf, sl, speaker_end);
      if (k < direct.size() && !direct[k].used && direct[k].first < sl) {
        size_t gap = cue.after;
        if (cue.kind != CueKind::verb) gap = speaker_end;
        while (gap < direct[k].first && (words.is_punct(gap, u':') || words.is_punct(gap, u','))) ++gap;
        const bool adjacent = gap == direct[k].first;
        const bool fills_clause = content && content->first == direct[k].first &&
                                  ReportedSpeech::trim_end(words, direct[k].last, sl) == direct[k].last;
        if (adjacent || fills_clause) {
          direct[k].used = true;
          Claim c{quotes[k], speaker, false};
          c.quote.cue = cue.span;
          claims.push_back(std::move(c));
          continue;
        }
      }
      if (!content) continue;
      // Present participles after a comma report only a clause: "…, affirmant que".
      if (cue.present_participle && cue.group_first > sf && words.is_punct(cue.group_first - 1, u',') &&
          !content->introduced_by_clause)
        continue;
      Claim c;
      c.speaker = speaker;
      c.quote.cue = cue.span;
      c.quote.type = content->type;
      c.quote.span = words.span(content->first, content->last);
      bool keep_content = true;
      for (size_t d = next_direct; d < direct.size() && direct[d].first < content->last; ++d) {
        if (direct[d].used || direct[d].last <= content->first) continue;
        direct[d].used = true;
        if (content->introduced_by_clause || content->type == QuoteType::according_to) {
          c.quote.type = QuoteType::mixed;
        } else {
          // Quoted words inside a verb's object: only they are the speaker's.
          Claim fragment{quotes[d], speaker, false};
          fragment.quote.type = QuoteType::mixed;
          fragment.quote.cue = cue.span;
          claims.push_back(std::move(fragment));
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
    Claim c{quotes[d], std::nullopt, false};
    size_t i = direct[d].last;
    while (i < words.size() && (words.is_punct(i, u',') || words.is_punct(i, u':') || words.is_punct(i, u'\u2014') ||
                                words.is_punct(i, u'\u2013') || words.is_punct(i, u'-')))
      ++i;
    const size_t limit = std::min(words.size(), i + kAppositionWindow);
    cues_.find(words, i, limit, cues);
    bool found = false;
    for (const Cue& cue : cues) {
      if (cue.kind != CueKind::verb) break;
      if (cue.group_first == i) {  // ", a-t-il dit", ", said Smith"
        c.speaker = cue.inverted_pronoun ? mentions_.pronoun(words, *cue.inverted_pronoun)
                                         : mentions_.starting_at(words, cue.word + 1, limit);
      } else if (auto m = mentions_.ending_at(words, cue.group_first, i); m && m->first == i) {
        c.speaker = m;  // ", X a dit", ", she said"
      } else {
        break;
      }
      c.quote.cue = cue.span;
      found = true;
      break;
    }
    c.floating = !found;
    claims.push_back(std::move(c));
  }

  std::sort(claims.begin(), claims.end(),
            [](const Claim& a, const Claim& b) { return a.quote.span.start < b.quote.span.start; });
  SpeakerRegistry registry;
  std::optional<size_t> previous_speaker;
  uint32_t previous_end = 0;
  quotes.clear();
  // The person named last in the sentence before `pos`: who a pronoun or a
  // floating quote most likely refers to when no quote was attributed yet.
  auto named_before = [&](uint32_t pos) -> std::optional<Mention> {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                               [](uint32_t p, const Span& s) { return p < s.end; });
    if (it == doc.sentences.begin()) return std::nullopt;
    --it;
    if (it->end > pos && it == doc.sentences.begin()) return std::nullopt;
    if (it->end > pos) --it;
    auto [sf, sl] = doc.tokens_in(*it);
    std::optional<Mention> last;
    for (size_t i = sf; i < sl; ++i) {
      auto m = mentions_.starting_at(words, i, sl);
      if (!m) continue;
      if (m->form == MentionForm::named && m->kind == SpeakerKind::person) last = m;
      i = m->last - 1;
    }
    return last;
  };
  for (Claim& c : claims) {
    Quote q = c.quote;
    q.speaker.reset();
    if (c.speaker && c.speaker->form == MentionForm::pronoun && !c.speaker->plural && !previous_speaker)
      if (auto named = named_before(q.span.start)) registry.add(*named);
    if (c.floating && !previous_speaker)
      if (auto named = named_before(q.span.start)) {
        c.speaker = named;
        c.floating = false;
        c.guessed = true;
      }
    if (c.speaker) {
      q.speaker = registry.add(*c.speaker);
      switch (c.speaker->form) {
        case MentionForm::named: q.confidence = kNamed; break;
        case MentionForm::anonymous: q.confidence = kAnonymous; break;
        case MentionForm::described: q.confidence = kDescribed; break;
        case MentionForm::pronoun: q.confidence = kPronoun; break;
      }
      if (!q.speaker) q.confidence = kUnattributed;
      if (c.guessed) q.confidence = kFloating;
    } else if (c.floating && previous_speaker && q.span.start - previous_end < 600) {
      // A quote standing alone continues the speaker just quoted.
      q.speaker = previous_speaker;
      q.confidence = kFloating;
    } else {
      q.confidence = kUnattributed;
    }
    if (q.capped) q.confidence = std::min(q.confidence, kUnattributed);
    if (q.speaker) {
      previous_speaker = q.speaker;
      previous_end = q.span.end;
    }
    quotes.push_back(q);
  }
  speakers = registry.take();
}

}  // namespace dixit
