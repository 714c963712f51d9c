// Interviews and transcripts, where the words of a speaker carry no quote
// marks: answers after "A:"/"R :" labels, turns after a speaker's label ("JENNA
// PRICE, HOST:", "OKAFOR:", "JC –", "Jean-Louis Billon :"), and answers in a
// Q&A printed without labels (questions ending with "?" or a lead-in "…", each
// followed by an answer). Questions are not quotes (EVAL_FORMAT): the turns of
// a label that only asks are dropped. A turn runs to the next label or the end
// of its paragraph. Works on lines and paragraphs, one pass over the tokens.
#pragma once

#include <optional>
#include <vector>

#include "dixit/dixit.h"
#include "quotes/words.h"

namespace dixit {

class SpeechLexicon;

struct Turn {
  Span content;               // the answer or the turn, without its label
  std::optional<size_t> label_first, label_last;  // tokens of the speaker's label, for transcripts
  bool interviewee = false;   // an answer: spoken by the person the interview is with
};

class InterviewTurns {
 public:
  explicit InterviewTurns(const SpeechLexicon& speech);
  void find(const Words& words, std::vector<Turn>& out) const;

 private:
  struct Line {
    size_t first, last;  // tokens
    bool paragraph_start;
  };
  enum class LabelKind : uint8_t { none, answer, question, capitals, name, full_name };
  struct Label {
    LabelKind kind = LabelKind::none;
    size_t first = 0;      // the label's first token: after the mark of a quoted transcript
    size_t separator = 0;  // the colon or dash token after the label
  };
  // Where a line's label would start: after the opening mark of a transcript
  // quoted paragraph by paragraph ("\"WALLACE: …").
  static size_t label_start(const Words& words, const Line& line);
  Label label_of(const Words& words, const Line& line) const;
  bool capital_label(const Words& words, size_t first, size_t end) const;
  static bool name_label(const Words& words, size_t first, size_t end);
  static bool full_name(const Words& words, size_t first, size_t end);
  // Labelled turns of a transcript or interview; false when the text has none.
  bool labelled(const Words& words, const std::vector<Line>& lines, std::vector<Turn>& out) const;
  void unlabelled(const Words& words, const std::vector<Line>& lines, std::vector<Turn>& out) const;

  const SpeechLexicon& speech_;
};

}  // namespace dixit
