#include <catch2/catch.hpp>

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
