#include "quotes/reported_speech.h"

namespace dixit {

namespace {

constexpr size_t kClauseWindow = 8;  // words between a verb and its que ("told reporters on Tuesday that")

bool is_final_punct(const Words& words, size_t i) {
  if (i >= words.size() || words.token(i).kind != TokenKind::punct) return false;
  const char16_t c = words.doc().text[words.token(i).start];
  return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u';' || c == u':' || c == u',';
}

}  // namespace

ReportedSpeech::ReportedSpeech(const SpeechLexicon& speech) : speech_(speech) {}

size_t ReportedSpeech::trim_end(const Words& words, size_t first, size_t last) {
  while (last > first && is_final_punct(words, last - 1)) --last;
  return last;
}

std::optional<size_t> ReportedSpeech::complementizer(const Words& words, const Cue& cue, size_t last) const {
  if (cue.kind != CueKind::verb || !cue.verb.takes_clause) return std::nullopt;
  // Commas only around an insertion: "a souligné, lors de la rencontre, que".
  size_t commas = 0;
  for (size_t i = cue.after; i < last && i < cue.after + kClauseWindow; ++i) {
    if (!words.is_word(i)) {
      if (words.is_punct(i, u',')) {
        ++commas;
        continue;
      }
      return std::nullopt;
    }
    if (speech_.is_complementizer(words[i]) || speech_.is_interrogative(words[i])) {
      // "ce que le Kremlin a démenti" is a relative clause, not reported content.
      if (i > cue.after && speech_.is_relative_antecedent(words[i - 1])) return std::nullopt;
      if (commas % 2 != 0 || (commas && !words.is_punct(i - 1, u','))) return std::nullopt;
      return i;
    }
    if (speech_.verb(words[i]) || speech_.is_auxiliary(words[i])) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Content> ReportedSpeech::content(const Words& words, const Cue& cue, size_t first, size_t last,
                                               size_t speaker_end) const {
  Content c;
  switch (cue.kind) {
    case CueKind::according_to: {
      // "Selon X, content." or "content, selon X."
      if (speaker_end < last && words.is_punct(speaker_end, u',')) {
        c.first = speaker_end + 1;
        c.last = trim_end(words, c.first, last);
      } else if (cue.word > first && words.is_punct(cue.word - 1, u',')) {
        c.first = first;
        c.last = cue.word - 1;
      } else {
        return std::nullopt;
      }
      c.type = QuoteType::according_to;
      break;
    }
    case CueKind::as_clause: {
      c.first = first;
      c.last = cue.group_first - 1;  // the comma before "comme"
      break;
    }
    case CueKind::verb: {
      if (auto que = complementizer(words, cue, last)) {
        c.first = *que + 1;
        c.last = trim_end(words, c.first, last);
        c.introduced_by_clause = true;
      } else if (cue.verb.strong && cue.after < last && words.is_word(cue.after) &&
                 !speech_.is_clause_stop(words[cue.after])) {
        // The object, up to the first comma: "accusant Moscou de préparer une invasion, ce que…".
        c.first = cue.after;
        size_t end = c.first;
        while (end < last && !words.is_punct(end, u',')) ++end;
        c.last = trim_end(words, c.first, end);
      } else {
        return std::nullopt;
      }
      break;
    }
  }
  if (c.last <= c.first + 1) return std::nullopt;  // one word is not a claim
  return c;
}

}  // namespace dixit
