// Native half of scripts/bench: full annotation, the bare ICU word-break pass,
// seed latency and peak RSS. Prints one JSON object; bench/run.mjs reads it.
//
//   dixit_bench annotate  FILE RUNS WARMUP   annotate + to_json_string (what the CLI prints)
//   dixit_bench wordbreak FILE RUNS WARMUP   ICU word BreakIterator over the same UTF-16 text
//   dixit_bench latency   FILE RUNS          per-call times of annotate + to_json_string
//   dixit_bench memory    FILE               one annotation; peak RSS (VmHWM) before and after
//   dixit_bench stages    FILE RUNS WARMUP   each stage of the pipeline alone, in its order, on the
//                                            whole text (language detected once, outside the timings)
//
// FILE is UTF-8; it is decoded to UTF-16 once, outside every timing.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "dixit/dixit.h"
#include "stages.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::u16string read_utf16(const char* path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "dixit_bench: cannot open %s\n", path);
    std::exit(2);
  }
  std::string bytes((std::istreambuf_iterator<char>(file)), {});
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(bytes);
  return std::u16string(reinterpret_cast<const char16_t*>(u.getBuffer()), static_cast<size_t>(u.length()));
}

// Peak RSS of this process image (VmHWM). Not getrusage: ru_maxrss survives
// execve, so it would report the parent's (node's) peak.
long maxrss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return -1;
}

struct Found {
  size_t quotes = 0, speakers = 0, amounts = 0, json_bytes = 0;
};

Found annotate_full(const std::u16string& text) {
  dixit::Annotations a = dixit::annotate(text);
  std::string json = dixit::to_json_string(a);
  return {a.quotes.size(), a.speakers.size(), a.amounts.size(), json.size()};
}

// The practical floor: every word boundary, with its rule status, nothing else.
size_t word_break(const std::u16string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("fr"), status));
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, reinterpret_cast<const UChar*>(text.data()), static_cast<int64_t>(text.size()), &status);
  it->setText(&ut, status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "dixit_bench: word break iterator: %s\n", u_errorName(status));
    std::exit(1);
  }
  size_t words = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    if (it->getRuleStatus() != UBRK_WORD_NONE) ++words;
  utext_close(&ut);
  return words;
}

void print_times(const std::vector<double>& ms) {
  std::printf("\"ms\":[");
  for (size_t i = 0; i < ms.size(); ++i) std::printf("%s%.4f", i ? "," : "", ms[i]);
  std::printf("]");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: dixit_bench annotate|wordbreak|latency|memory|stages FILE [RUNS [WARMUP]]\n");
    return 2;
  }
  const std::string mode = argv[1];
  const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
  const int warmup = argc > 4 ? std::atoi(argv[4]) : 1;
  const long rss_before_load = maxrss_kb();
  const std::u16string text = read_utf16(argv[2]);

  if (mode == "annotate" || mode == "wordbreak" || mode == "latency") {
    const bool annotating = mode != "wordbreak";
    Found found;
    size_t words = 0;
    for (int i = 0; i < warmup; ++i) annotating ? (void)(found = annotate_full(text)) : (void)(words = word_break(text));
    std::vector<double> ms;
    ms.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
      auto t0 = Clock::now();
      if (annotating) found = annotate_full(text); else words = word_break(text);
      ms.push_back(ms_since(t0));
    }
    std::printf("{\"mode\":\"%s\",\"chars\":%zu,", mode.c_str(), text.size());
    if (annotating)
      std::printf("\"quotes\":%zu,\"speakers\":%zu,\"amounts\":%zu,\"json_bytes\":%zu,", found.quotes, found.speakers,
                  found.amounts, found.json_bytes);
    else
      std::printf("\"words\":%zu,", words);
    print_times(ms);
    std::printf("}\n");
    return 0;
  }
  if (mode == "stages") {
    std::printf("{\"mode\":\"stages\",%s\n", time_stages(text, runs, warmup).substr(1).c_str());
    return 0;
  }
  if (mode == "memory") {
    const long rss_loaded = maxrss_kb();
    Found found = annotate_full(text);
    std::printf("{\"mode\":\"memory\",\"chars\":%zu,\"quotes\":%zu,\"maxrss_start_kb\":%ld,\"maxrss_loaded_kb\":%ld,"
                "\"maxrss_kb\":%ld}\n",
                text.size(), found.quotes, rss_before_load, rss_loaded, maxrss_kb());
    return 0;
  }
  std::fprintf(stderr, "dixit_bench: unknown mode %s\n", mode.c_str());
  return 2;
}
