#include "pipeline.h"

#include <map>
#include <mutex>

#include "amounts/amount_extractor.h"
#include "attribution/attributor.h"
#include "document.h"
#include "lang/language.h"
#include "quotes/quote_finder.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"
#include "text/fold.h"

namespace dixit {

struct Pipeline::Stages {
  TokenizerRules tokenizer_rules;
  SentenceSplitter sentences;
  AmountExtractor amounts;
  QuoteFinder quotes;
  Attributor attribution;

  explicit Stages(const Language& lang)
      : tokenizer_rules{lang.folded_list("language", "elisions"), lang.folded_list("language", "function_words")},
        sentences(lang),
        amounts(lang),
        quotes(lang),
        attribution(lang) {}
};

const Pipeline& Pipeline::for_language(const Language& lang) {
  static std::mutex mutex;
  static std::map<const Language*, std::unique_ptr<Pipeline>> pipelines;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = pipelines[&lang];
  if (!slot) slot = std::make_unique<Pipeline>(lang);
  return *slot;
}

Pipeline::Pipeline(const Language& lang) : lang_(lang), stages_(std::make_unique<Stages>(lang)) {}
Pipeline::~Pipeline() = default;

Annotations Pipeline::run(std::u16string_view text) const {
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
  stages_->attribution.run(doc, out.quotes, out.speakers);
  return out;
}

}  // namespace dixit
