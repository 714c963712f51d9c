// The pieces of the amount extractor taken one by one: the exact decimal type,
// the digit and spelled-number readers, and the seed article's four amounts.
#include <catch2/catch.hpp>

#include "amounts/decimal.h"
#include "amounts/number_reader.h"
#include "amounts/pieces.h"
#include "dixit/dixit.h"
#include "lang/language.h"
#include "test_support.h"
#include "text/fold.h"

using dixit::amounts::Decimal;
using dixit::test::u16;

namespace {

Decimal dec(const char* s) { return *Decimal::parse(s); }

// Reads the number at the start of `text` with the digit rules of `lang`.
std::optional<std::string> read_digits(const std::string& lang, const std::string& utf8, size_t* end_units = nullptr) {
  const auto& language = dixit::Language::get(lang);
  const std::u16string text = u16(utf8);
  dixit::TokenizerRules rules{language.folded_list("language", "elisions"),
                              language.folded_list("language", "function_words")};
  std::vector<dixit::Token> tokens;
  dixit::tokenize(text, rules, tokens);
  std::vector<dixit::amounts::Piece> pieces;
  dixit::amounts::split_into_pieces(text, tokens, pieces);
  const std::u16string folded = dixit::text::folded(text);
  const dixit::amounts::PieceText view{text, folded, &pieces};
  const dixit::amounts::DigitReader reader(language.section("money").at("number"));
  auto read = reader.read(view, 0);
  if (!read) return std::nullopt;
  if (end_units) *end_units = pieces[read->end - 1].end;
  return read->value.to_string();
}

}  // namespace

TEST_CASE("decimal: parsing and printing are exact") {
  CHECK(dec("4700000000").to_string() == "4700000000");
  CHECK(dec("1234.56").to_string() == "1234.56");
  CHECK(dec("0.50").to_string() == "0.5");
  CHECK(dec("007").to_string() == "7");
  CHECK(dec("0").to_string() == "0");
  CHECK(dec("0.000").is_zero());
  CHECK_FALSE(Decimal::parse("1.2.3"));
  CHECK_FALSE(Decimal::parse("12a"));
  CHECK_FALSE(Decimal::parse(""));
  CHECK_FALSE(Decimal::parse("."));
}

TEST_CASE("decimal: scaling, products and sums never round") {
  CHECK(dec("4.7").scaled(9).to_string() == "4700000000");
  CHECK(dec("1.3").scaled(9).to_string() == "1300000000");
  CHECK(dec("64.2").scaled(-2).to_string() == "0.642");
  CHECK(dec("0.25").times(dec("1000000")).to_string() == "250000");
  CHECK(dec("0.1").times(dec("0.1")).to_string() == "0.01");
  CHECK(dec("123456789123456789").times(dec("1000")).to_string() == "123456789123456789000");
  CHECK(dec("15").plus(dec("0.15")).to_string() == "15.15");
  CHECK(dec("999.99").plus(dec("0.01")).to_string() == "1000");
  CHECK(dec("0.1").plus(dec("0.2")).to_string() == "0.3");
}

TEST_CASE("decimal: comparison and magnitude") {
  CHECK(dec("10").compare(dec("20")) < 0);
  CHECK(dec("20").compare(dec("10")) > 0);
  CHECK(dec("10.0").compare(dec("10")) == 0);
  CHECK(dec("0.5").compare(dec("0.45")) > 0);
  CHECK(Decimal().compare(dec("0.001")) < 0);
  CHECK(dec("45").integer_digit_count() == 2);
  CHECK(dec("0.45").integer_digit_count() == 0);
  CHECK(dec("4500").integer_digit_count() == 4);
}

TEST_CASE("number reader: French grouping and decimal marks") {
  CHECK(read_digits("fr", "1 234,56 €") == "1234.56");
  CHECK(read_digits("fr", "1\u00a0234,56 €") == "1234.56");
  CHECK(read_digits("fr", "1\u202f234,56 €") == "1234.56");
  CHECK(read_digits("fr", "1.234,56 €") == "1234.56");
  CHECK(read_digits("fr", "94.000 $") == "94000");
  CHECK(read_digits("fr", "1.5 milliard") == "1.5");
  CHECK(read_digits("fr", "12,345 $") == "12.345");
  CHECK(read_digits("fr", "40 000 euros") == "40000");
  // A first group of four digits is a year or a plain number: no grouping after it.
  size_t end = 0;
  CHECK(read_digits("fr", "2014 300 euros", &end) == "2014");
  CHECK(end == 4);
  CHECK(read_digits("fr", "50 50 dollars", &end) == "50");
  CHECK(end == 2);
  // A comma followed by a space is punctuation, not a decimal mark.
  CHECK(read_digits("fr", "2014, 5 millions", &end) == "2014");
}

TEST_CASE("number reader: English grouping, Indian grouping, decimals") {
  CHECK(read_digits("en", "1,234.56") == "1234.56");
  CHECK(read_digits("en", "12,345") == "12345");
  CHECK(read_digits("en", "12,34,567.89") == "1234567.89");
  CHECK(read_digits("en", "20,000.00") == "20000");
  size_t end = 0;
  CHECK(read_digits("en", "80, 000", &end) == "80");
  CHECK(end == 2);
  // Not an Indian group: a comma before exactly two final digits is a decimal comma ("R84,20").
  CHECK(read_digits("en", "1,23", &end) == "1.23");
  CHECK(read_digits("en", "1,23,4", &end) == "1");
}

TEST_CASE("number reader: too many digits are refused, not truncated") {
  CHECK_FALSE(read_digits("en", std::string(31, '9')));
  CHECK(read_digits("en", std::string(30, '9')) == std::string(30, '9'));
  CHECK_FALSE(read_digits("en", "999,999,999,999,999,999,999,999,999,999,999"));
}

TEST_CASE("number reader: spelled-out numbers, from the language's numbers.json") {
  for (const auto& [lang, words, value] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"fr", "vingt-cinq", "25"},
           {"fr", "vingt cinq", "25"},
           {"fr", "deux cents", "200"},
           {"fr", "soixante et onze", "71"},
           {"fr", "quatre-vingt-dix-neuf", "99"},
           {"fr", "mille deux cents", "1200"},
           {"en", "twenty-five", "25"},
           {"en", "twenty five", "25"},
           {"en", "one hundred and fifty", "150"},
           {"en", "three thousand", "3000"},
       }) {
    const auto& language = dixit::Language::get(lang);
    dixit::amounts::SpelledNumberReader reader(language.section("numbers"), {});
    const std::u16string text = u16(words);
    dixit::TokenizerRules rules{language.folded_list("language", "elisions"), {}};
    std::vector<dixit::Token> tokens;
    dixit::tokenize(text, rules, tokens);
    std::vector<dixit::amounts::Piece> pieces;
    dixit::amounts::split_into_pieces(text, tokens, pieces);
    const std::u16string folded = dixit::text::folded(text);
    const dixit::amounts::PieceText view{text, folded, &pieces};
    INFO(lang << ": " << words);
    auto parsed = reader.parse(view, 0, pieces.size());
    REQUIRE(parsed);
    CHECK(parsed->to_string() == value);
  }
}

TEST_CASE("amounts: the seed article's four amounts, exactly") {
  const auto gold = dixit::test::read_json("tests/corpus/fr/seed-fr-001.gold.json");
  const std::u16string text = u16(gold.at("text").get<std::string>());
  const auto amounts = dixit::annotate(text, dixit::Options{"fr"}).amounts;
  const auto& money = gold.at("money");
  REQUIRE(amounts.size() == money.size());
  for (size_t k = 0; k < money.size(); ++k) {
    INFO("amount " << k << ": " << money[k].at("text").get<std::string>());
    CHECK(amounts[k].span.start == money[k].at("span")[0].get<uint32_t>());
    CHECK(amounts[k].span.end == money[k].at("span")[1].get<uint32_t>());
    CHECK(amounts[k].text == money[k].at("text").get<std::string>());
    CHECK(amounts[k].value == money[k].at("value").get<std::string>());
    CHECK(amounts[k].currency == money[k].at("currency").get<std::string>());
    CHECK(amounts[k].approx == money[k].at("approx").get<bool>());
    std::optional<size_t> link;
    if (!money[k].at("equivalent_of").is_null()) link = money[k].at("equivalent_of").get<size_t>();
    CHECK(amounts[k].equivalent_of == link);
  }
}

TEST_CASE("amounts: odd input stays bounded") {
  for (const char* lang : {"fr", "en"}) {
    INFO(lang);
    // A megabyte of digits, of symbols, of number words: no amount, no hang.
    CHECK(dixit::annotate(std::u16string(1 << 20, u'9'), dixit::Options{lang}).amounts.empty());
    const auto dollars = dixit::annotate(std::u16string(1 << 18, u'$'), dixit::Options{lang}).amounts;
    CHECK(dollars.empty());
    std::u16string words;
    while (words.size() < (1 << 18)) words += u"un one deux two mille million ";
    CHECK(dixit::annotate(words, dixit::Options{lang}).amounts.empty());
    // A number too large to be money, then a lone surrogate next to a symbol.
    CHECK(dixit::annotate(u"$" + std::u16string(40, u'9') + u" million", dixit::Options{lang}).amounts.empty());
    const auto lone = dixit::annotate(u"\xD800$5 \xDC00", dixit::Options{lang}).amounts;
    REQUIRE(lone.size() == 1);
    CHECK(lone[0].value == "5");
  }
}
