// Who said what: links each quote to its cue and speaker, and turns cues into
// indirect, mixed and according-to quotes. Direct quotes are attributed by a cue
// before them ("a déclaré : « … »", "a souligné que « … »"), after them ("« … »,
// a-t-il dit", "“…,” she said", "« … » : X explique"), or, failing both, to the
// speaker of the sentence before (English floating quotes), with low confidence.
#pragma once

#include <vector>

#include "attribution/clause_subjects.h"
#include "attribution/unknown_verb_subjects.h"
#include "dixit/dixit.h"
#include "quotes/cue_finder.h"
#include "quotes/interview_turns.h"
#include "quotes/reported_speech.h"
#include "quotes/speech_lexicon.h"
#include "speakers/mention_finder.h"
#include "speakers/speaker_labels.h"

namespace dixit {

class Language;
struct Document;

class Attributor {
 public:
  explicit Attributor(const Language& lang);
  // From a lexicon image (lang/image.h): the vocabulary, then the lexicons numbered in it.
  explicit Attributor(image::Reader& in);
  void save(image::Writer& out) const;
  // `quotes` holds the direct quotes on entry and every quote, in text order, on exit.
  // `amounts`: the document's amounts, in text order; no speaker is named inside one ("1,83 milliards F CFA").
  void run(const Document& doc, const std::vector<Amount>& amounts, std::vector<Quote>& quotes,
           std::vector<Speaker>& speakers) const;

 private:
  struct Claim;
  struct DirectQuote;
  // The marked quotes and the interview turns, as one list in text order;
  // turns become claims at once, with their label or the interviewee as speaker.
  // Quotes coordinated inside one sentence, the second going on in lower case
  // ("« A » et « où B »", "son « émotion » et du « soutien »"), become one.
  // Tokens [first, comma) are a prepositional phrase alone ("en trente ans de carrière").
  bool fronted_adverbial(const Words& words, size_t first, size_t comma) const;
  // The issuer of a statement after "selon": "le communiqué de la préfecture".
  std::optional<Mention> document_author(const Words& words, size_t i, size_t last) const;
  void merge_coordinated(const Document& doc, const Words& words, std::vector<Quote>& quotes) const;
  void add_turns(const Words& words, std::vector<Quote>& quotes, std::vector<Claim>& claims,
                 std::vector<bool>& is_turn) const;
  std::optional<Mention> speaker_of(const Words& words, const Cue& cue, size_t first, size_t last) const;
  // Every mention outside direct quotes, in text order (pronouns excepted).
  void scan_mentions(const Document& doc, const Words& words, const std::vector<DirectQuote>& direct,
                     const std::vector<Amount>& amounts,
                     std::vector<Mention>& out) const;
  static bool opens_clause(const Words& words, size_t first, size_t sentence_first);
  // Whether `role` is the apposition of the person `named` just before it ("X, ex-ministre,").
  static bool appositive_role(const Words& words, const Mention& named, const Mention& role);
  static bool looks_like_title(const Words& words, const DirectQuote& q);
  // Tokens [first, last), marks included, are a nickname inside a name: Marcia "Cia" Price.
  static bool is_nickname(const Words& words, size_t first, size_t last);
  static bool is_fragment(const Document& doc, const Words& words, const DirectQuote& q,
                          const std::vector<size_t>& sentences_with_cue);
  static bool colon_between(const Words& words, size_t from, size_t to);
  static bool starts_lower(const Words& words, const DirectQuote& q);
  // Where a content holding direct quote `q` must stop because `q` has a verb of
  // its own (before it after a comma or colon, or closing it after a comma),
  // other than `cue`; nullopt when `q` is the content's own quoted words.
  std::optional<size_t> own_cue_start(const Words& words, const std::vector<Cue>& cues, size_t cue,
                                      const DirectQuote& q, size_t content_first) const;
  // Ends `content` before a later cue of the sentence that opens its own clause after a comma.
  void cut_at_next_cue(const Words& words, const std::vector<Cue>& cues,
                       const std::vector<std::optional<Mention>>& speakers, size_t cue, Content& content) const;
  // The cue has no subject of its own: a participle, an infinitive or a second verb.
  bool shares_subject(const Words& words, const Cue& cue, size_t sentence_first) const;
  // The subject right after a verb that closes its sentence ("…, a affirmé le
  // ministre.", "…, said the company on Monday,"), not a pronoun; or nothing.
  std::optional<Mention> closing_inverted_subject(const Words& words, const Cue& cue, size_t last) const;
  static void drop_nested(std::vector<Claim>& claims);
  // What a resolved claim's speaker rests on, for its confidence.
  static Basis basis_of(const Claim& c, bool attributed);
  // Claims in page furniture ("À lire aussi : …") are no quotes.
  void drop_furniture(const Words& words, std::vector<Claim>& claims) const;
  // The direct quote (from index `from` on) whose tokens hold `token`.
  static std::optional<size_t> direct_around(const std::vector<DirectQuote>& direct, size_t from, size_t token);
  // Binary searches, from index `from` on (direct quotes and cues are in text order, without overlaps):
  // the first direct quote starting at or after `token`; the first ending after it; the first cue at or after it.
  static size_t first_direct_from(const std::vector<DirectQuote>& direct, size_t from, size_t token);
  static size_t first_direct_ending_after(const std::vector<DirectQuote>& direct, size_t from, size_t token);
  static std::vector<Cue>::const_iterator cues_from(const std::vector<Cue>& cues, size_t token);
  // Each claim's speaker as an entity of the article, and the speakers list.
  void resolve(const Document& doc, const Words& words, const std::vector<DirectQuote>& direct,
               const std::vector<Amount>& amounts, std::vector<Claim>& claims, std::vector<Speaker>& speakers) const;

  Vocabulary vocabulary_;  // filled by the lexicons below as they are built, read-only after
  SpeechLexicon speech_;
  MentionFinder mentions_;
  CueFinder cues_;
  ReportedSpeech reported_;
  InterviewTurns interview_;
  SpeakerLabels labels_;
  UnknownVerbSubjects unknown_verbs_;
  ClauseSubjects subjects_;
};

}  // namespace dixit
