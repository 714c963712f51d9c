#include <catch2/catch.hpp>

#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;
using dixit::test::u8;

namespace {
std::vector<std::string> direct_quotes(const std::string& utf8, const std::string& lang) {
  const auto text = u16(utf8);
  std::vector<std::string> out;
  for (const auto& q : annotate(text, Options{lang}).quotes)
    if (q.type == QuoteType::direct) out.push_back(u8(std::u16string_view(text).substr(q.span.start, q.span.size())));
  return out;
}
}  // namespace

TEST_CASE("direct quotes in every mark style") {
  CHECK(direct_quotes("« Nous partons », a-t-il dit.", "fr") == std::vector<std::string>{"« Nous partons »"});
  CHECK(direct_quotes("«\u00A0Nous partons\u202F», a-t-il dit.", "fr") ==
        std::vector<std::string>{"«\u00A0Nous partons\u202F»"});
  CHECK(direct_quotes("“We leave,” she said.", "en") == std::vector<std::string>{"“We leave,”"});
  CHECK(direct_quotes("\"We leave,\" she said.", "en") == std::vector<std::string>{"\"We leave,\""});
  CHECK(direct_quotes("He said „We are leaving“ yesterday.", "en") == std::vector<std::string>{"„We are leaving“"});
  CHECK(direct_quotes("Il a dit ‹ oui › hier.", "fr") == std::vector<std::string>{"‹ oui ›"});
  CHECK(direct_quotes("He said 'we will win the cup' yesterday.", "en") ==
        std::vector<std::string>{"'we will win the cup'"});
}

TEST_CASE("apostrophes are never quote marks") {
  CHECK(direct_quotes("L’Ukraine et aujourd'hui l'Otan ne l’ont pas dit.", "fr").empty());
  CHECK(direct_quotes("They don't recall the 1990s' boom, the players' union said.", "en").empty());
}

TEST_CASE("titles in quote marks are no one's words") {
  CHECK(direct_quotes("Elle a remporté la Palme avec « La Saison des cendres », un drame.", "fr").empty());
  CHECK(direct_quotes("His 1956 hit “Paper Moon Boogie” sold well.", "en").empty());
  // A quote that speaks stays, even short and capitalised.
  CHECK(direct_quotes("« Jamais », a-t-il répondu.", "fr") == std::vector<std::string>{"« Jamais »"});
  CHECK(direct_quotes("Le maire a parlé. « Nous verrons. »", "fr") == std::vector<std::string>{"« Nous verrons. »"});
  // Title Case, with the American comma inside the marks.
  CHECK(direct_quotes("She sang. The lyrics to \"Midnight Train to Memphis,\" which she wrote, sold.", "en") ==
        std::vector<std::string>{});
  CHECK(direct_quotes("The show, \"Shake, Rattle and Ride: Rock 'n' Roll, 1954-1964,\" opens on Saturday.", "en").empty());
  CHECK(direct_quotes("The mayor spoke. \"We got played,\" is how one member put it.", "en") ==
        std::vector<std::string>{"\"We got played,\""});
}

TEST_CASE("nested quotes stay inside their outer quote") {
  CHECK(direct_quotes("Il a dit : « Le slogan “jamais” est faux ».", "fr") ==
        std::vector<std::string>{"« Le slogan “jamais” est faux »"});
}

TEST_CASE("a straight closing mark may stand a space after the nested quote it closes") {
  CHECK(direct_quotes("\"I never liked the word 'outreach,' \" she told the group.", "en") ==
        std::vector<std::string>{"\"I never liked the word 'outreach,' \""});
}

TEST_CASE("copy that mixes straight and curly marks closes each quote with the other kind") {
  CHECK(direct_quotes("\"We had many doubts,\u201D said Ann Holt. \u201CIn the end we agreed,\" she added.", "en") ==
        std::vector<std::string>{"\"We had many doubts,\u201D", "\u201CIn the end we agreed,\""});
}

TEST_CASE("an opening curly mark turned round closes the quote still open") {
  CHECK(direct_quotes("\u201CNot at all,\u201C he said. \u201CWe stay.\u201D", "en") ==
        std::vector<std::string>{"\u201CNot at all,\u201C", "\u201CWe stay.\u201D"});
}

TEST_CASE("a quote over several paragraphs gives one quote per paragraph") {
  // The news convention reopens each paragraph with a mark and closes only the
  // last; by EVAL_FORMAT an unclosed quote runs to the end of its paragraph.
  const std::string text = "Il a dit : « Premier paragraphe.\n\n« Second paragraphe. »\n\nSuite de l'article.";
  CHECK(direct_quotes(text, "fr") == std::vector<std::string>{"« Premier paragraphe.", "« Second paragraphe. »"});
  // One line break is a paragraph when the next line reopens, and another mark may reopen.
  CHECK(direct_quotes("He said: “We will build.\n\"We will pay.\"\nThe end.", "en") ==
        std::vector<std::string>{"“We will build.", "\"We will pay.\""});
  // A line that does not reopen continues a hard-wrapped quote.
  CHECK(direct_quotes("He said: “We will build\nand we will pay.” The end.", "en") ==
        std::vector<std::string>{"“We will build\nand we will pay.”"});
}

TEST_CASE("an unclosed mark runs to the end of its paragraph and is flagged") {
  const auto text = u16("Il a dit « nous partons demain. La suite du paragraphe.\n\nUn autre paragraphe.");
  const auto result = annotate(text, Options{"fr"});
  REQUIRE(result.quotes.size() == 1);
  CHECK(result.quotes[0].capped);
  CHECK(u8(std::u16string_view(text).substr(result.quotes[0].span.start, result.quotes[0].span.size())) ==
        "« nous partons demain. La suite du paragraphe.");
}

TEST_CASE("marks turned around by the copy still pair") {
  CHECK(direct_quotes("Il a déclaré : « Tout est réglé par le président« . Fin.", "fr") ==
        std::vector<std::string>{"« Tout est réglé par le président«"});
  CHECK(direct_quotes("Il a ajouté : »La situation est critique. » Fin.", "fr") ==
        std::vector<std::string>{"»La situation est critique. »"});
  CHECK(direct_quotes("Smith said, ” It was a great series.” Then he left.", "en") ==
        std::vector<std::string>{"” It was a great series.”"});
  CHECK(direct_quotes("Smith said,”We lost the middle session.” Then he left.", "en") ==
        std::vector<std::string>{"”We lost the middle session.”"});
}

TEST_CASE("a closing mark with none open before an incise: the quote runs from its paragraph or the last quote") {
  CHECK(direct_quotes("Le bilan est lourd : dix blessés. L'enquête dira pourquoi », a déclaré le préfet Paul Morin.",
                      "fr") == std::vector<std::string>{"Le bilan est lourd : dix blessés. L'enquête dira pourquoi »"});
  CHECK(direct_quotes("Le sommet a reconnu \"une dette trop lourde\" dans la région. Nous allons la réduire\", a assuré "
                      "le ministre Paul Morin.",
                      "fr") == std::vector<std::string>{"Nous allons la réduire\""});
  // Inches are no quote.
  CHECK(direct_quotes("The store sold a 55\", a 65\" and a 75\" screen on Monday.", "en").empty());
}

TEST_CASE("a closing guillemet before a sentence's period opens nothing") {
  CHECK(direct_quotes("Le conseil a pris ses responsabilités ». Le vote aura lieu mardi prochain.", "fr").empty());
  // An ellipsis still opens: "»... et puis" is rare, "«... »" is common.
  CHECK(direct_quotes("Il a soupiré : «... nous verrons bien ».", "fr").size() == 1);
}
