// A pipeline read from its lexicon image is the pipeline built from the data:
// same bytes out on every corpus article, same image when saved again, and a
// damaged image is refused (null), never read past its end.
#include <catch2/catch.hpp>

#include <filesystem>

#include "dixit/dixit.h"
#include "lang/language.h"
#include "pipeline.h"
#include "test_support.h"

using namespace dixit;

TEST_CASE("a pipeline read from its image annotates every corpus article as the built one does") {
  for (const auto& code : Language::codes()) {
    const Language& lang = Language::get(code);
    const Pipeline built(lang);
    const std::string image = built.lexicon_image();
    const auto read_ptr = Pipeline::from_lexicon_image(lang, image);
    REQUIRE(read_ptr);
    const Pipeline& read = *read_ptr;
    INFO(code);
    CHECK(read.lexicon_image() == image);
    size_t articles = 0;
    for (const char* folder : {"tests/corpus", "tests/heldout"})
      for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(DIXIT_SOURCE_DIR) + "/" + folder)) {
        if (entry.path().extension() != ".json") continue;
        const auto text = test::u16(nlohmann::json::parse(std::ifstream(entry.path()))["text"].get<std::string>());
        INFO(entry.path().string());
        CHECK(to_json_string(read.run(text)) == to_json_string(built.run(text)));
        ++articles;
      }
    CHECK(articles > 60);
  }
}

TEST_CASE("a damaged lexicon image is refused, whatever is cut or changed") {
  const Language& fr = Language::get("fr");
  const std::string image = Pipeline(fr).lexicon_image();
  REQUIRE(image.size() > 1000);
  REQUIRE(Pipeline::from_lexicon_image(fr, image));
  // Cut anywhere (a few hundred places, the start and the very end among them).
  for (size_t cut = 0; cut < image.size(); cut += 1 + image.size() / 300)
    CHECK_FALSE(Pipeline::from_lexicon_image(fr, std::string_view(image).substr(0, cut)));
  CHECK_FALSE(Pipeline::from_lexicon_image(fr, std::string_view(image).substr(0, image.size() - 1)));
  CHECK_FALSE(Pipeline::from_lexicon_image(fr, image + "x"));
  // Another language's image, or no image at all.
  CHECK_FALSE(Pipeline::from_lexicon_image(Language::get("en"), image));
  CHECK_FALSE(Pipeline::from_lexicon_image(fr, "{\"not\": \"an image\"}"));
  CHECK_FALSE(Pipeline::from_lexicon_image(fr, ""));
  // Bytes changed all along the image: refused or read, never a crash, a hang
  // or a read past the end (ASan runs this in sanitizers.dixit_tests), and
  // nothing of the size a damaged length claims is allocated.
  size_t refused = 0;
  for (size_t at = 0; at < image.size(); at += 1 + image.size() / 500) {
    std::string damaged = image;
    damaged[at] = static_cast<char>(~damaged[at]);
    if (!Pipeline::from_lexicon_image(fr, damaged)) ++refused;
  }
  CHECK(refused > 0);
}
