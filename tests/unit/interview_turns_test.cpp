// Interviews and transcripts: answers and turns without quote marks.
#include <catch2/catch.hpp>

#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;
using dixit::test::u8;

namespace {

struct Found {
  std::string content, speaker;
};

std::vector<Found> direct(const std::string& utf8, const std::string& lang) {
  const auto text = u16(utf8);
  const auto result = annotate(text, Options{lang});
  std::vector<Found> out;
  for (const auto& q : result.quotes) {
    if (q.type != QuoteType::direct) continue;
    out.push_back({u8(std::u16string_view(text).substr(q.span.start, q.span.size())),
                   q.speaker ? result.speakers[*q.speaker].name : ""});
    CHECK_FALSE(q.cue);
  }
  return out;
}

}  // namespace

TEST_CASE("Q&A with labels: the answers are the interviewee's") {
  auto f = direct(
      "Marguerite Osei runs Tidewater Bank.\n\nQ: How has that changed your plans?\n\nA: Less than people think. We "
      "plan ahead.\n\nQ: What keeps you up at night?\n\nA: Fraud. It is the problem I would most like to solve.",
      "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "Less than people think. We plan ahead.");
  CHECK(f[0].speaker == "Marguerite Osei");
  CHECK(f[1].content == "Fraud. It is the problem I would most like to solve.");
}

TEST_CASE("transcripts: each turn after a name in capitals is that person's") {
  auto f = direct(
      "Amara Okafor spoke with host Jenna Price.\n\nJENNA PRICE, HOST: Where did that scene come from?\n\n"
      "AMARA OKAFOR: From my aunt.\n\nPRICE: What next?\n\nOKAFOR: A book about my grandfather.",
      "en");
  REQUIRE(f.size() == 4);
  CHECK(f[0].speaker == "Jenna Price");
  CHECK(f[1].content == "From my aunt.");
  CHECK(f[1].speaker == "Amara Okafor");
  CHECK(f[3].speaker == "Amara Okafor");
}

TEST_CASE("a dateline in capitals is not a transcript") {
  CHECK(direct("PARIS: Le gouvernement a présenté son budget.\n\nLe texte sera voté mardi.", "fr").empty());
}

TEST_CASE("a Q&A printed without labels: short questions, answers in the first person") {
  auto f = direct(
      "Agathe Morvan dirige Ouestrail depuis mars.\n\nLes usagers se plaignent. Que leur répondez-vous ?\n\n"
      "Qu'ils ont raison. Je leur réponds personnellement.\n\nLe prix du billet a augmenté…\n\n"
      "Parce que l'énergie nous coûte plus cher.\n\nPouvez-vous éviter la grève ?\n\nJ'ai proposé une prime.",
      "fr");
  REQUIRE(f.size() == 3);
  CHECK(f[0].content == "Qu'ils ont raison. Je leur réponds personnellement.");
  CHECK(f[0].speaker == "Agathe Morvan");
  CHECK(f[2].content == "J'ai proposé une prime.");
}

TEST_CASE("an opinion column with one rhetorical question is not an interview") {
  CHECK(direct("Faut-il taxer les billets d'avion ?\n\nNous le pensons, et voici pourquoi. Le secteur pollue.\n\n"
               "La mesure rapporterait beaucoup.",
               "fr")
            .empty());
}

TEST_CASE("a transcript quoted paragraph by paragraph: each turn opens with a mark before its label") {
  auto f = direct("Partial transcript as follows:\n\n\"HOLLIS: Will she be there tomorrow night?\n\n\"PRAGER: She will not "
                  "be attending.\n\n\"HOLLIS: Are you sure of it?\n\n\"PRAGER: I am sure.",
                  "en");
  REQUIRE(f.size() == 4);
  CHECK(f[0].content == "Will she be there tomorrow night?");
  CHECK(f[0].speaker == "HOLLIS");
  CHECK(f[1].speaker == "PRAGER");
}

TEST_CASE("a quoted transcript's turn goes on over the paragraphs that reopen with a mark and no label") {
  auto f = direct("Partial transcript as follows:\n\n\"HOLLIS: Will she be there?\n\n\"PRAGER: She will not.\n\n\"She has "
                  "other plans.\n\n\"(CROSSTALK.)\n\n\"HOLLIS: Are you sure?\n\n\"PRAGER: I am sure.",
                  "en");
  REQUIRE(f.size() >= 4);
  CHECK(f[1].speaker == "PRAGER");
  CHECK(f[1].content.find("other plans") != std::string::npos);
  CHECK(f[1].content.find("CROSSTALK") == std::string::npos);
}
