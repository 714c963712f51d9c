#include <catch2/catch.hpp>

#include "dixit/dixit.h"
#include "lang/language.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;

TEST_CASE("French and English data are compiled in") {
  auto codes = Language::codes();
  CHECK(std::find(codes.begin(), codes.end(), "fr") != codes.end());
  CHECK(std::find(codes.begin(), codes.end(), "en") != codes.end());
  CHECK(Language::get("fr").icu_locale() == "fr");
  CHECK(Language::get("fr").section("language").contains("function_words"));
  CHECK(Language::get("fr").section("no-such-section").empty());
}

TEST_CASE("an unknown language is a usage error that lists the known ones") {
  CHECK_THROWS_AS(Language::get("xx"), UsageError);
  CHECK_THROWS_WITH(Language::get("xx"), Catch::Contains("known: en, fr"));
}

TEST_CASE("the language is detected from function words") {
  CHECK(Language::detect(u16("Le ministre a déclaré que les négociations avaient échoué.")).code() == "fr");
  CHECK(Language::detect(u16("The minister said that the talks had failed.")).code() == "en");
  CHECK(Language::detect(dixit::test::u16(dixit::test::seed_gold()["text"].get<std::string>())).code() == "fr");
  CHECK(Language::detect(u"").code() == "en");  // the default language when nothing decides
  // Short texts, where every common word counts.
  CHECK(Language::detect(u16("Il a dit « oui », a-t-il ajouté.")).code() == "fr");
  CHECK(Language::detect(u16("« C'est déjà fait », dit-elle.")).code() == "fr");
  CHECK(Language::detect(u16("\"I did what I said I would do,\" he said.")).code() == "en");
}
