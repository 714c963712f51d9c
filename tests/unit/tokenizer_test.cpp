#include <catch2/catch.hpp>

#include "segment/tokenizer.h"
#include "text/utf.h"

using namespace dixit;

namespace {

struct Tokenized {
  std::u16string text;
  std::vector<Token> tokens;
  std::string at(size_t i) const { return text::utf16_to_utf8(std::u16string_view(text).substr(tokens[i].start, tokens[i].size())); }
};

Tokenized run(const char* utf8) {
  TokenizerRules rules{{u"l", u"d", u"qu"}, {u"les", u"le", u"the"}};
  Tokenized t{text::utf8_to_utf16(utf8), {}};
  tokenize(t.text, rules, t.tokens);
  return t;
}

}  // namespace

TEST_CASE("elided articles split off, other apostrophes stay inside the word") {
  auto t = run("l’Ukraine d'euros aujourd'hui don't");
  REQUIRE(t.tokens.size() == 6);
  CHECK(t.at(0) == "l’");
  CHECK(t.tokens[0].has(token_flags::elided));
  CHECK(t.at(1) == "Ukraine");
  CHECK(t.tokens[1].has(token_flags::capitalized));
  CHECK(t.at(2) == "d'");
  CHECK(t.at(3) == "euros");
  CHECK(t.at(4) == "aujourd'hui");
  CHECK(t.at(5) == "don't");
}

TEST_CASE("hyphenated words are one token, numbers are digit runs") {
  auto t = run("vingt-cinq a-t-il 1 234,56 COVID-19");
  std::vector<std::string> got;
  for (size_t i = 0; i < t.tokens.size(); ++i) got.push_back(t.at(i));
  CHECK(got == std::vector<std::string>{"vingt-cinq", "a-t-il", "1", "234", ",", "56", "COVID-19"});
  CHECK(t.tokens[2].kind == TokenKind::number);
  CHECK(t.tokens[3].has(token_flags::space_before));
  CHECK(t.tokens[6].has(token_flags::all_caps));
}

TEST_CASE("a function word glued to a heading is split off and flagged") {
  auto t = run("à l’UkraineLes réunions");
  REQUIRE(t.tokens.size() == 5);
  CHECK(t.at(2) == "Ukraine");
  CHECK(t.at(3) == "Les");
  CHECK(t.tokens[3].has(token_flags::glued));
  auto names = run("McDonald DeVito");
  CHECK(names.tokens.size() == 2);  // not function words: names stay whole
}

TEST_CASE("line and paragraph breaks are flags on the next token") {
  auto t = run("Titre\r\n\r\nUn texte.\nSuite");
  REQUIRE(t.tokens.size() == 5);  // Titre, Un, texte, ".", Suite
  CHECK(t.tokens[0].has(token_flags::paragraph_before));
  CHECK(t.tokens[1].has(token_flags::paragraph_before));
  CHECK(t.tokens[4].has(token_flags::line_before));
  CHECK_FALSE(t.tokens[4].has(token_flags::paragraph_before));
}

TEST_CASE("astral characters, joiners and lone surrogates never split a pair") {
  std::u16string text = u"Jo\u200Dhn 🙂 ";
  text.push_back(char16_t(0xDC00));
  std::vector<Token> tokens;
  tokenize(text, {}, tokens);
  for (const auto& tok : tokens) {
    CHECK(tok.end <= text.size());
    CHECK_FALSE(text::is_low_surrogate(text[tok.start]) & (tok.start > 0 && text::is_high_surrogate(text[tok.start - 1])));
  }
  CHECK(tokens[0].end == 5);  // the joiner stays inside the name
}
