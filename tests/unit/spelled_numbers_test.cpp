// The spelled-number reader against ICU's RBNF spellout rules, natively: every
// spelling ICU writes, in every cardinal rule set of the language, reads back
// to its number; phrases that spell no number are refused. The reader itself
// never calls ICU's number formatting, which the wasm module leaves out.
#include <catch2/catch.hpp>

#include <random>

#include <unicode/unum.h>

#include "amounts/number_reader.h"
#include "lang/language.h"
#include "test_support.h"
#include "text/fold.h"

namespace {

struct Speller {
  UNumberFormat* format = nullptr;
  std::vector<std::u16string> rule_sets;

  explicit Speller(const std::string& locale) {
    UErrorCode status = U_ZERO_ERROR;
    format = unum_open(UNUM_SPELLOUT, nullptr, 0, locale.c_str(), nullptr, &status);
    REQUIRE(U_SUCCESS(status));
    UChar buffer[4096];
    const int32_t length = unum_getTextAttribute(format, UNUM_PUBLIC_RULESETS, buffer, 4096, &status);
    std::u16string all(reinterpret_cast<const char16_t*>(buffer), static_cast<size_t>(length));
    for (size_t start = 0; start < all.size();) {
      size_t end = all.find(u';', start);
      if (end == std::u16string::npos) end = all.size();
      auto name = all.substr(start, end - start);
      if (name.find(u"spellout-cardinal") != std::u16string::npos || name == u"%spellout-numbering")
        rule_sets.push_back(name);
      start = end + 1;
    }
  }
  ~Speller() { unum_close(format); }

  std::u16string spell(const std::u16string& rule_set, int64_t n) const {
    UErrorCode status = U_ZERO_ERROR;
    unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, reinterpret_cast<const UChar*>(rule_set.c_str()),
                          static_cast<int32_t>(rule_set.size()), &status);
    UChar buffer[512];
    const int32_t length = unum_formatInt64(format, n, buffer, 512, nullptr, &status);
    return dixit::text::folded(std::u16string_view(reinterpret_cast<const char16_t*>(buffer), static_cast<size_t>(length)));
  }
};

std::vector<std::u16string_view> words_of(const std::u16string& spelled) {
  std::vector<std::u16string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= spelled.size(); ++i)
    if (i == spelled.size() || spelled[i] == u' ' || spelled[i] == u'-' || spelled[i] == u',') {
      if (i > start) out.push_back(std::u16string_view(spelled).substr(start, i - start));
      start = i + 1;
    }
  return out;
}

}  // namespace

TEST_CASE("spelled numbers: every spelling of ICU's spellout rules reads back to its number") {
  for (const std::string code : {"fr", "en"}) {
    const auto& lang = dixit::Language::get(code);
    const dixit::amounts::SpelledNumberReader reader(lang.section("numbers"), {});
    const Speller speller(lang.icu_locale());
    REQUIRE_FALSE(speller.rule_sets.empty());
    std::vector<int64_t> numbers;
    for (int64_t n = 0; n <= 2000; ++n) numbers.push_back(n);
    std::mt19937 random(20261201);
    for (int k = 0; k < 3000; ++k) numbers.push_back(std::uniform_int_distribution<int64_t>(2001, 999999)(random));
    size_t checked = 0;
    for (const auto& rule_set : speller.rule_sets)
      for (int64_t n : numbers) {
        const auto spelled = speller.spell(rule_set, n);
        const auto value = reader.parse_words(words_of(spelled));
        INFO(code << " " << dixit::test::u8(rule_set) << ": " << dixit::test::u8(spelled));
        REQUIRE(value);
        CHECK(*value == n);
        ++checked;
      }
    CHECK(checked >= 2 * numbers.size());
  }
}

TEST_CASE("spelled numbers: word strings that spell no number are refused") {
  const dixit::amounts::SpelledNumberReader fr(dixit::Language::get("fr").section("numbers"), {});
  const dixit::amounts::SpelledNumberReader en(dixit::Language::get("en").section("numbers"), {});
  auto refused = [](const dixit::amounts::SpelledNumberReader& reader, std::initializer_list<const char16_t*> words) {
    std::vector<std::u16string_view> list(words.begin(), words.end());
    return !reader.parse_words(list).has_value();
  };
  CHECK(refused(fr, {u"deux", u"trois"}));
  CHECK(refused(fr, {u"onze", u"deux"}));
  CHECK(refused(fr, {u"vingt", u"trente"}));
  CHECK(refused(fr, {u"cinquante", u"cents"}));  // "fifty cents" is no number
  CHECK(refused(fr, {u"mille", u"mille"}));
  CHECK(refused(fr, {u"et"}));
  CHECK(refused(fr, {u"vingt", u"et"}));
  CHECK(refused(fr, {u"zéro", u"un"}));
  CHECK(refused(en, {u"twenty", u"ten"}));
  CHECK(refused(en, {u"one", u"one"}));
  CHECK(refused(en, {u"and", u"five"}));
  CHECK_FALSE(refused(fr, {u"quatre", u"vingt", u"dix", u"sept"}));
  CHECK_FALSE(refused(en, {u"one", u"thousand", u"and", u"five"}));
}
