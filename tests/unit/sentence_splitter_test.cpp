#include <catch2/catch.hpp>

#include "lang/language.h"
#include "segment/sentence_splitter.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;
using dixit::test::u8;

namespace {

std::vector<std::string> sentences(const char* lang_code, const std::string& utf8) {
  const Language& lang = Language::get(lang_code);
  std::u16string text = u16(utf8);
  TokenizerRules rules{lang.folded_list("language", "elisions"), lang.folded_list("language", "function_words")};
  std::vector<Token> tokens;
  tokenize(text, rules, tokens);
  std::vector<Span> spans;
  SentenceSplitter(lang).split(text, tokens, spans);
  std::vector<std::string> out;
  for (Span s : spans) out.push_back(u8(std::u16string_view(text).substr(s.start, s.size())));
  return out;
}

}  // namespace

TEST_CASE("French abbreviations do not end a sentence (@ss=standard)") {
  auto s = sentences("fr", "M. Dupont est arrivé. Il a parlé.");
  CHECK(s == std::vector<std::string>{"M. Dupont est arrivé.", "Il a parlé."});
}

TEST_CASE("English abbreviations do not end a sentence (@ss=standard)") {
  auto s = sentences("en", "Mr. Smith met Dr. Jones in the U.S. on Monday. They spoke.");
  CHECK(s == std::vector<std::string>{"Mr. Smith met Dr. Jones in the U.S. on Monday.", "They spoke."});
}

TEST_CASE("headings glued to the next sentence are split") {
  auto s = sentences("fr", "Il a dénoncé des pressions sur la Russie.Assistance militaire US à l’UkraineLes réunions ont eu lieu.");
  CHECK(s == std::vector<std::string>{"Il a dénoncé des pressions sur la Russie.", "Assistance militaire US à l’Ukraine",
                                      "Les réunions ont eu lieu."});
}

TEST_CASE("paragraphs end sentences, white space is trimmed") {
  auto s = sentences("en", "  Headline without period\n\nBody text here.  ");
  CHECK(s == std::vector<std::string>{"Headline without period", "Body text here."});
}

TEST_CASE("the seed article segments at its glued headings") {
  auto gold = dixit::test::seed_gold();
  auto s = sentences("fr", gold["text"].get<std::string>());
  CHECK(std::find(s.begin(), s.end(), "Assistance militaire US à l'Ukraine") != s.end());
  CHECK(std::find(s.begin(), s.end(), "Contacté par Politico, un conseiller du Président ukrainien Volodymyr Zelensky a affirmé que ce matériel \"permettra à l’Ukraine d’infliger des dommages supplémentaires à la Russie, mais ne modifierait pas significativement le résultat\" en cas de conflit ouvert.") != s.end());
}

TEST_CASE("a wire dateline ends at its dash") {
  auto e = sentences("en", "COLUMBUS, Ohio (AP) — Malik Dorsey has agreed to a deal.");
  CHECK(e == std::vector<std::string>{"COLUMBUS, Ohio (AP) —", "Malik Dorsey has agreed to a deal."});
  auto f = sentences("fr", "PARIS, 12 mars (AFP) - Le ministre a parlé.");
  CHECK(f == std::vector<std::string>{"PARIS, 12 mars (AFP) -", "Le ministre a parlé."});
  // Not a dateline: a clause, or no capitals at the start.
  auto g = sentences("en", "NATO said on Monday that it was ready — and waiting.");
  CHECK(g.size() == 1);
  auto h = sentences("en", "Paris — the city of light — was quiet.");
  CHECK(h.size() == 1);
}

TEST_CASE("French sentences end after any word but an abbreviation or an initial") {
  auto f = sentences("fr", "Il a parlé à Bordeaux. Selon elle, J. Dupont viendra le 3 janv. prochain. Fin.");
  CHECK(f == std::vector<std::string>{"Il a parlé à Bordeaux.", "Selon elle, J. Dupont viendra le 3 janv. prochain.",
                                      "Fin."});
}

TEST_CASE("a sentence that ends inside closing quote marks ends after them") {
  CHECK(sentences("fr", "Il a parlé. « Nous voulons des chiffres. » Selon lui, les besoins sont réels.") ==
        std::vector<std::string>{"Il a parlé.", "« Nous voulons des chiffres. »", "Selon lui, les besoins sont réels."});
  CHECK(sentences("en", "He spoke. “We want numbers.” According to him, the needs are real.") ==
        std::vector<std::string>{"He spoke.", "“We want numbers.”", "According to him, the needs are real."});
}
