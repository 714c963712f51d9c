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
