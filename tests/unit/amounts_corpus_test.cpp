// The amount corpora (tests/amounts/corpus.<lang>.json), in the spirit of
// Duckling's corpus files: each example is a text with every amount expected in
// it, or none. A failing example is printed whole, expected against found.
#include <catch2/catch.hpp>

#include <sstream>

#include "dixit/dixit.h"
#include "test_support.h"

namespace {

using dixit::test::u16;
using nlohmann::json;

std::string optional_text(const std::optional<std::string>& s) { return s ? *s : "null"; }

std::string describe(const dixit::Amount& a) {
  std::ostringstream out;
  out << "\"" << a.text << "\" value=" << optional_text(a.value) << " min=" << optional_text(a.min)
      << " max=" << optional_text(a.max) << " currency=" << optional_text(a.currency) << " approx=" << a.approx
      << " assumed=" << a.currency_assumed
      << " equivalent_of=" << (a.equivalent_of ? std::to_string(*a.equivalent_of) : "null");
  return out.str();
}

std::optional<std::string> field(const json& expected, const char* key) {
  auto it = expected.find(key);
  if (it == expected.end() || it->is_null()) return std::nullopt;
  return it->get<std::string>();
}

// Empty when the amount matches; otherwise what differs.
std::string mismatch(const json& expected, const dixit::Amount& found) {
  std::string problems;
  auto check = [&](const char* what, const std::optional<std::string>& want, const std::optional<std::string>& got) {
    if (want != got) problems += std::string(" ") + what + ": want " + optional_text(want) + ", got " + optional_text(got) + ";";
  };
  check("text", expected.at("text").get<std::string>(), found.text);
  check("value", field(expected, "value"), found.value);
  check("min", field(expected, "min"), found.min);
  check("max", field(expected, "max"), found.max);
  check("currency", field(expected, "currency"), found.currency);
  if (expected.value("approx", false) != found.approx) problems += " approx differs;";
  if (expected.contains("currency_assumed") && expected["currency_assumed"].get<bool>() != found.currency_assumed)
    problems += " currency_assumed differs;";
  std::optional<size_t> link;
  if (expected.contains("equivalent_of")) link = expected["equivalent_of"].get<size_t>();
  if (link != found.equivalent_of) problems += " equivalent_of differs;";
  return problems;
}

void run_corpus(const std::string& lang) {
  const json corpus = dixit::test::read_json("tests/amounts/corpus." + lang + ".json");
  REQUIRE(corpus.size() >= 150);
  size_t failures = 0;
  for (const auto& example : corpus) {
    const std::string text = example.at("text").get<std::string>();
    const std::u16string units = u16(text);
    const auto found = dixit::annotate(units, dixit::Options{lang}).amounts;
    const auto& expected = example.at("amounts");
    std::string report;
    if (found.size() != expected.size()) report += " expected " + std::to_string(expected.size()) + " amounts, found " + std::to_string(found.size()) + ";";
    for (size_t k = 0; k < std::min(found.size(), expected.size()); ++k) {
      auto problems = mismatch(expected[k], found[k]);
      if (!problems.empty()) report += " amount " + std::to_string(k) + ":" + problems;
      // The span and the text are the same slice of the input.
      if (u16(found[k].text) != units.substr(found[k].span.start, found[k].span.size())) report += " span and text disagree;";
    }
    if (!report.empty()) {
      ++failures;
      std::string found_list;
      for (const auto& a : found) found_list += "\n    " + describe(a);
      UNSCOPED_INFO("[" << lang << "] " << text << "\n  " << report << "\n  found:" << found_list);
    }
  }
  CHECK(failures == 0);
}

}  // namespace

TEST_CASE("amounts: French corpus") { run_corpus("fr"); }
TEST_CASE("amounts: English corpus") { run_corpus("en"); }

namespace {

bool is_digit(char16_t c) { return c >= u'0' && c <= u'9'; }

// A mark that sits inside a written number: decimal and grouping marks, and
// the no-break spaces that only ever group digits.
bool is_number_mark(char16_t c) {
  return c == u'.' || c == u',' || c == u'\'' || c == u'\u2019' || c == u'\u00A0' || c == u'\u202F';
}

// Whether the edge at `at` (between at-1 and at) cuts a written number in two.
bool cuts_a_number(const std::u16string& text, size_t at) {
  if (at == 0 || at >= text.size()) return false;
  if (is_digit(text[at - 1]) && is_digit(text[at])) return true;
  if (at >= 2 && is_number_mark(text[at - 1]) && is_digit(text[at - 2]) && is_digit(text[at])) return true;
  return at + 1 < text.size() && is_digit(text[at - 1]) && is_number_mark(text[at]) && is_digit(text[at + 1]);
}

}  // namespace

// Never a wrong number: a span that the grammar cannot read whole gives no
// amount, so no amount starts or ends inside a written number ("500'000" read
// from its "000", "N11.265,000" read up to "11.265"). Every case of both
// corpora, read in both languages.
TEST_CASE("amounts: no span cuts a written number, in either language") {
  size_t checked = 0;
  for (const std::string corpus_lang : {"fr", "en"}) {
    const json corpus = dixit::test::read_json("tests/amounts/corpus." + corpus_lang + ".json");
    for (const auto& example : corpus) {
      const std::u16string units = u16(example.at("text").get<std::string>());
      for (const std::string lang : {"fr", "en"}) {
        for (const auto& amount : dixit::annotate(units, dixit::Options{lang}).amounts) {
          INFO("[" << lang << "] " << example.at("text").get<std::string>() << " -> " << amount.text);
          CHECK_FALSE(cuts_a_number(units, amount.span.start));
          CHECK_FALSE(cuts_a_number(units, amount.span.end));
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 300);
}
