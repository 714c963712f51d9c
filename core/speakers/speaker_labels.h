// Speakers named by the page's layout instead of a verb: a label before a
// quote ("Paul Martin : « … »", "Paul Martin (entraîneur de Lens)⏎⏎« … »",
// "Le plus déçu : Marc Petit⏎« … »", "Luc Blanc, directeur⏎« … »") and a
// signature after it ("« … », Laurent DURAND⏎", "« … » (Pierre Morel)",
// "“…” ― Pamela Smith, The Daily⏎"). A label is a line of its own, or the
// start of the quote's line up to a colon; a signature ends its line. Both are
// a name or a role, short, with no verb after it.
#pragma once

#include <optional>

#include "quotes/words.h"
#include "speakers/mention_finder.h"

namespace dixit {

class SpeechLexicon;

class SpeakerLabels {
 public:
  SpeakerLabels(const MentionFinder& mentions, const SpeechLexicon& speech) : mentions_(mentions), speech_(speech) {}
  // The label of the direct quote whose first token (its opening mark) is `quote_first`.
  std::optional<Mention> before(const Words& words, size_t quote_first) const;
  // The signature of the direct quote that ends before token `quote_end`.
  std::optional<Mention> after(const Words& words, size_t quote_end) const;

 private:
  // Tokens [first, last) as a label: a mention, then nothing, a role after a
  // comma, or a role in parentheses; after an optional "Le plus déçu :".
  std::optional<Mention> label(const Words& words, size_t first, size_t last) const;
  // A person named right before the colon that opens the quote, inside a sentence.
  std::optional<Mention> named_before_colon(const Words& words, size_t colon) const;
  // A role or an outlet after a name: a few words, none of them a verb the lexicons know.
  bool role_words(const Words& words, size_t first, size_t last) const;

  const MentionFinder& mentions_;
  const SpeechLexicon& speech_;
};

}  // namespace dixit
