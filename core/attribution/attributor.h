// Who said what: links each quote to its cue and speaker, and turns cues into
// indirect, mixed and according-to quotes. Direct quotes are attributed by a cue
// before them ("a déclaré : « … »", "a souligné que « … »"), after them ("« … »,
// a-t-il dit", "“…,” she said", "« … » : X explique"), or, failing both, to the
// speaker of the sentence before (English floating quotes), with low confidence.
#pragma once

#include <vector>

#include "dixit/dixit.h"
#include "quotes/cue_finder.h"
#include "quotes/reported_speech.h"
#include "quotes/speech_lexicon.h"
#include "speakers/mention_finder.h"

namespace dixit {

class Language;
struct Document;

class Attributor {
 public:
  explicit Attributor(const Language& lang);
  // `quotes` holds the direct quotes on entry and every quote, in text order, on exit.
  void run(const Document& doc, std::vector<Quote>& quotes, std::vector<Speaker>& speakers) const;

 private:
  struct Claim;
  std::optional<Mention> speaker_of(const Words& words, const Cue& cue, size_t first, size_t last) const;

  SpeechLexicon speech_;
  MentionFinder mentions_;
  CueFinder cues_;
  ReportedSpeech reported_;
};

}  // namespace dixit
