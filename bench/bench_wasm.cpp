// Wasm half of scripts/bench, a module of its own (never shipped): the bare ICU
// word-break pass in wasm, and the annotation split into its stages so that
// the cost of the JS<->wasm boundary in wasm/bindings.cpp can be measured.
// setText() copies the text in once; every other call works on that copy.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>

#include "dixit/dixit.h"
#include "text/embedded_icu.h"
#include "stages.h"

using emscripten::val;

namespace {

const bool icu_data_ready = dixit::text::use_embedded_icu_data();

std::u16string g_text;

bool set_text(val text) {
  const size_t length = text["length"].as<size_t>();
  g_text.assign(length + 1, u'\0');
  val::module_property("stringToUTF16")(text, reinterpret_cast<uintptr_t>(g_text.data()),
                                        static_cast<double>(g_text.size() * sizeof(char16_t)));
  g_text.pop_back();
  return icu_data_ready;
}

double word_break() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("fr"), status));
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, reinterpret_cast<const UChar*>(g_text.data()), static_cast<int64_t>(g_text.size()), &status);
  it->setText(&ut, status);
  if (U_FAILURE(status)) return -1;
  double words = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    if (it->getRuleStatus() != UBRK_WORD_NONE) ++words;
  utext_close(&ut);
  return words;
}

// The boundary step by step: the core alone; plus the JSON text (what the
// shipped module parses); plus handing that string to JavaScript.
double core_only() { return static_cast<double>(dixit::annotate(g_text).quotes.size()); }
double core_json() { return static_cast<double>(dixit::to_json_string(dixit::annotate(g_text)).size()); }
std::string core_json_string() { return dixit::to_json_string(dixit::annotate(g_text)); }
std::string stages(int runs, int warmup) { return time_stages(g_text, runs, warmup); }

double heap_bytes() { return static_cast<double>(emscripten::val::module_property("HEAP8")["length"].as<double>()); }

}  // namespace

EMSCRIPTEN_BINDINGS(dixit_bench) {
  emscripten::function("setText", &set_text);
  emscripten::function("wordBreak", &word_break);
  emscripten::function("coreOnly", &core_only);
  emscripten::function("coreJson", &core_json);
  emscripten::function("coreJsonString", &core_json_string);
  emscripten::function("stages", &stages);
  emscripten::function("heapBytes", &heap_bytes);
}
