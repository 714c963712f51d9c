#include "pipeline.h"

#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <utility>

#include "amounts/amount_extractor.h"
#include "attribution/attributor.h"
#include "document.h"
#include "lang/image.h"
#include "lang/lang_data.h"
#include "lang/language.h"
#include "quotes/quote_finder.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"
#include "text/fold.h"
#include "text/utf.h"

namespace dixit {

struct Pipeline::Stages {
  static TokenizerRules rules_of(const Language& lang) {
    return {lang.folded_list("language", "elisions"), lang.folded_list("language", "function_words")};
  }
  TokenizerRules tokenizer_rules;
  SentenceSplitter sentences;
  AmountExtractor amounts;
  QuoteFinder quotes;
  Attributor attribution;

  explicit Stages(const Language& lang)
      : tokenizer_rules(rules_of(lang)),
        sentences(lang),
        amounts(lang),
        quotes(lang),
        attribution(lang) {}
  // The lexicons come from the image; the rest is small and built from the data.
  Stages(const Language& lang, image::Reader& in)
      : tokenizer_rules(rules_of(lang)),
        sentences(lang),
        amounts(in),
        quotes(lang),
        attribution(in) {}
};

namespace {
// What an image starts with, then its language's code. An image is read only by
// the build that made it, so its layout carries no version.
constexpr std::string_view kImageMagic = "dixit lexicon image";
}  // namespace

const Pipeline& Pipeline::for_language(const Language& lang) {
  static std::mutex mutex;
  static std::map<const Language*, std::unique_ptr<Pipeline>> pipelines;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = pipelines[&lang];
  if (slot) return *slot;
  // A build that embeds images (the wasm module) embeds none of the lexicons'
  // JSON beside them (wasm/CMakeLists.txt): an image it cannot read is a
  // build defect, never expected (node.parity reads every embedded one), and
  // building from the absent data would find nothing without a word.
  if (const lang_data::Image* embedded = lang_data::image_for(lang.code())) {
    slot = from_lexicon_image(lang, {reinterpret_cast<const char*>(embedded->data), embedded->size});
    if (!slot) throw std::runtime_error("dixit: the embedded lexicon image of \"" + lang.code() + "\" is damaged");
  } else {
    slot = std::make_unique<Pipeline>(lang);
  }
  return *slot;
}

Pipeline::Pipeline(const Language& lang) : lang_(lang), stages_(std::make_unique<Stages>(lang)) {}

Pipeline::Pipeline(const Language& lang, std::unique_ptr<Stages> stages) : lang_(lang), stages_(std::move(stages)) {}

std::unique_ptr<Pipeline> Pipeline::from_lexicon_image(const Language& lang, std::string_view bytes) {
  image::Reader in(bytes);
  std::string magic, code;
  in(magic, code);
  if (!in.ok() || magic != kImageMagic || code != lang.code()) return nullptr;
  auto stages = std::make_unique<Stages>(lang, in);
  if (!in.ok() || !in.at_end()) return nullptr;
  return std::unique_ptr<Pipeline>(new Pipeline(lang, std::move(stages)));
}

std::string Pipeline::lexicon_image() const {
  image::Writer out;
  out(std::string(kImageMagic), lang_.code());
  stages_->amounts.save(out);
  stages_->attribution.save(out);
  return out.bytes();
}
Pipeline::~Pipeline() = default;

namespace {

constexpr size_t kSegmentUnits = size_t{1} << 19;  // a segment's length before its cut
constexpr size_t kSegmentSlack = size_t{1} << 18;  // how far past it a paragraph break is looked for

// Where the segment that starts at `from` ends: after a blank line past
// kSegmentUnits, else after a line break, a sentence's end or a space; never
// between the two halves of a surrogate pair.
size_t segment_end(std::u16string_view text, size_t from) {
  const size_t at = from + kSegmentUnits;
  if (at + kSegmentSlack >= text.size()) return text.size();
  const size_t limit = at + kSegmentSlack;
  auto find = [&](auto is_cut) -> size_t {
    for (size_t i = at; i < limit; ++i)
      if (is_cut(i)) return i + 1;
    return 0;
  };
  auto blank_line = [&](size_t i) {
    if (text[i] != u'\n') return false;
    size_t k = i + 1;
    while (k < limit && (text[k] == u' ' || text[k] == u'\t' || text[k] == u'\r')) ++k;
    return k < limit && text[k] == u'\n';
  };
  if (size_t cut = find(blank_line)) return cut;
  if (size_t cut = find([&](size_t i) { return text::is_line_break(text[i]); })) return cut;
  if (size_t cut = find([&](size_t i) { return text[i] == u'.' && text::is_space(text[i + 1]); })) return cut;
  if (size_t cut = find([&](size_t i) { return text::is_space(text[i]); })) return cut;
  return text::is_low_surrogate(text[at]) ? at + 1 : at;
}

// Appends `part`, annotated from offset `shift` of the whole text, to `out`.
// Named speakers of several segments are one speaker; anonymous ones never merge.
void append_segment(Annotations& part, uint32_t shift, Annotations& out,
                    std::map<std::pair<int, std::u16string>, size_t>& named) {
  auto moved = [shift](Span s) { return Span{s.start + shift, s.end + shift}; };
  std::vector<size_t> speaker_index(part.speakers.size());
  for (size_t i = 0; i < part.speakers.size(); ++i) {
    Speaker& s = part.speakers[i];
    for (Span& m : s.mentions) m = moved(m);
    std::optional<std::pair<int, std::u16string>> key;
    if (s.kind != SpeakerKind::anonymous) key = std::pair{static_cast<int>(s.kind), text::folded_utf8(s.name)};
    if (auto it = key ? named.find(*key) : named.end(); key && it != named.end()) {
      auto& into = out.speakers[it->second];
      into.mentions.insert(into.mentions.end(), s.mentions.begin(), s.mentions.end());
      if (!into.role && s.role) into.role = s.role;
      speaker_index[i] = it->second;
      continue;
    }
    speaker_index[i] = out.speakers.size();
    if (key) named.emplace(*key, out.speakers.size());
    out.speakers.push_back(std::move(s));
  }
  for (Quote& q : part.quotes) {
    q.span = moved(q.span);
    if (q.cue) q.cue = moved(*q.cue);
    if (q.speaker) q.speaker = speaker_index[*q.speaker];
    out.quotes.push_back(std::move(q));
  }
  const size_t amount_base = out.amounts.size();
  for (Amount& a : part.amounts) {
    a.span = moved(a.span);
    if (a.equivalent_of) a.equivalent_of = *a.equivalent_of + amount_base;
    out.amounts.push_back(std::move(a));
  }
}

}  // namespace

Annotations Pipeline::run(std::u16string_view text) const {
  if (segment_end(text, 0) == text.size()) return run_segment(text);
  Annotations out;
  out.lang = lang_.code();
  std::map<std::pair<int, std::u16string>, size_t> named;
  for (size_t from = 0; from < text.size();) {
    const size_t to = segment_end(text, from);
    Annotations part = run_segment(text.substr(from, to - from));
    if (from == 0) {
      // Room for the whole text's results, from the first segment's rate:
      // vectors that grow by doubling leave holes the heap cannot reuse.
      const double scale = 1.25 * static_cast<double>(text.size()) / static_cast<double>(to);
      out.quotes.reserve(static_cast<size_t>(scale * static_cast<double>(part.quotes.size())));
      out.amounts.reserve(static_cast<size_t>(scale * static_cast<double>(part.amounts.size())));
    }
    append_segment(part, static_cast<uint32_t>(from), out, named);
    from = to;
  }
  return out;
}

Annotations Pipeline::run_segment(std::u16string_view text) const {
  Document doc;
  doc.text = text;
  doc.lang = &lang_;
  text::append_folded(text, doc.folded);
  tokenize(text, stages_->tokenizer_rules, doc.tokens);
  stages_->sentences.split(text, doc.tokens, doc.sentences);

  Annotations out;
  out.lang = lang_.code();
  stages_->amounts.extract(doc, out.amounts);
  stages_->quotes.find(doc, out.quotes);
  stages_->attribution.run(doc, out.amounts, out.quotes, out.speakers);
  return out;
}

}  // namespace dixit
