#include <catch2/catch.hpp>

#include <map>

#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;

TEST_CASE("an empty text gives empty lists") {
  for (const char* lang : {"auto", "fr", "en"}) {
    auto json = to_json(annotate(u"", Options{lang}));
    CHECK(json["speakers"].empty());
    CHECK(json["quotes"].empty());
    CHECK(json["amounts"].empty());
  }
}

TEST_CASE("the output follows the schema contract, keys in order") {
  auto json = to_json(annotate(u16("« Nous partons », a-t-il dit."), Options{"fr"}));
  std::vector<std::string> keys;
  for (auto& [k, v] : json.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"version", "lang", "speakers", "quotes", "amounts"});
  CHECK(json["version"] == std::string(version()));
  CHECK(json["lang"] == "fr");
  REQUIRE(json["quotes"].size() == 1);
  const auto& q = json["quotes"][0];
  CHECK(q["id"] == "q1");
  CHECK(q["start"] == 0);
  CHECK(q["end"] == 16);
  CHECK(q["type"] == "direct");
  CHECK(q["confidence"].get<double>() > 0.0);
  CHECK(q["confidence"].get<double>() < 1.0);
}

TEST_CASE("an unknown language is refused") {
  CHECK_THROWS_AS(annotate(u"text", Options{"xx"}), UsageError);
}

TEST_CASE("offsets are UTF-16 units with astral characters before them") {
  auto json = to_json(annotate(u16("🙂🙂 « oui »"), Options{"fr"}));
  REQUIRE(json["quotes"].size() == 1);
  CHECK(json["quotes"][0]["start"] == 5);
  CHECK(json["quotes"][0]["end"] == 12);
}

TEST_CASE("a text of several million units is annotated in segments that join seamlessly") {
  const auto gold = dixit::test::seed_gold();
  const std::u16string article = dixit::test::u16(gold["text"].get<std::string>()) + u"\n\n";
  const size_t copies = 3'000'000 / article.size() + 1;  // three segments or so
  std::u16string text;
  for (size_t k = 0; k < copies; ++k) text += article;
  const auto one = annotate(article, Options{"fr"});
  const auto all = annotate(text, Options{"fr"});
  REQUIRE(all.quotes.size() == copies * one.quotes.size());
  REQUIRE(all.amounts.size() == copies * one.amounts.size());
  // Offsets are the whole text's, and each copy reads as it does alone.
  for (size_t k : {size_t{0}, copies / 2, copies - 1})
    for (size_t q = 0; q < one.quotes.size(); ++q) {
      const auto& a = all.quotes[k * one.quotes.size() + q];
      CHECK(a.span.start == one.quotes[q].span.start + k * article.size());
      CHECK(a.type == one.quotes[q].type);
    }
  const auto& last = all.amounts.back();
  REQUIRE(last.equivalent_of);
  CHECK(all.amounts[*last.equivalent_of].span.start ==
        one.amounts[*one.amounts.back().equivalent_of].span.start + (copies - 1) * article.size());
  // A named speaker is one speaker across segments; each anonymous source stays its own.
  std::map<std::string, size_t> named;
  for (const auto& s : all.speakers)
    if (s.kind != SpeakerKind::anonymous) ++named[s.name];
  for (const auto& [name, count] : named) {
    INFO(name);
    CHECK(count == 1);
  }
  size_t anonymous_one = 0;
  for (const auto& s : one.speakers) anonymous_one += s.kind == SpeakerKind::anonymous;
  CHECK(all.speakers.size() == named.size() + copies * anonymous_one);
}
