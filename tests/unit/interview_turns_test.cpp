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
      "AMARA OKAFOR: From my aunt.\n\nPRICE: You said the first draft took four months.\n\n"
      "OKAFOR: A book about my grandfather.",
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

TEST_CASE("an interviewer whose every turn asks speaks no quote") {
  auto f = direct(
      "Five questions for the novelist.\n\nMLF: What are you reading?\n\nLS: A novel by a friend of mine.\n\n"
      "MLF: What would you be if not a writer?\n\nLS: A sculptor, I think.\n\nMLF: Any advice?\n\nLS: Read.",
      "en");
  REQUIRE(f.size() == 3);
  CHECK(f[0].content == "A novel by a friend of mine.");
  CHECK(f[2].content == "Read.");
}

TEST_CASE("initials before a dash, and a full name answering a question, label turns") {
  auto f = direct(
      "Le festival s'achève.\nIB – Le public est-il venu ?\nJC – Oui, nous avons eu beaucoup de monde.\n"
      "IB – Quel film a plu ?\nJC – Un film iranien.",
      "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "Oui, nous avons eu beaucoup de monde.");
  f = direct(
      "Paul Morin dirige la coopérative.\n\nLe Journal : Vous avez dit vouloir partir.\nPourquoi ?\n\n"
      "Paul Morin : Parce que la coopérative a besoin de sang neuf.",
      "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Parce que la coopérative a besoin de sang neuf.");
  CHECK(f[0].speaker == "Paul Morin");
  // A subheading in capitals before a dash opens no turn.
  CHECK(direct("QUESTIONABLE CLAIMS — He said so.\n\nOLD TIES — None.\n\nNEW RULES — Some.", "en").empty());
}

TEST_CASE("a Q&A without labels: lead-ins ending with an ellipsis, a question on the line before its answer") {
  auto f = direct(
      "The manager spoke after the defeat.\n\non the performance…\n\nI feel we made it difficult for ourselves.\n\n"
      "on the mistakes…\n\nThat is inevitable when you do not score.\n\non the spirit…\n\nI am not concerned.",
      "en");
  REQUIRE(f.size() == 3);
  CHECK(f[1].content == "That is inevitable when you do not score.");
  f = direct(
      "She won the prize.\n\nWhat was your reaction?\nI was stunned. I still am.\n\n"
      "Why this country?\nI had never served in a war zone before.",
      "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "I was stunned. I still am.");
}

TEST_CASE("a transcript quoted paragraph by paragraph: each turn opens with a mark before its label") {
  auto f = direct("Partial transcript as follows:\n\n\"HOLLIS: Will she be there tomorrow night?\n\n\"PRAGER: She will not "
                  "be attending.\n\n\"HOLLIS: Are you sure of it?\n\n\"PRAGER: I am sure.",
                  "en");
  // Quoted in the article, the interviewer's questions are quotes too.
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

TEST_CASE("a Q&A printed line by line: each question on its line is a unit of its own") {
  auto f = direct(
      "Five questions for the playwright.\nTell us about the play.\nIt is the third of a trilogy.\n"
      "Are you pleased to be back?\nI'm delighted to be back. It is my favourite theatre.\n"
      "What makes the audience special?\nThe audience is like no other.\nWhat's next for you?\n"
      "I have a few shows in the pipeline.",
      "en");
  REQUIRE(f.size() == 3);
  CHECK(f[0].content == "I'm delighted to be back. It is my favourite theatre.");
  CHECK(f[2].content == "I have a few shows in the pipeline.");
}

TEST_CASE("a question on its own line in prose does not make an interview") {
  CHECK(direct("The council met on Monday.\nWhat will it decide?\nThe vote is next week. We will see.\n"
               "The mayor left early.",
               "en")
            .empty());
}
