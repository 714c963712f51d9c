#include "quotes/interview_turns.h"

#include <algorithm>
#include <unordered_map>

#include "quotes/speech_lexicon.h"

namespace dixit {

namespace {

constexpr size_t kLabelTokens = 8;          // "JENNA PRICE, HOST" and its colon
constexpr size_t kNameLabelWords = 6;       // "Me Mamadou Gaoussou Diarra"
constexpr size_t kParticleLength = 3;       // "de", "van", "le" inside a name label
constexpr size_t kQuestionWords = 80;       // a journalist's question in an unlabelled Q&A, its lead-in included
constexpr size_t kTranscriptTurns = 3;      // capital labels that make a transcript, not a dateline
constexpr size_t kUnlabelledPairs = 2;      // question and answer pairs that make a Q&A
constexpr size_t kFirstPersonAnswers = 2;   // of which answers in the first person

bool is_mark(char16_t c) {
  return c == u'"' || c == u'\u00AB' || c == u'\u201C' || c == u'\u2018' || c == u'\u201E' || c == u'\'' ||
         c == u'\u00BB' || c == u'\u201D';
}

bool is_dash(const Words& words, size_t i) {
  return (words.is_punct(i, u'\u2013') || words.is_punct(i, u'\u2014')) &&
         words.token(i).has(token_flags::space_before);
}

// The last token of [first, last) that is not a closing mark.
size_t last_significant(const Words& words, size_t first, size_t last) {
  const auto& text = words.doc().text;
  size_t k = last;
  while (k > first + 1 && words.token(k - 1).kind == TokenKind::punct && is_mark(text[words.token(k - 1).start])) --k;
  return k - 1;
}

// A question ends with "?"; a lead-in ("on the performance…", "Le prix a augmenté…") with an ellipsis.
bool asks(const Words& words, size_t first, size_t last) {
  const size_t k = last_significant(words, first, last);
  if (words.is_punct(k, u'?') || words.is_punct(k, u'\u2026')) return true;
  return k >= first + 2 && words.is_punct(k, u'.') && words.is_punct(k - 1, u'.') && words.is_punct(k - 2, u'.');
}

}  // namespace

InterviewTurns::InterviewTurns(const SpeechLexicon& speech) : speech_(speech) {}

bool InterviewTurns::capital_label(const Words& words, size_t first, size_t end) const {
  bool any = false;
  for (size_t i = first; i < end; ++i) {
    if (words.is_punct(i, u',')) continue;
    if (!words.token(i).has(token_flags::all_caps)) return false;
    any = true;
  }
  return any && !words.is_punct(first, u',');
}

bool InterviewTurns::name_label(const Words& words, size_t first, size_t end) {
  // "Jean-Louis Billon", "Me Mamadou Gaoussou Diarra", "L'Essor", "Jeune Afrique":
  // capitalised words, with short particles between them.
  if (!words.capitalized(first)) return false;
  size_t count = 0;
  for (size_t i = first; i < end; ++i) {
    if (words.is_punct(i, u'.') && i > first) continue;  // "M. Diarra"
    if (!words.is_word(i)) return false;
    ++count;
    if (!words.capitalized(i) && words[i].size() > kParticleLength) return false;
  }
  return count <= kNameLabelWords && words.capitalized(end - 1);
}

bool InterviewTurns::full_name(const Words& words, size_t first, size_t end) {
  size_t names = 0;
  for (size_t i = first; i < end; ++i) names += words.capitalized(i) && !words.token(i).has(token_flags::elided);
  return names >= 2;
}

size_t InterviewTurns::label_start(const Words& words, const Line& line) {
  const auto& text = words.doc().text;
  return line.first + 1 < line.last && words.token(line.first).kind == TokenKind::punct &&
                 is_mark(text[words.token(line.first).start])
             ? line.first + 1
             : line.first;
}

InterviewTurns::Label InterviewTurns::label_of(const Words& words, const Line& line) const {
  Label label;
  const size_t first = label_start(words, line);
  label.first = first;
  for (size_t i = first; i < line.last && i < first + kLabelTokens; ++i) {
    if (words.is_word(i) || words.is_punct(i, u',') || (words.is_punct(i, u'.') && i > first)) continue;
    // A dash follows initials only ("JC –", "Q –"): after longer capitals it
    // closes a subheading ("QUESTIONABLE MEDICAL CLAIMS — For years…").
    const bool colon = words.is_punct(i, u':');
    if (!(colon || (is_dash(words, i) && i == first + 1)) || i == first || i + 1 >= line.last) return label;
    label.separator = i;
    if (i == first + 1 && speech_.is_answer_label(words[first])) label.kind = LabelKind::answer;
    else if (i == first + 1 && speech_.is_question_label(words[first])) label.kind = LabelKind::question;
    else if (capital_label(words, first, i)) label.kind = LabelKind::capitals;
    // A quoted transcript's labels are capitals only: a quote may open with "Name: …".
    else if (colon && first == line.first && name_label(words, first, i))
      label.kind = full_name(words, first, i) ? LabelKind::full_name : LabelKind::name;
    return label;
  }
  return label;
}

bool InterviewTurns::labelled(const Words& words, const std::vector<Line>& lines, std::vector<Turn>& out) const {
  struct Candidate {
    Turn turn;
    LabelKind kind;
    std::u16string_view key;  // the label's last name word: "PRICE" for "JENNA PRICE, HOST" and "PRICE"
    bool asks;
    bool quoted;  // a transcript quoted in an article: the interviewer's questions are quotes too
    size_t line, end_line;  // the lines it runs over
  };
  std::vector<Label> labels;
  labels.reserve(lines.size());
  for (const Line& line : lines) labels.push_back(label_of(words, line));
  std::vector<Candidate> candidates;
  for (size_t l = 0; l < lines.size(); ++l) {
    const Label& label = labels[l];
    if (label.kind == LabelKind::none) continue;
    // The turn runs over the lines of its paragraph until the next label;
    // quoted paragraph by paragraph, over the paragraphs that reopen with a
    // mark and no label of their own ("(CROSSTALK.)" aside).
    const bool quoted = label.first > lines[l].first;
    size_t end = l + 1;
    while (end < lines.size() && labels[end].kind == LabelKind::none) {
      if (lines[end].paragraph_start) {
        const size_t reopened = label_start(words, lines[end]);
        if (!quoted || reopened == lines[end].first || words.is_punct(reopened, u'(')) break;
      }
      ++end;
    }
    Candidate c;
    c.kind = label.kind;
    c.turn.content = words.span(label.separator + 1, lines[end - 1].last);
    c.asks = asks(words, label.separator + 1, lines[end - 1].last);
    c.quoted = quoted;
    c.line = l;
    c.end_line = end;
    if (label.kind == LabelKind::capitals || label.kind == LabelKind::name || label.kind == LabelKind::full_name) {
      c.turn.label_first = label.first;
      c.turn.label_last = label.separator;
      size_t name_end = label.first;
      while (name_end < label.separator && !words.is_punct(name_end, u',')) ++name_end;
      c.key = words[name_end > label.first ? name_end - 1 : label.first].text;
    }
    candidates.push_back(c);
  }
  // Q/A labels: the answers are the interviewee's, the questions no one's quotes.
  for (const Candidate& c : candidates)
    if (c.kind == LabelKind::answer) {
      out.push_back(c.turn);
      out.back().interviewee = true;
    }
  // Speakers' labels make a transcript when there are enough of them in
  // capitals, or a dialogue: a turn that asks, answered on the next line
  // under another label.
  size_t capitals = 0;
  bool dialogue = false;
  const Candidate* previous = nullptr;
  // The answering label is in capitals or a full name ("Jean-Louis Billon :"),
  // not a lone word ("Witness:"); the asking one may be any ("L'Essor :").
  auto speaks = [](LabelKind k) { return k == LabelKind::capitals || k == LabelKind::full_name; };
  for (const Candidate& c : candidates) {
    if (!speaks(c.kind) && c.kind != LabelKind::name) continue;
    capitals += c.kind == LabelKind::capitals;
    dialogue = dialogue ||
               (speaks(c.kind) && previous && previous->asks && previous->end_line == c.line && previous->key != c.key);
    previous = &c;
  }
  const bool transcript = capitals >= kTranscriptTurns || dialogue;
  if (transcript) {
    // A label all of whose turns ask is the interviewer's: questions are not
    // quotes, unless the article quotes the transcript (each turn in marks).
    std::unordered_map<std::u16string_view, bool> only_asks;
    for (const Candidate& c : candidates) {
      if (!speaks(c.kind)) continue;
      auto [it, added] = only_asks.emplace(c.key, c.asks);
      if (!added) it->second = it->second && c.asks;
    }
    for (const Candidate& c : candidates) {
      if (c.kind == LabelKind::full_name && !dialogue) continue;
      if (speaks(c.kind) && (!only_asks[c.key] || c.quoted)) out.push_back(c.turn);
    }
  }
  return !out.empty();
}

void InterviewTurns::unlabelled(const Words& words, const std::vector<Line>& lines, std::vector<Turn>& out) const {
  // Units: paragraphs, and within a paragraph a line that asks is one of its
  // own (a question on its line, the answer on the next ones).
  struct Unit {
    size_t first, last;
    bool starts_with_mark, asks, first_person;
    size_t words;
  };
  const auto& text = words.doc().text;
  std::vector<Unit> units;
  for (size_t l = 0; l < lines.size(); ++l) {
    const bool after_question = l > 0 && !lines[l].paragraph_start && asks(words, lines[l - 1].first, lines[l - 1].last);
    const bool question_line = l > 0 && !lines[l].paragraph_start && asks(words, lines[l].first, lines[l].last);
    if (units.empty() || lines[l].paragraph_start || after_question || question_line)
      units.push_back({lines[l].first, lines[l].first, false, false, false, 0});
    units.back().last = lines[l].last;
  }
  for (Unit& u : units) {
    u.starts_with_mark = is_mark(text[words.token(u.first).start]);
    u.asks = asks(words, u.first, u.last);
    u.first_person = false;
    u.words = 0;
    for (size_t i = u.first; i < u.last; ++i) {
      if (!words.is_word(i)) continue;
      ++u.words;
      u.first_person = u.first_person || speech_.is_first_person(words[i]);
    }
  }
  auto question = [](const Unit& u) { return !u.starts_with_mark && u.words <= kQuestionWords; };
  auto answer = [](const Unit& u) { return !u.starts_with_mark && !u.asks; };
  // A pair: a question that asks, or a statement put to the interviewee that
  // an answer in the first person takes up ("La Région vous verse des sommes
  // considérables." "Environ 180 millions, oui. Nous investissons…").
  auto pair = [&](size_t u) {
    return question(units[u]) && answer(units[u + 1]) && (units[u].asks || units[u + 1].first_person);
  };
  for (size_t q = 0; q + 1 < units.size();) {
    // A zone of pairs, opened by a question that asks.
    size_t end = q, first_person = 0;
    while (end + 1 < units.size() && (end > q || units[end].asks) && pair(end)) {
      first_person += units[end + 1].first_person;
      end += 2;
    }
    const size_t pairs = (end - q) / 2;
    if (pairs >= kUnlabelledPairs && first_person >= kFirstPersonAnswers)
      for (size_t a = q + 1; a < end; a += 2) {
        Turn t;
        t.content = words.span(units[a].first, units[a].last);
        t.interviewee = true;
        out.push_back(t);
      }
    q = std::max(end, q + 1);
  }
}

void InterviewTurns::find(const Words& words, std::vector<Turn>& out) const {
  out.clear();
  std::vector<Line> lines;
  for (size_t i = 0; i < words.size(); ++i) {
    if (lines.empty() || words.token(i).has(token_flags::line_before))
      lines.push_back({i, i, lines.empty() || words.token(i).has(token_flags::paragraph_before)});
    lines.back().last = i + 1;
  }
  if (!labelled(words, lines, out)) unlabelled(words, lines, out);
  std::stable_sort(out.begin(), out.end(), [](const Turn& a, const Turn& b) { return a.content.start < b.content.start; });
}

}  // namespace dixit
