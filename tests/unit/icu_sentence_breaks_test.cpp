// icu_sentence_breaks() runs ICU's sentence iterator over windows around the
// terminal marks only: it must find exactly what one pass of the same iterator
// over the whole text finds, on real articles and on hostile strings.
#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <random>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "segment/icu_sentence_breaks.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;

namespace {

std::unique_ptr<icu::BreakIterator> sentence_iterator(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale(locale), status));
  REQUIRE(U_SUCCESS(status));
  return it;
}

// The reference: every boundary of one pass, without the text's two ends.
std::vector<uint32_t> full_pass(icu::BreakIterator& it, std::u16string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it.setText(ut, status);
  std::vector<uint32_t> out;
  for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next())
    if (b > 0 && static_cast<size_t>(b) < text.size()) out.push_back(static_cast<uint32_t>(b));
  utext_close(ut);
  return out;
}

std::vector<uint32_t> windowed(icu::BreakIterator& it, std::u16string_view text) {
  std::vector<uint32_t> out;
  icu_sentence_breaks(it, text, out);
  return out;
}

const char* const kLocales[] = {"fr@ss=standard", "en@ss=standard", "fr", "en"};

}  // namespace

TEST_CASE("sentence windows: the boundaries of a full pass on every corpus text") {
  size_t texts = 0, boundaries = 0;
  for (const char* locale : kLocales) {
    auto it = sentence_iterator(locale);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(DIXIT_SOURCE_DIR) + "/tests/corpus")) {
      if (entry.path().extension() != ".json") continue;
      const std::string repo_path = std::filesystem::relative(entry.path(), DIXIT_SOURCE_DIR).string();
      const std::u16string text = u16(dixit::test::read_json(repo_path)["text"].get<std::string>());
      INFO(locale << " " << repo_path);
      const auto expected = full_pass(*it, text);
      CHECK(windowed(*it, text) == expected);
      ++texts;
      boundaries += expected.size();
    }
  }
  CHECK(texts >= 4 * 60);
  CHECK(boundaries > 5000);
}

TEST_CASE("sentence windows: the boundaries of a full pass on hard cases") {
  const char* const cases[] = {
      "", ".", "...", "?!", "Fin.", "M. Dupont est arrivé. Il a parlé.", "Dr. Smith said so. Mr.Jones did not.",
      "The U.S. economy grew. U.S.A. is long.", "etc. 3 millions d'euros. Ensuite", "Il a 3.5 ans. Oui.",
      "« Fin. » Suite. « Encore ! » dit-il.", "end.\r\nNext line\rand\nmore\u2029para\u2028line\u0085nel",
      "a.b.c.d.e. F", "\U0001D400. B. \U0001D41A. c", "e.g. this. i.e. that", "Attendez… Non.", "Quoi ?! Rien.",
      "中文。日本語。", "Gestion.Assistance militaire", "(Yes.) (No.) \"Maybe.\" 'So.'", "x.\u0301 Y", "A.\u00a0B",
      "   .  .  . a", "Hello.\n\n\nWorld.", "1. 2. 3. Go", "Why?\u00bb Because.", "Fin.\"\u201d\u2019 Then",
  };
  for (const char* locale : kLocales) {
    auto it = sentence_iterator(locale);
    for (const char* c : cases) {
      const std::u16string text = u16(c);
      INFO(locale << " " << c);
      CHECK(windowed(*it, text) == full_pass(*it, text));
    }
  }
}

TEST_CASE("sentence windows: the boundaries of a full pass on random strings") {
  // Strings of the characters the rules look at: marks, closers, spaces,
  // separators, letters of each case, digits, a lone surrogate.
  const std::u16string alphabet = u".!?\u2026\u3002)\u00bb\u201d\"' \u00a0\t\n\r\u2029aBcDxY1,;:-\u00e9\u0301\xd835";
  std::mt19937 random(20261202);
  for (const char* locale : {"fr@ss=standard", "en@ss=standard"}) {
    auto it = sentence_iterator(locale);
    for (int n = 0; n < 20000; ++n) {
      std::u16string text;
      const size_t length = random() % 60;
      for (size_t k = 0; k < length; ++k) {
        // Mostly words, so that abbreviations ("Mr", "Dr") and plain words appear too.
        if (random() % 3 == 0) text += (random() % 2) ? u"Mr" : u"word";
        else text += alphabet[random() % alphabet.size()];
      }
      INFO(locale << " case " << n);
      REQUIRE(windowed(*it, text) == full_pass(*it, text));
    }
  }
}
