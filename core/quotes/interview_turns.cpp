#include "quotes/interview_turns.h"

#include <algorithm>

#include "quotes/speech_lexicon.h"

namespace dixit {

namespace {

constexpr size_t kLabelTokens = 8;          // "JENNA PRICE, HOST" and its colon
constexpr size_t kQuestionWords = 45;       // a journalist's question in an unlabelled Q&A
constexpr size_t kTranscriptTurns = 3;      // capital labels that make a transcript, not a dateline
constexpr size_t kUnlabelledPairs = 3;      // question and answer pairs that make a Q&A
constexpr size_t kUnlabelledQuestions = 2;  // of which ending with "?"

bool is_mark(char16_t c) {
  return c == u'"' || c == u'\u00AB' || c == u'\u201C' || c == u'\u2018' || c == u'\u201E' || c == u'\'';
}

}  // namespace

InterviewTurns::InterviewTurns(const SpeechLexicon& speech) : speech_(speech) {}

size_t InterviewTurns::label_first(const Words& words, const Paragraph& p) {
  // A transcript quoted paragraph by paragraph opens each turn with a mark: "\"WALLACE: …".
  const auto& text = words.doc().text;
  return p.first + 1 < p.last && words.token(p.first).kind == TokenKind::punct && is_mark(text[words.token(p.first).start])
             ? p.first + 1
             : p.first;
}

std::optional<size_t> InterviewTurns::label_colon(const Words& words, const Paragraph& p) const {
  const size_t first = label_first(words, p);
  for (size_t i = first; i < p.last && i < first + kLabelTokens; ++i) {
    if (words.is_word(i) || words.is_punct(i, u',')) continue;
    if (words.is_punct(i, u':') && i > first) return i;
    return std::nullopt;
  }
  return std::nullopt;
}

bool InterviewTurns::capital_label(const Words& words, size_t first, size_t colon) const {
  bool any = false;
  for (size_t i = first; i < colon; ++i) {
    if (words.is_punct(i, u',')) continue;
    if (!words.token(i).has(token_flags::all_caps)) return false;
    any = true;
  }
  return any && !words.is_punct(first, u',');
}

void InterviewTurns::unlabelled(const Words& words, const std::vector<Paragraph>& paragraphs,
                                std::vector<Turn>& out) const {
  const auto& text = words.doc().text;
  auto starts_with_mark = [&](const Paragraph& p) { return is_mark(text[words.token(p.first).start]); };
  auto word_count = [&](const Paragraph& p) {
    size_t n = 0;
    for (size_t i = p.first; i < p.last; ++i) n += words.is_word(i);
    return n;
  };
  auto first_person = [&](const Paragraph& p) {
    for (size_t i = p.first; i < p.last; ++i)
      if (words.is_word(i) && speech_.is_first_person(words[i])) return true;
    return false;
  };
  auto question = [&](const Paragraph& p) { return !starts_with_mark(p) && word_count(p) <= kQuestionWords; };
  auto asks = [&](const Paragraph& p) { return words.is_punct(p.last - 1, u'?'); };
  auto answer = [&](const Paragraph& p) { return !starts_with_mark(p) && first_person(p); };

  for (size_t q = 0; q + 1 < paragraphs.size();) {
    // A zone opens on a question that asks; pairs follow while they look like pairs.
    if (!(question(paragraphs[q]) && asks(paragraphs[q]) && answer(paragraphs[q + 1]))) {
      ++q;
      continue;
    }
    size_t end = q, questions = 0;
    while (end + 1 < paragraphs.size() && question(paragraphs[end]) && answer(paragraphs[end + 1])) {
      questions += asks(paragraphs[end]);
      end += 2;
    }
    const size_t pairs = (end - q) / 2;
    if (pairs >= kUnlabelledPairs && questions >= kUnlabelledQuestions)
      for (size_t a = q + 1; a < end; a += 2) {
        Turn t;
        t.content = words.span(paragraphs[a].first, paragraphs[a].last);
        t.interviewee = true;
        out.push_back(t);
      }
    q = std::max(end, q + 1);
  }
}

void InterviewTurns::find(const Words& words, std::vector<Turn>& out) const {
  out.clear();
  std::vector<Paragraph> paragraphs;
  for (size_t i = 0; i < words.size(); ++i) {
    if (paragraphs.empty() || words.token(i).has(token_flags::paragraph_before)) paragraphs.push_back({i, i});
    paragraphs.back().last = i + 1;
  }
  std::vector<Turn> transcript;
  for (size_t n = 0; n < paragraphs.size(); ++n) {
    const Paragraph& p = paragraphs[n];
    auto colon = label_colon(words, p);
    if (!colon || *colon + 1 >= p.last) continue;
    Turn t;
    t.content = words.span(*colon + 1, p.last);
    const size_t first = label_first(words, p);
    if (*colon == first + 1 && speech_.is_answer_label(words[first])) {
      t.interviewee = true;
      out.push_back(t);
    } else if (*colon == first + 1 && speech_.is_question_label(words[first])) {
      continue;  // the journalist's question
    } else if (capital_label(words, first, *colon)) {
      t.label_first = first;
      t.label_last = *colon;
      // Quoted paragraph by paragraph, a turn goes on over the paragraphs that
      // reopen with a mark and no label of their own ("(CROSSTALK.)" aside).
      if (first > p.first)
        for (size_t q = n + 1; q < paragraphs.size(); ++q) {
          const Paragraph& next = paragraphs[q];
          const size_t next_first = label_first(words, next);
          if (next_first == next.first || words.is_punct(next_first, u'(')) break;
          if (auto other = label_colon(words, next); other && capital_label(words, next_first, *other)) break;
          t.content.end = words.span(next.first, next.last).end;
        }
      transcript.push_back(t);
    }
  }
  if (transcript.size() >= kTranscriptTurns) out.insert(out.end(), transcript.begin(), transcript.end());
  if (out.empty()) unlabelled(words, paragraphs, out);
  std::stable_sort(out.begin(), out.end(), [](const Turn& a, const Turn& b) { return a.content.start < b.content.start; });
}

}  // namespace dixit
