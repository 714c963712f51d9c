// The pipeline's stages one by one (core/pipeline.cpp runs them in this
// order), each timed alone on the whole text, the language detected once
// outside the timings: where a full annotation spends its time, natively and
// in wasm (bench_native.cpp and bench_wasm.cpp share this), and the amounts
// extractor's own speed. Returns one JSON object:
//   {"chars":N,"lang":"fr","amounts":N,"quotes":N,"stages":{"fold":[ms...],...}}
#pragma once

#include <chrono>
#include <cstdio>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "amounts/amount_extractor.h"
#include "attribution/attributor.h"
#include "dixit/dixit.h"
#include "document.h"
#include "lang/language.h"
#include "quotes/quote_finder.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"
#include "text/fold.h"

inline std::string time_stages(const std::u16string& text, int runs, int warmup) {
  using Clock = std::chrono::steady_clock;
  const dixit::Language& lang = dixit::Language::detect(text);
  const dixit::TokenizerRules rules{lang.folded_list("language", "elisions"),
                                    lang.folded_list("language", "function_words")};
  const dixit::SentenceSplitter sentences(lang);
  const dixit::AmountExtractor amounts(lang);
  const dixit::QuoteFinder quotes(lang);
  const dixit::Attributor attribution(lang);
  const char* names[] = {"fold", "tokenize", "sentences", "amounts", "quotes", "attribution", "json"};
  constexpr size_t kStages = std::size(names);
  std::vector<std::vector<double>> ms(kStages);
  size_t found_amounts = 0, found_quotes = 0;
  for (int run = 0; run < warmup + runs; ++run) {
    dixit::Document doc;
    doc.text = text;
    doc.lang = &lang;
    dixit::Annotations out;
    out.lang = lang.code();
    std::string json;
    const std::function<void()> steps[kStages] = {
        [&] { dixit::text::append_folded(text, doc.folded); },
        [&] { dixit::tokenize(text, rules, doc.tokens); },
        [&] { sentences.split(text, doc.tokens, doc.sentences); },
        [&] { amounts.extract(doc, out.amounts); },
        [&] { quotes.find(doc, out.quotes); },
        [&] { attribution.run(doc, out.amounts, out.quotes, out.speakers); },
        [&] { json = dixit::to_json_string(out); },
    };
    for (size_t k = 0; k < kStages; ++k) {
      const auto t0 = Clock::now();
      steps[k]();
      if (run >= warmup) ms[k].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    found_amounts = out.amounts.size();
    found_quotes = out.quotes.size();
  }
  std::string result = "{\"chars\":" + std::to_string(text.size()) + ",\"lang\":\"" + lang.code() +
                       "\",\"amounts\":" + std::to_string(found_amounts) +
                       ",\"quotes\":" + std::to_string(found_quotes) + ",\"stages\":{";
  for (size_t k = 0; k < kStages; ++k) {
    result += std::string(k ? "," : "") + "\"" + names[k] + "\":[";
    for (size_t i = 0; i < ms[k].size(); ++i) {
      char number[32];
      std::snprintf(number, sizeof number, "%s%.4f", i ? "," : "", ms[k][i]);
      result += number;
    }
    result += "]";
  }
  return result + "}}";
}
