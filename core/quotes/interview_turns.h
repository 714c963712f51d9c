// Interviews and transcripts, where the words of a speaker carry no quote
// marks: answers after "A:"/"R :" labels, turns after a speaker's name in
// capitals ("JENNA PRICE, HOST:", "OKAFOR:"), and answers in a Q&A printed
// without labels (short questions ending with "?", each followed by an answer
// in the first person). Each turn runs to the end of its paragraph. Works on
// paragraphs, one pass over the tokens.
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
  struct Paragraph {
    size_t first, last;  // tokens
  };
  // Where a paragraph's label starts: after the quote mark of a quoted transcript.
  static size_t label_first(const Words& words, const Paragraph& p);
  // The label before a colon at the start of a paragraph: its end token (the colon), or nothing.
  std::optional<size_t> label_colon(const Words& words, const Paragraph& p) const;
  bool capital_label(const Words& words, size_t first, size_t colon) const;
  void unlabelled(const Words& words, const std::vector<Paragraph>& paragraphs, std::vector<Turn>& out) const;

  const SpeechLexicon& speech_;
};

}  // namespace dixit
