// The direct JSON writer prints exactly what to_json().dump() prints.
#include <catch2/catch.hpp>

#include <filesystem>

#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;

TEST_CASE("write_json equals to_json().dump() on every corpus article") {
  size_t articles = 0;
  for (const char* folder : {"tests/corpus", "tests/heldout"})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(DIXIT_SOURCE_DIR) + "/" + folder)) {
      if (entry.path().extension() != ".json") continue;
      const auto gold = nlohmann::json::parse(std::ifstream(entry.path()));
      const auto annotations = annotate(test::u16(gold["text"].get<std::string>()), Options{gold["lang"]});
      INFO(entry.path().string());
      CHECK(to_json_string(annotations) == to_json(annotations).dump());
      ++articles;
    }
  CHECK(articles > 60);
}

TEST_CASE("write_json escapes what nlohmann escapes") {
  Annotations a;
  a.lang = "fr";
  Speaker s;
  s.name = std::string("A \"B\" \\ C\n\t\x01\x1f\x7f é 🙂");
  s.role = "r\b\f\r";
  s.mentions = {{0, 3}, {4, 9}};
  a.speakers.push_back(s);
  Quote q;
  q.span = {1, 2};
  q.speaker = 0;
  q.cue = Span{0, 1};
  for (double c : {0.0, 0.3, 0.55, 0.85, 0.999, 1.0}) {
    q.confidence = c;
    q.basis = static_cast<Basis>(a.quotes.size() % (static_cast<size_t>(Basis::nearby) + 1));
    a.quotes.push_back(q);
  }
  a.quotes.back().capped = true;
  Amount m;
  m.span = {3, 7};
  m.text = "10 $";
  m.value = "10";
  m.currency = "USD";
  m.currency_assumed = true;
  a.amounts.push_back(m);
  m.value.reset();
  m.min = std::string(1, '5');
  m.max = std::string(1, '9');
  m.approx = true;
  m.equivalent_of = 0;
  a.amounts.push_back(m);
  CHECK(to_json_string(a) == to_json(a).dump());
  CHECK(to_json_string(Annotations{}) == to_json(Annotations{}).dump());
}
