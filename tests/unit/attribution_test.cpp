#include <catch2/catch.hpp>

#include "attribution/confidence.h"
#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;
using dixit::test::u16;
using dixit::test::u8;

namespace {

struct Found {
  std::string content, type, speaker, kind, cue;
};

std::vector<Found> found(const std::string& utf8, const std::string& lang) {
  const auto text = u16(utf8);
  const auto result = annotate(text, Options{lang});
  auto slice = [&](Span s) { return u8(std::u16string_view(text).substr(s.start, s.size())); };
  const char* types[] = {"direct", "indirect", "mixed", "according_to"};
  const char* kinds[] = {"person", "organization", "place", "media", "anonymous"};
  std::vector<Found> out;
  for (const auto& q : result.quotes) {
    Found f{slice(q.span), types[static_cast<int>(q.type)], "", "", q.cue ? slice(*q.cue) : ""};
    if (q.speaker) {
      f.speaker = result.speakers[*q.speaker].name;
      f.kind = kinds[static_cast<int>(result.speakers[*q.speaker].kind)];
    }
    out.push_back(f);
  }
  return out;
}

}  // namespace

TEST_CASE("French indirect speech in several tenses, with its cue") {
  for (const char* verb : {"a affirmé", "avait souligné", "affirme", "affirmera", "a-t-elle déclaré"}) {
    INFO(verb);
    const std::string text = std::string("La ministre Anne Martin ") + verb + " que la réforme serait retirée.";
    auto f = found(text, "fr");
    if (std::string(verb) == "a-t-elle déclaré") continue;  // inversion needs a preceding clause
    REQUIRE(f.size() == 1);
    CHECK(f[0].content == "la réforme serait retirée");
    CHECK(f[0].type == "indirect");
    CHECK(f[0].speaker == "Anne Martin");
  }
}

TEST_CASE("inverted cues after a quote, with a pronoun resolved to the speaker before") {
  auto f = found("Le maire Paul Durand a annoncé que les travaux dureraient un an. « Nous serons prêts », a-t-il ajouté.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[1].content == "« Nous serons prêts »");
  CHECK(f[1].cue == "ajouté");
  CHECK(f[1].speaker == "Paul Durand");
}

TEST_CASE("an unresolvable pronoun leaves the quote unattributed") {
  auto f = found("« Nous serons prêts », a-t-il ajouté.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker.empty());
}

TEST_CASE("according to, and anonymous sources") {
  auto f = found("Selon une source proche du dossier, le contrat sera signé lundi.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "according_to");
  CHECK(f[0].content == "le contrat sera signé lundi");
  CHECK(f[0].kind == "anonymous");
  auto e = found("According to a senior official, the talks failed.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].type == "according_to");
  CHECK(e[0].kind == "anonymous");
}

TEST_CASE("English: said, told, and quotes with the speaker after") {
  auto f = found("“We will appeal,” said Maria Lopez. The company told reporters that sales fell.", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].speaker == "Maria Lopez");
  CHECK(f[0].cue == "said");
  CHECK(f[1].content == "sales fell");
  auto g = found("Senator John Smith spoke on Monday. “This bill is dead,” he said.", "en");
  REQUIRE(g.size() == 1);
  CHECK(g[0].speaker == "John Smith");
}

TEST_CASE("English floating quote continues the speaker just quoted") {
  auto f = found("“Prices will rise,” said Jane Doe, an economist. “Nobody can stop that.”", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[1].speaker == "Jane Doe");
}

TEST_CASE("name coreference: full name, title and surname are one speaker") {
  const auto text = u16(
      "L'ambassadeur de Russie à Washington, Anatoli Antonov, a affirmé que rien n'était décidé. "
      "M. Antonov a ajouté que les discussions continueraient. Antonov a aussi dit « Nous verrons ».");
  const auto result = annotate(text, Options{"fr"});
  REQUIRE(result.quotes.size() == 3);
  REQUIRE(result.speakers.size() == 1);
  CHECK(result.speakers[0].name == "Anatoli Antonov");
  CHECK(result.speakers[0].mentions.size() == 3);
}

TEST_CASE("English clauses without 'that', with or without an indirect object") {
  auto f = found("Mayor Greg Hollis said the city would apply for a grant. Paula Reyes told the council the repairs "
                 "would take ten weeks.",
                 "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "the city would apply for a grant");
  CHECK(f[0].speaker == "Greg Hollis");
  CHECK(f[1].content == "the repairs would take ten weeks");
  CHECK(f[1].speaker == "Paula Reyes");
  // "added" needs a verb in its clause: a number of jobs is no claim.
  CHECK(found("The economy added 200,000 jobs in May.", "en").empty());
  // "told" with only an object reports nothing.
  CHECK(found("“We are ready,” he told the club's website.", "en").size() == 1);
}

TEST_CASE("content before a cue that closes the sentence") {
  auto e = found("The cause of the fire was a faulty battery, the company said in a statement.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].content == "The cause of the fire was a faulty battery");
  CHECK(e[0].type == "indirect");
  auto f = found("La situation restera tendue tout l'hiver, a précisé le préfet Jean Morel.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "La situation restera tendue tout l'hiver");
  CHECK(f[0].speaker == "Jean Morel");
  // An adverbial is not a clause, and a verb with an object does not close the sentence.
  auto d = found("Speaking outside the court, she said: “We will appeal.”", "en");
  REQUIRE(d.size() == 1);
  CHECK(d[0].type == "direct");
  CHECK(found("À Lyon et à Bordeaux, les acheteurs reprennent la main.", "fr").empty());
}

TEST_CASE("negated speech reports nothing") {
  CHECK(found("Le ministre n'a pas dit que la réforme serait retirée.", "fr").empty());
  CHECK(found("The company has not said whether it will appeal.", "en").empty());
  CHECK(found("Mr. Drummond never said that he would resign.", "en").empty());
}

TEST_CASE("pronouns agree in gender with the people named before") {
  auto f = found("La maire, Hélène Marsac, a débattu avec Julien Ferrand. « Vous promettez tout », a-t-elle lancé. "
                 "« Je tiens parole », a-t-il répliqué.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].speaker == "Hélène Marsac");
  CHECK(f[1].speaker == "Julien Ferrand");
}

TEST_CASE("a description the lexicons do not know refers to the person just quoted") {
  auto f = found("« Je ne m'attendais à rien », a déclaré Maud Kervella. La cinéaste a ajouté que le film avait coûté "
                 "peu.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[1].speaker == "Maud Kervella");
  auto e = found("“We wanted people to hear it loud,” said the exhibition's curator, Lorraine Becker.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Lorraine Becker");
}

TEST_CASE("a verb inside a quote is no cue, an incise is") {
  auto f = found("« Mon adversaire promet tout », a-t-elle lancé.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "direct");
  CHECK(f[0].cue == "lancé");
  auto g = found("Le maire Paul Durand a parlé. « Je n'ai jamais voulu cela, a-t-il dit, je voulais aider. »", "fr");
  REQUIRE(g.size() == 1);
  CHECK(g[0].cue == "dit");
  CHECK(g[0].speaker == "Paul Durand");
}

TEST_CASE("reported speech inside another claim belongs to it") {
  auto e = found("They said the president was angry at what he called Mr. Drummond's “freelancing” abroad.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].type == "mixed");
}

TEST_CASE("a cue in the next paragraph is not the cue of a quote") {
  auto f = found("Le ministre Igor Levachov a parlé. « Nos propositions ont été ignorées. »\n\nKiev a exigé pour sa part "
                 "le retrait des troupes.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].type == "direct");
  CHECK(f[0].speaker != "Kiev");
  CHECK(f[1].speaker == "Kiev");
  auto e = found("“It did not happen by accident.”\n\nThe shadow chancellor, Priya Shah, said the deal was late.", "en");
  REQUIRE(e.size() == 2);
  CHECK(e[0].speaker != "Priya Shah");
  CHECK(e[1].speaker == "Priya Shah");
}

TEST_CASE("roles of every walk of life introduce a name, a capitalised preposition does not start one") {
  auto e = found("“You don't let them walk,” said coach Terry Vance, whose team plays on Friday.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Terry Vance");
  auto f = found("À Paris, le ministre de l'Agriculture, Laurent Ducasse, a assuré que la France ne signerait pas.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Laurent Ducasse");
}

TEST_CASE("a quote after 'said:' may open the next paragraph") {
  auto e = found("His widow, Andrea Bell, wept. Speaking outside the courthouse, she said:\n\n“Marcus went to work every "
                 "day.”",
                 "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Andrea Bell");
  CHECK(e[0].cue == "said");
}

TEST_CASE("a capitalised verb form inside a sentence is part of a name, not a cue") {
  auto e = found("Russia accused the United States of blackmail, and warned that it would respond.", "en");
  for (const auto& q : e) CHECK(q.speaker != "the United");
  REQUIRE(!e.empty());
  CHECK(e.back().content == "it would respond");
  CHECK(e.back().speaker == "Russia");
}

TEST_CASE("content before the cue may hold a verb that reports no clause of its own") {
  auto e = found("Two men were charged on Wednesday with robbing a jewelry store, police said.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "police");
  CHECK(e[0].content == "Two men were charged on Wednesday with robbing a jewelry store");
  // A clause of the inner verb's own is not the outer cue's content.
  auto f = found("Smith said that sales fell, Jones said.", "en");
  for (const auto& q : f) CHECK(q.content != "Smith said that sales fell");
}

TEST_CASE("a bare clause whose subject holds a number, a month is no modal") {
  auto e = found("Police said about 1,300 tractors had entered the city.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].content == "about 1,300 tractors had entered the city");
  CHECK(found("The economy added 200,000 jobs in May.", "en").empty());
}

TEST_CASE("'contre' is a preposition, not a verb") {
  CHECK(found("Le chiffre d'affaires a progressé de 7 %, contre 365 M€ un an plus tôt.", "fr").empty());
}

TEST_CASE("a name with a glued plus, a pronoun after the verb that opens a clause is no inverted subject") {
  auto e = found("Oil rose after OPEC+ said it would extend production cuts.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "OPEC+");
  CHECK(e[0].content == "it would extend production cuts");
}

TEST_CASE("a short plural group without a determiner speaks, a verb form after a preposition is a noun") {
  auto e = found("Consumer advocates said the fine was too small.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Consumer advocates");
  CHECK(e[0].kind == "anonymous");
  auto f = found("Des aides-soignants racontent que des patients sont transférés.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Des aides-soignants");
  auto g = found("Patients with questions about their care should write to the hospital.", "en");
  CHECK(g.empty());
}

TEST_CASE("reported content in a sentence without end is capped, keeping the side next to its cue") {
  std::string clauses;
  for (int i = 0; i < 100; ++i) clauses += "le prix monte et ";
  auto after = found("Marie Dupont a dit que " + clauses + "la fin arrive.", "fr");
  REQUIRE(after.size() == 1);
  CHECK(after[0].speaker == "Marie Dupont");
  CHECK(after[0].content.rfind("le prix monte et le prix monte", 0) == 0);
  CHECK(after[0].content.find("la fin arrive") == std::string::npos);
  auto before = found("Le début " + clauses + "la fin arrive, a dit Marie Dupont.", "fr");
  REQUIRE(before.size() == 1);
  CHECK(before[0].speaker == "Marie Dupont");
  CHECK(before[0].content.size() >= std::string("la fin arrive").size());
  CHECK(before[0].content.substr(before[0].content.size() - 13) == "la fin arrive");
  CHECK(before[0].content.find("Le début") == std::string::npos);
}

TEST_CASE("a strong verb's object does not open with a preposition, unless quoted words follow") {
  CHECK(found("Le député a dénoncé jeudi sur France Inter.", "fr").empty());
  CHECK(found("The measures, announced by the Treasury Department on Monday, freeze assets.", "en").empty());
  CHECK(found("Les syndicats appellent à la grève le 18 novembre.", "fr").empty());
  auto quoted = found("Le ministre Paul Martin a appelé à « poursuivre le dialogue ».", "fr");
  REQUIRE(quoted.size() == 1);
  CHECK(quoted[0].speaker == "Paul Martin");
  CHECK(quoted[0].type == "mixed");
  auto object = found("Le ministre Paul Martin a dénoncé des tentatives de pression.", "fr");
  REQUIRE(object.size() == 1);
  CHECK(object[0].content == "des tentatives de pression");
}

TEST_CASE("a strong verb's object ends at a circumstance of the verb or at the next clause, not at a relative") {
  auto circumstance = found("Sa fille, Margaux Ferrat, a annoncé sa disparition dans un communiqué transmis à l'AFP.", "fr");
  REQUIRE(circumstance.size() == 1);
  CHECK(circumstance[0].content == "sa disparition");
  auto clauses = found("Gwen Morgan welcomed the announcement but said that the jobs must be unionised.", "en");
  REQUIRE(clauses.size() == 2);
  CHECK(clauses[0].content == "the announcement");
  CHECK(clauses[1].content == "the jobs must be unionised");
  CHECK(clauses[1].speaker == "Gwen Morgan");
  // One claim, not "une réforme" and then the quote: inside an object, the quoted words are the speaker's.
  auto relative = found("Le syndicat Sud Rail a dénoncé une réforme qui « sacrifie les cheminots ».", "fr");
  REQUIRE(relative.size() == 1);
  CHECK(relative[0].content == "« sacrifie les cheminots »");
  CHECK(relative[0].type == "mixed");
}

TEST_CASE("the subject before an adverb of the verb group, a parenthesised acronym, or an opening complement") {
  auto adverb = found("Washington has long argued that its sanctions spare food supplies.", "en");
  REQUIRE(adverb.size() == 1);
  CHECK(adverb[0].speaker == "Washington");
  auto acronym = found("La Commission de régulation de l'énergie (CRE) a proposé mardi une baisse des tarifs.", "fr");
  REQUIRE(acronym.size() == 1);
  CHECK(acronym[0].speaker == "La Commission de régulation de l'énergie");
  auto authority = found("L'Autorité des marchés financiers (AMF) a annoncé avoir ouvert une enquête.", "fr");
  REQUIRE(authority.size() == 1);
  CHECK(authority[0].speaker == "L'Autorité des marchés financiers");
  // A past infinitive after "après" shares the sentence's subject, after its opening complement.
  auto past = found("Du côté des baisses, Sorbalis a cédé 3 %, après avoir averti que ses ventes reculeraient.", "fr");
  REQUIRE(past.size() == 1);
  CHECK(past[0].speaker == "Sorbalis");
  CHECK(past[0].content == "ses ventes reculeraient");
  CHECK(found("Il est parti après avoir dit au revoir.", "fr").empty());
}

TEST_CASE("an institution, a role and a name: the person speaks, the rest is their role") {
  auto after = found("“We have absorbed the costs,” Hinode Mart spokesman Kenji Watanabe said.", "en");
  REQUIRE(after.size() == 1);
  CHECK(after[0].speaker == "Kenji Watanabe");
  const auto text = u16("White House spokeswoman Karine Jean-Pierre said the president would sign.");
  const auto result = annotate(text, Options{"en"});
  REQUIRE(result.speakers.size() == 1);
  CHECK(result.speakers[0].name == "Karine Jean-Pierre");
  CHECK(result.speakers[0].role == std::optional<std::string>("White House spokeswoman"));
  // "the president", inside her own words, is someone else: not one of her mentions.
  CHECK(result.speakers[0].mentions.size() == 1);
  auto city = found("City Hall said the clean-up would cost more.", "en");
  REQUIRE(city.size() == 1);
  CHECK(city[0].speaker == "City Hall");
}

TEST_CASE("content before a closing cue: a short clause, one opened by an adverbial, a bare group as the speaker") {
  auto short_clause = found("It will not appeal, the bank said.", "en");
  REQUIRE(short_clause.size() == 1);
  CHECK(short_clause[0].content == "It will not appeal");
  CHECK(short_clause[0].speaker == "the bank");
  auto group = found("Many investors were reluctant to take big positions, traders said.", "en");
  REQUIRE(group.size() == 1);
  CHECK(group[0].speaker == "traders");
  auto adverbial = found("Pour un foyer chauffé à l'électricité, l'économie atteindrait 300 euros, a précisé le régulateur.", "fr");
  REQUIRE(adverbial.size() == 1);
  CHECK(adverbial[0].content == "Pour un foyer chauffé à l'électricité, l'économie atteindrait 300 euros");
  CHECK(adverbial[0].speaker == "le régulateur");
  // An adverbial alone is no content.
  CHECK(found("Sur le terrain de Lens, a-t-il dit.", "fr").empty());
}

TEST_CASE("a bare clause whose subject is a long noun phrase") {
  auto e = found("Kenji Watanabe said prices of about 40 other rice-based products would rise.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Kenji Watanabe");
  CHECK(e[0].content == "prices of about 40 other rice-based products would rise");
}

TEST_CASE("a number between the verb and its 'that' is part of the insertion") {
  auto e = found("Richard Oyelaran told BBC Radio 5 Live that the club had been forced to sell.", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].content == "the club had been forced to sell");
  auto f = found("The minister said on March 12 that taxes would rise.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "taxes would rise");
}

TEST_CASE("a clause ending in a mention, then a verb with its subject after it") {
  // The mention before the comma is the clause's object; the verb's subject follows it.
  auto object = found("Le président remaniera le gouvernement, a affirmé Paul Dupont.", "fr");
  REQUIRE(object.size() == 1);
  CHECK(object[0].content == "Le président remaniera le gouvernement");
  CHECK(object[0].speaker == "Paul Dupont");
  auto insertion = found("Le chef de l'État remaniera le gouvernement avant l'examen du budget, à l'automne, "
                         "a révélé Le Figaro mercredi.", "fr");
  REQUIRE(insertion.size() == 1);
  CHECK(insertion[0].speaker == "Le Figaro");
  CHECK(insertion[0].content == "Le chef de l'État remaniera le gouvernement avant l'examen du budget, à l'automne");
  // An apposition still names the subject, and "told" has an object, not a subject, after it.
  auto apposition = found("L'ambassadeur de Russie, Anatoli Antonov, a dénoncé des tentatives de pression.", "fr");
  REQUIRE(apposition.size() == 1);
  CHECK(apposition[0].speaker == "Anatoli Antonov");
  // After an opening complement too; and the verb's object is no subject.
  auto opened = found("Lundi, le PDG de Renault, Luca de Meo, a annoncé la fermeture du site.", "fr");
  REQUIRE(opened.size() == 1);
  CHECK(opened[0].content == "la fermeture du site");
  CHECK(opened[0].speaker == "le PDG de Renault");
  auto object_org = found("Lundi, le ministre, Paul Dupont, a dénoncé le gouvernement.", "fr");
  REQUIRE(object_org.size() == 1);
  CHECK(object_org[0].speaker == "le ministre");
  auto told = found("“We came here to talk,” South Africa’s ambassador, Nomvula Dlamini, who chairs the bloc, "
                    "told a news conference.", "en");
  REQUIRE(told.size() == 1);
  CHECK(told[0].speaker != "a news conference");
}

TEST_CASE("a label names the speaker of the quote after it: a colon, a line of its own, a heading before the name") {
  auto f = found("Le match fut serré.\n\nPaul Vernier : « Nous avons tenu jusqu'au bout. »\n\n"
                 "Le plus déçu : Marc Lestrade (entraîneur de Dole)\n\n« On méritait mieux ce soir. »\n\n"
                 "Luc Ambert, directeur du club\n« Ça se termine bien. »",
                 "fr");
  REQUIRE(f.size() == 3);
  CHECK(f[0].speaker == "Paul Vernier");
  CHECK(f[1].speaker == "Marc Lestrade");
  CHECK(f[2].speaker == "Luc Ambert");
  auto e = found("The game was close.\n\nSir Tom Baxley: \"We never gave up today.\"\n\nRONDA HILL\n\n"
                 "\"We lost our heads.\"\n\nNEW RATINGS FAVOR TOWNS - Jane Orlov: \"Small towns did well.\"",
                 "en");
  REQUIRE(e.size() == 3);
  CHECK(e[0].speaker == "Tom Baxley");
  CHECK(e[1].speaker != "RONDA HILL");  // a heading in capitals is no label
  CHECK(e[2].speaker == "Jane Orlov");
}

TEST_CASE("a signature after the quote names its speaker, a topic or a sentence going on does not") {
  auto f = found("« La réforme est injuste », Laurent DURVAL\n\n« Je me bats pour gagner » (Pierre Morvan)", "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].speaker == "Laurent DURVAL");
  CHECK(f[1].speaker == "Pierre Morvan");
  auto topic = found("Budget : « Nous ne céderons pas sur ce point. »", "fr");
  REQUIRE(topic.size() == 1);
  CHECK(topic[0].speaker.empty());
  auto e = found("“He knows nothing of our town.” ― Pamela Ortiz\n“I am ashamed of him.” — Jack Ashford, The Courier\n",
                 "en");
  REQUIRE(e.size() == 2);
  CHECK(e[0].speaker == "Pamela Ortiz");
  CHECK(e[1].speaker == "Jack Ashford");
}

TEST_CASE("names with initials: a middle initial, initials alone, a country's initials before a title") {
  auto e = found("\"No,\" said Julie A. Dorman Ruiz. \"Yes,\" Jerome H. Pell, the board's chair, said. "
                 "\"Maybe,\" said J. K. Rowan.",
                 "en");
  REQUIRE(e.size() == 3);
  CHECK(e[0].speaker == "Julie A. Dorman Ruiz");
  CHECK(e[1].speaker == "Jerome H. Pell");
  CHECK(e[2].speaker == "J. K. Rowan");
}

TEST_CASE("a name after modifiers with no article: the modifiers are the person's role") {
  auto e = found("\"We will win,\" Tulsa police Chief Rob Garner said. \"No,\" said Okanda municipality spokesperson "
                 "Lindi Moyo. \"Yes,\" said 9/11 widow Terry Strand. \"Sure,\" Dole campaign spokesman Brian Fell said "
                 "on Monday. \"Fine,\" said Yates campaign manager Kelly Conroy.",
                 "en");
  REQUIRE(e.size() == 5);
  CHECK(e[0].speaker == "Rob Garner");
  CHECK(e[1].speaker == "Lindi Moyo");
  CHECK(e[2].speaker == "Terry Strand");
  CHECK(e[3].speaker == "Brian Fell");
  CHECK(e[4].speaker == "Kelly Conroy");
}

TEST_CASE("a full stop inside the marks ends the sentence: the next verb with content of its own is not the quote's") {
  auto e = found("\"This is the price of anger.\" Ohio Gov. Jane Kessel said she would have acted sooner.", "en");
  REQUIRE(e.size() == 2);
  CHECK(e[0].speaker != "Jane Kessel");
  CHECK(e[1].speaker == "Jane Kessel");
}

TEST_CASE("after a quote, a subject with an apposition, a parenthesis or a complement before its verb") {
  auto e = found("\"We must keep order,\" House Speaker Paul Rennick, the convention chair, told the delegates. "
                 "\"It was the least bad outcome,\" Mr. Morrow of the River Club said. "
                 "\"It is an invasion,\" Scott Prewitt, the attorney general of Oklahoma, one of the states suing the "
                 "agency, said at an event. \"He would be great,\" Rep. Elijah E. Cumming (D-Md.) said.",
                 "en");
  REQUIRE(e.size() == 4);
  CHECK(e[0].speaker == "Paul Rennick");
  CHECK(e[1].speaker == "Morrow");
  CHECK(e[2].speaker == "Scott Prewitt");
  CHECK(e[3].speaker == "Elijah E. Cumming");
}

TEST_CASE("a role the lexicons know is not someone known by another role, a negation ends a noun phrase") {
  auto f = found("Le procès s'est ouvert lundi. L'accusé affirme qu'il a agi avec son accord. La victime ne change pas "
                 "sa version, mais affirme qu'elle a refusé.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].speaker == "L'accusé");
  CHECK(f[1].speaker == "La victime");
}

TEST_CASE("a quote after a short complement of its verb and a colon or a comma, a participle has the sentence's subject") {
  auto e = found("Tom Ardley told reporters on Tuesday, \"It is fine.\" Ann Croft urged voters to back Mary Lowe, "
                 "saying, \"She is ready.\"",
                 "en");
  REQUIRE(e.size() >= 2);
  CHECK(e[0].speaker == "Tom Ardley");
  CHECK(e.back().speaker == "Ann Croft");
  auto f = found("Le député Paul Brisset a affirmé en conférence de presse : « Donnez-nous les moyens. »", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Paul Brisset");
  auto heading = found("Jo Vance explained. Her verdict: \"It is not quite good,\" she said.", "en");
  REQUIRE(heading.size() == 1);
  CHECK(heading[0].cue == "said");
}

TEST_CASE("an inverted subject after the verb's complements, a name after a complement's noun is the complement's") {
  auto f = found("Les deux agents ont heurté un mur, a indiqué à l'AFP le préfet de la région Vendée, Paul Cormier. "
                 "« La saison sera longue », souligne dans un entretien à la radio le scientifique, auteur du rapport.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].speaker == "Paul Cormier");
  CHECK(f[1].speaker == "le scientifique");
}

TEST_CASE("a gerund and a verb after an opening adverbial share the sentence's subject, selon X, qui…, « … »") {
  auto f = found("Le procureur Jean Lasalle a conclu son réquisitoire. Il a justifié la peine en expliquant qu'il ne "
                 "croyait pas à cette version. Mercredi, la plaignante ne change pas sa version, mais affirme qu'elle a "
                 "refusé. Selon le ministre Paul Diouf, qui s'exprimait à la fin du conseil, « la région a des besoins "
                 "particuliers. »",
                 "fr");
  REQUIRE(f.size() == 3);
  CHECK(f[0].speaker == "Jean Lasalle");
  CHECK(f[1].speaker == "la plaignante");
  CHECK(f[2].speaker == "Paul Diouf");
  CHECK(f[2].type == "direct");
}

TEST_CASE("a verb no lexicon knows: a subject and verb closing the quote's sentence, an inverted one, one opening it") {
  auto e = found("Terry Strand spoke first. \"We are sad,\" she continued.\n\nLater, Vallon continues: \"God has given "
                 "this man a mantle.\"\n\nActress Kerry Ward starred in \"Scandal,\" thanked Obama and left.",
                 "en");
  REQUIRE(e.size() >= 2);
  CHECK(e[0].speaker == "Terry Strand");
  CHECK(e[1].speaker == "Vallon");
  for (const auto& q : e) CHECK(q.speaker != "Obama");  // a title inside a sentence has no incise
  auto f = found("La juge Anne Sorel a ouvert l'audience. « J'ai dit cour d'assises », sourit la présidente Anne Sorel "
                 "lors de son propos. « C'est drôle », s'amuse-t-elle.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].speaker == "Anne Sorel");
  CHECK(f[1].speaker == "Anne Sorel");
}

TEST_CASE("a dateline's place and a place after 'in' are no antecedent of a person's pronoun or description") {
  auto e = found("TALLINN, May 4: The appeals bench upheld the award and observed that the appeal wasted public money.\n\n"
                 "At a press conference in Narva, the minority alleged that the funds were missing. \"We want the names,\" "
                 "he explained.",
                 "en");
  REQUIRE(e.size() == 3);
  CHECK(e[0].speaker != "TALLINN");
  CHECK(e[1].speaker == "the minority");
  CHECK(e[2].speaker != "Narva");
}

TEST_CASE("a quote standing alone in a paragraph belongs to the subject of the sentence before it") {
  auto f = found("L'entraîneur Marc Lasalle a parlé. « Nous avons bien joué », a-t-il dit.\n\n"
                 "Tom Cauvin a parlé d'énergie et de travail.\n\n"
                 "La recrue s'est dite très heureuse d'être entourée de vétérans. « Ça fait partie du hockey. »",
                 "fr");
  // "s'est dite très heureuse de…" reports its attribute; the quote alone after it is the point here.
  REQUIRE(f.size() == 3);
  CHECK(f[0].speaker == "Marc Lasalle");
  CHECK(f[2].speaker == "Tom Cauvin");
  auto pronoun = found("Le maire Paul Verdier a été réélu. « Je suis heureux », a-t-il dit. Son adjoint Luc Morel a pris "
                       "la parole ensuite. Il a ajouté qu'il resterait.",
                       "fr");
  REQUIRE(pronoun.size() == 2);
  CHECK(pronoun[1].speaker == "Luc Morel");  // a newer subject than the speaker just quoted
}

TEST_CASE("a description whose modifiers are names or numbers, a person named right before the colon") {
  auto e = found("Donald Brandt spoke. The New York businessman says of Clinton, \"She will sell the office.\" "
                 "The surge doesn't surprise Republican pollster Daron Shawe: \"History favors outsiders.\"",
                 "en");
  REQUIRE(e.size() == 2);
  CHECK(e[0].speaker == "Donald Brandt");
  CHECK(e[1].speaker == "Daron Shawe");
}

TEST_CASE("'ce dernier' is whoever was named last, a gerund after an inverted verb the lexicons do not know") {
  auto f = found("« C'est terrible », a déclaré le préfet Paul Mirand. Le drame a ému le ministre de l'Intérieur Gérard "
                 "Colomb. Ce dernier a ajouté que l'enquête serait rapide.",
                 "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[1].speaker == "Gérard Colomb");
  auto g = found("Le ministre Ahmed Ourabi a présenté le budget. « Ce budget sert le développement », a-t-il fait "
                 "savoir en assurant qu'il ne défend pas le pouvoir.",
                 "fr");
  REQUIRE(g.size() >= 1);
  CHECK(g.back().speaker == "Ahmed Ourabi");
}

TEST_CASE("a possessive name opens a description, a short noun phrase before or after a verb no lexicon knows") {
  auto e = found("David Axeman was asked. \"That was outrageous,\" Obama's former campaign strategist said in an interview.\n\n"
                 "While debating the nominees, a friend commented: \"Immigration is the reason.\"\n\n"
                 "A boxed set of his complete recordings, \"Border Town: 1956-1964,\" was released in 2016.",
                 "en");
  REQUIRE(e.size() == 2);
  CHECK(e[0].speaker == "David Axeman");
  CHECK(e[1].speaker == "a friend");
}

TEST_CASE("an institution named with its noun, whoever issues the statement a colon opens") {
  auto e = found("Matatiele Local Municipality said that it was cheap politics. The council met. Mayor Bryn Browne "
                 "released the following statement on Monday:\n\n\"I am pleased that this budget was passed.\"",
                 "en");
  REQUIRE(e.size() == 2);
  CHECK(e[0].speaker == "Matatiele Local Municipality");
  CHECK(e[0].kind == "organization");
  CHECK(e[1].speaker == "Bryn Browne");
  auto f = found("Le conseil s'est réuni. Le ministre Paul Dorand a publié un communiqué : « Nous sommes satisfaits. »\n\n"
                 "Il a publié deux romans et un récit autobiographique, « La Couleur des jours », paru en 2004.",
                 "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Paul Dorand");
}

TEST_CASE("the subject of a quote standing alone is never found inside the quote before it") {
  auto e = found("\"I tell you, Mary Lane has it wrong,\" Tom Sandler said, going on to add that the town has spent "
                 "\"years fighting for its school.\"",
                 "en");
  REQUIRE(e.size() >= 2);
  CHECK(e.back().speaker == "Tom Sandler");
}

TEST_CASE("an age joined by hyphens is one modifier of a role") {
  auto e = found("Ivy Trent was asked. The 34-year-old mother of three replied, \"It is meant to help.\"", "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Ivy Trent");
}

TEST_CASE("an adverb between a subject and its verb, a complement after an unknown verb's subject or verb") {
  auto e = found("Tom Perry spoke. \"Will he be the next judge?\" a Democratic staffer in the room wondered. Helen Clay "
                 "spoke again. Clay emphatically proclaimed at a press conference, \"I sent no secret mail.\" A boxed set "
                 "of his recordings, \"Border Town Boogie,\" was released in 2016.",
                 "en");
  REQUIRE(e.size() >= 2);
  CHECK(e[0].speaker == "a Democratic staffer");
  CHECK(e[1].speaker == "Helen Clay");
  for (const auto& q : e) CHECK(q.content != "\"Border Town Boogie,\"");
}

TEST_CASE("a bare group opening the sentence is the subject a quote standing inside it belongs to") {
  auto e = found("Officials imposed a curfew. Protesters marching through the streets chanted \"What curfew?\" and kept going.",
                 "en");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "Protesters");
  CHECK(e[0].kind == "anonymous");
}

TEST_CASE("a quote standing alone makes its speaker the one a pronoun after it refers to") {
  // Long quotes in a row: the name is further back than a pronoun looks.
  std::string text = "\"This is the best series,\" Virat Kohrey said.\n";
  for (int q = 0; q < 3; ++q) {
    text += "\"";
    for (int i = 0; i < 6; ++i) text += "We were put under pressure many times in this series and found a way back. ";
    text.back() = '"';  // the closing mark right after the full stop
    text += "\n";
  }
  text += "He also said the pitches had been good.";
  auto e = found(text, "en");
  REQUIRE(e.size() == 5);
  CHECK(e[4].content == "the pitches had been good");
  CHECK(e[4].speaker == "Virat Kohrey");
}

TEST_CASE("a subordinate clause of a dozen words before the subject a coordinated verb shares") {
  auto f = found("Les clubs sont en crise. Si certains ne le montrent pas pour l'instant, Marouane Benali ne suit pas la "
                 "tendance et menace de quitter la ligue si rien ne change.",
                 "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Marouane Benali");
}

TEST_CASE("a belief is no quote, but the quote after it continues the believer") {
  CHECK(found("L'entraîneur Paul Dufour croit que son équipe méritait mieux ce soir.", "fr").empty());
  CHECK(found("Coach Mary Evans thinks her side deserved better on the night.", "en").empty());
  CHECK(found("Coach Mary Evans believes that her side deserved better on the night.", "en").empty());
  auto f = found("L'entraîneur Paul Dufour croit que son équipe méritait mieux. « Nous avons dominé toute la partie. »",
                 "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "« Nous avons dominé toute la partie. »");
  CHECK(f[0].speaker == "Paul Dufour");
}

TEST_CASE("a verb of admitting, denying, labelling or announcing reports its object only when quoted") {
  CHECK(found("Le ministre Paul Morin a reconnu sa défaite hier soir.", "fr").empty());
  CHECK(found("Le club a démenti la rumeur d'un départ de son entraîneur.", "fr").empty());
  CHECK(found("Minister Jane Hollis announced funding of ten million dollars for the schools.", "en").empty());
  CHECK(found("Minister Jane Hollis dismissed the suggestion on Monday.", "en").empty());
  auto f = found("Le député Paul Morin a qualifié le projet d'« usine à gaz ».", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "« usine à gaz »");
  CHECK(f[0].type == "mixed");
  f = found("Councillor Jane Hollis branded the plan “reckless” on Monday.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "mixed");
  // A plain object is still a clause after a pronoun that is only a subject.
  f = found("Hospital chief Jane Hollis warned they needed urgent help.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "they needed urgent help");
}

TEST_CASE("a scare quote in a sentence without a cue is no one's words") {
  CHECK(found("Investigators found a fully equipped “headquarters” in the cellar.", "en").empty());
  CHECK(found("Le club est sorti tête haute du « groupe de la mort » cette saison.", "fr").empty());
  // A sentence with a cue keeps its quoted words, and so does a quote that speaks a sentence.
  CHECK(found("Councillor Jane Hollis called the plan “reckless” on Monday.", "en").size() == 1);
  CHECK(found("The mayor left the room. “We will rebuild the bridge,” and the crowd cheered.", "en").size() == 1);
}

TEST_CASE("the passive reports nothing of its subject's, the pronominal verb does") {
  CHECK(found("Le gérant Paul Morin est accusé de fraude fiscale depuis mars.", "fr").empty());
  CHECK(found("Minister Jane Hollis was asked why the plan had failed.", "en").empty());
  auto f = found("La ministre Anne Martin s'est dite favorable à une réforme rapide.", "fr");
  CHECK(f.size() <= 1);
  f = found("Le gérant Paul Morin s'est félicité que la réforme soit adoptée.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "la réforme soit adoptée");
}

TEST_CASE("a verb that opens its sentence without a subject reports nothing") {
  CHECK(found("Describe your new novel in one sentence.", "en").empty());
  auto f = found("Asked if he was worried, coach Tom Reilly said the team would recover.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "the team would recover");
}

TEST_CASE("an infinitive clause is a verb's content: right after it, or after 'de' and an indirect object") {
  auto f = found("Le témoin Paul Morin affirme avoir menti aux enquêteurs.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "avoir menti aux enquêteurs");
  CHECK(f[0].type == "indirect");
  f = found("Les délégués Anne et Paul Morin ont assuré ne pas avoir parlé de la réforme.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "ne pas avoir parlé de la réforme");
  f = found("L'avocat Paul Morin demande à la Cour de déclarer le maire déchu.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "déclarer le maire déchu");
  // "de" and a noun is no clause.
  CHECK(found("Le directeur Paul Morin a parlé de la drogue saisie.", "fr").empty());
}

TEST_CASE("content before a closing cue whose subject follows it, after a clause ending in a noun") {
  auto f = found("La ville a payé une dette de 120 % du budget, rapporte la radio RFI.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "La ville a payé une dette de 120 % du budget");
  f = found("Le projet coûtera très cher aux contribuables, indique un communiqué.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Le projet coûtera très cher aux contribuables");
  // A clause opened by a determiner is content, not an adverbial.
  f = found("Cette route nécessitera un investissement de deux milliards, a indiqué le ministre Paul Morin.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Cette route nécessitera un investissement de deux milliards");
  // "added to" is no speech.
  CHECK(found("The main grant from Government, added to the share of business rates, rose.", "en").empty());
}

TEST_CASE("'pour' before a pronoun is an according-to cue, not elsewhere") {
  auto f = found("Le maire Paul Morin a visité le port. Pour lui, il n'y a pas péril en la demeure.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "il n'y a pas péril en la demeure");
  CHECK(f[0].type == "according_to");
  CHECK(found("Pour la première fois, le port a fermé ses portes.", "fr").empty());
}

TEST_CASE("a bare clause opened by an amount, and a plain noun as indirect object before a subject pronoun") {
  auto f = found("Minister Kojo Mensah said about $2 billion will reach the accounts shortly.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "about $2 billion will reach the accounts shortly");
  f = found("Minister Kojo Mensah said $750 million is expected this week.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "$750 million is expected this week");
  f = found("Secretary Eric Hollis has told councils they must hold a referendum.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "they must hold a referendum");
}

TEST_CASE("verbs of observing are no speech, a present participle after a determiner is a noun, objects end at a colon") {
  CHECK(found("Un important dispositif a été déployé sur le terrain, a constaté l'AFP sur place.", "fr").empty());
  CHECK(found("Il produit un certificat démontrant que le requérant avait fait un dépôt.", "fr").empty());
  CHECK(found("Le requérant avait fait un dépôt de deux cents dollars au greffe.", "fr").empty());
  CHECK(found("En effet, selon le ministre Paul Morin (photo), directeur du fonds, la dette baisse.", "fr").size() <= 1);
  auto f = found("Le président Paul Morin a démenti la rumeur d'un départ : « Tout le monde reste ici. »", "fr");
  for (const auto& q : f) CHECK(q.content.find("rumeur") == std::string::npos);
}

TEST_CASE("a strong verb after 'que' has no object of its own, 'de' and a noun is a charge, not words") {
  CHECK(found("C'est le montant que réclame le port autonome au groupe français.", "fr").empty());
  CHECK(found("La jeune femme Anne Morin l'accuse de viol devant la cour.", "fr").empty());
  auto f = found("Le ministre Paul Morin accuse Moscou de préparer une invasion.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Moscou de préparer une invasion");
}

TEST_CASE("page furniture holds no quote") {
  CHECK(found("Le conseil a voté le budget.\n• À lire aussi : Le maire Paul Morin proposera à l'État de financer la ligne\n"
              "La séance a duré trois heures.",
              "fr")
            .empty());
  CHECK(found("The council passed the budget.\nREAD MORE: Mayor says he will cut taxes\nThe meeting ran late.", "en").empty());
}

TEST_CASE("a present participle's clause opens with its own subject, not the participle's") {
  auto f = found("Minister Marc Holt left the room, saying the federal government had been ready to pay.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "the federal government had been ready to pay");
  CHECK(f[0].speaker == "Marc Holt");
}

TEST_CASE("content stops before 'but' and a second verb of the same subject, even without a comma") {
  auto f = found("Councillor Ann Wookey said she was a friend of the club but said it would be poor governance.", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "she was a friend of the club");
  CHECK(f[1].content == "it would be poor governance");
}

TEST_CASE("a direct quote with a cue of its own is not swallowed by an earlier content") {
  // Opened by its own verb after a comma.
  auto f = found("Mayor Ann Holt said renters would not qualify for the grant, and when asked why, the lawyer replied, "
                 "\"It is meant to help owners first.\"", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "renters would not qualify for the grant, and when asked why");
  CHECK(f[1].type == "direct");
  CHECK(f[1].content == "\"It is meant to help owners first.\"");
  CHECK(f[1].speaker == "the lawyer");
  // Closed by its own verb after a comma: "…: “…,” the union wrote."
  f = found("The guild hailed the change it said Tom Reed, its first elected chair, would bring: "
            "“His fight has opened the door for all of us,” the guild wrote.", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[1].type == "direct");
  CHECK(f[1].content == "“His fight has opened the door for all of us,”");
  CHECK(f[1].cue == "wrote");
  // Quoted words of the clause itself stay in it: "was “grave,” said X" is one mixed quote.
  f = found("Le maire Paul Morin a dit que la situation était « grave », a précisé son adjoint.", "fr");
  REQUIRE(!f.empty());
  CHECK(f[0].type == "mixed");
  CHECK(f[0].content.find("« grave »") != std::string::npos);
}

TEST_CASE("a clause set off by dashes ends where the next speaker's clause starts") {
  auto f = found("When Ann Holt noted that Tom Reed has paid no rent \u2015 as was true for the years his records were public "
                 "\u2015 Reed boasted, \u201CThat makes me clever.\u201D", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "Tom Reed has paid no rent \u2015 as was true for the years his records were public");
  CHECK(f[0].speaker == "Ann Holt");
  CHECK(f[1].type == "direct");
  CHECK(f[1].speaker.find("Reed") != std::string::npos);
}

TEST_CASE("a second verb shares the subject that follows a quote opening the sentence") {
  auto f = found("The show aired on Monday.\n\n\u201CKeep your eyes open,\u201D Ann Holt hums to the crowd before asking it, "
                 "\u201CWhere do we go from here?\u201D", "en");
  REQUIRE(f.size() == 2);
  CHECK(f[1].content == "\u201CWhere do we go from here?\u201D");
  CHECK(f[1].speaker == "Ann Holt");
}

TEST_CASE("an unknown closing verb is found past the marks of a quote nested at the end") {
  auto f = found("Ann Holt spoke first.\n\n\u201CThe team pulled off what fans called \u2018the win of the year,\u2019\u201D "
                 "Tom Reed reminisced.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Tom Reed");
}

TEST_CASE("a direct or mixed quote of a few words is a fragment, with a confidence of its own") {
  CHECK(dixit::few_words(QuoteType::mixed, u"\u201Cvery reckless\u201D"));
  CHECK(dixit::few_words(QuoteType::direct, u"\u00AB une amourette \u00BB"));
  CHECK_FALSE(dixit::few_words(QuoteType::direct, u"\u201CWe will rebuild the bridge next year.\u201D"));
  CHECK_FALSE(dixit::few_words(QuoteType::indirect, u"it was late"));  // only quoted words are fragments
  // The fitted table gives fragments a column of their own.
  auto f = found("Ann Holt spoke first.\n\nThe council called the plan \u201Creckless\u201D on Monday.", "en");
  REQUIRE(f.size() == 1);
  const auto text = u16("Ann Holt spoke first.\n\nThe council called the plan \u201Creckless\u201D on Monday.");
  const auto q = annotate(text, Options{"en"}).quotes.at(0);
  CHECK(q.confidence == dixit::confidence_of(q.basis, q.type, true));
}

TEST_CASE("a participle after a quote that closed on a comma shares the sentence's subject") {
  auto f = found("Voters were upset.\n\nAnn Holt called the policy \u201Creckless,\u201D adding, \u201CIt will cost us the young vote.\u201D",
                 "en");
  REQUIRE(f.size() == 2);
  CHECK(f[1].content == "\u201CIt will cost us the young vote.\u201D");
  CHECK(f[1].speaker == "Ann Holt");
  CHECK(f[1].cue == "adding");
}

TEST_CASE("a noun phrase subject is told from the unknown closing verb it ran on over") {
  auto f = found("Tom Reed spoke.\n\n\u201CThe mayor was honored for his work,\u201D a spokesman mused.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "a spokesman");
  CHECK(f[0].kind == "anonymous");
}

TEST_CASE("a subject ends before its affiliation in parentheses, before a comma too") {
  auto f = found("Ann Holt spoke.\n\nSen. Tom Reed (D-Ill.), noting the size of the crowd, said, \u201CWe have a long list.\u201D", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Tom Reed");
  f = found("Ann Holt spoke.\n\nIn the race, Gov. Tom Reed (R-OH), said, \u201CWe have a long list.\u201D", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Tom Reed");
}

TEST_CASE("a nickname in marks inside a name is no quote") {
  auto f = found("Ann Holt spoke.\n\nHer niece, Marcia \"Cia\" Price, said the nation was watching.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "indirect");
  CHECK(f[0].content == "the nation was watching");
}

TEST_CASE("a pronominal speech verb reports the attribute after it") {
  auto f = found("La recrue Paul Morin s'est dite très heureuse de jouer avec des vétérans.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "très heureuse de jouer avec des vétérans");
  CHECK(found("Le joueur Paul Morin ne s'avoue pas vaincu.", "fr").empty());
}

TEST_CASE("a quote's basis says what its speaker rests on, and its confidence follows the measured rates") {
  auto quotes = dixit::annotate(u16("Le ministre Paul Aubry a déclaré : « Nous tiendrons. » "
                                                       "« Rien ne bougera. »\n\nMarc Tellier : « Nous verrons bien. »\n\n"
                                                       "« Personne ne sait. »"),
                                {"fr"})
                    .quotes;
  REQUIRE(quotes.size() == 4);
  CHECK(quotes[0].basis == dixit::Basis::cue_named);
  CHECK(quotes[2].basis == dixit::Basis::label);
  for (const auto& q : quotes) {
    CHECK(q.confidence > 0.0);
    CHECK(q.confidence < 1.0);
  }
  // Nothing to rest on is never more certain than a cue with a name.
  for (auto type : {dixit::QuoteType::direct, dixit::QuoteType::indirect, dixit::QuoteType::mixed,
                    dixit::QuoteType::according_to})
    CHECK(dixit::confidence_of(dixit::Basis::none, type, false) < dixit::confidence_of(dixit::Basis::cue_named, type, false));
}

TEST_CASE("an infinitive clause after an insertion between commas") {
  auto f = found("Le témoin Paul Morin affirmait, jeudi, avoir tout inventé pour se venger.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "avoir tout inventé pour se venger");
}

TEST_CASE("reported content ends at a comma before a contrast that opens the journalist's clause") {
  auto f = found("Le témoin Paul Morin affirme avoir menti, mais le juge ne le suit pas.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "avoir menti");
  // A que/that clause may go on after it: only an infinitive, with no subject of its own, ends there.
  f = found("Coach Tom Reilly said the team would recover, but only in May.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "the team would recover, but only in May");
  // A second complementizer continues the same content.
  f = found("Le maire Paul Morin a dit que le pont tiendrait, mais que la route fermerait.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "le pont tiendrait, mais que la route fermerait");
}

TEST_CASE("an incise after a short opening reports the clause after it") {
  auto f = found("Le budget sera revu. Car, dit-il, toute la somme dépend du vote des élus.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "toute la somme dépend du vote des élus");
  f = found("Dans tous les cas, souligne le ministre Paul Morin, la moitié des fonds ira aux routes.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "la moitié des fonds ira aux routes");
}

TEST_CASE("requérir and confirmer report a clause, not a plain noun object") {
  CHECK(found("Le procureur Paul Morin a requis une peine de quatre ans de prison.", "fr").empty());
  CHECK(found("La maire Anne Morin a confirmé la fermeture du musée.", "fr").empty());
  auto f = found("La maire Anne Morin a confirmé que le musée fermerait.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "le musée fermerait");
}

TEST_CASE("a contrast inside quoted words does not end the content") {
  auto f = found("Le ministre Paul Morin a estimé que le plan « aidera les villes, mais ne suffira pas » cette année.", "fr");
  REQUIRE(f.size() >= 1);
  CHECK(f[0].content == "le plan « aidera les villes, mais ne suffira pas » cette année");
}

TEST_CASE("impersonal closing cues attribute what comes before them, to the source after 'de' if any") {
  auto f = found("Trois ouvriers ont été blessés jeudi sur le chantier du port, a-t-on appris de sources syndicales.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Trois ouvriers ont été blessés jeudi sur le chantier du port");
  f = found("La société devra publier un rapport chaque année sur ses émissions, apprend-on.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "La société devra publier un rapport chaque année sur ses émissions");
}

TEST_CASE("a fronted adverbial inside the content does not end it") {
  auto f = found("L'avocat Paul Morin affirme qu'en trente ans de carrière, il n'avait jamais vu un tel dossier.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "en trente ans de carrière, il n'avait jamais vu un tel dossier");
}

TEST_CASE("a colon before quoted words ends the content: the quote after it is its own") {
  auto f = found("L'avocat Paul Morin affirme qu'il pensait « avoir tout vu » : « C'est un dossier hors norme. »", "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "il pensait « avoir tout vu »");
  CHECK(f[1].type == "direct");
}

TEST_CASE("quotes coordinated in lower case inside a sentence make one quote") {
  auto f = found("Le ministre Paul Morin a fait part de sa « tristesse » et de son « soutien », a précisé le préfet.", "fr");
  size_t quoted = 0;
  for (const auto& q : f) quoted += q.content.find("tristesse") != std::string::npos;
  CHECK(quoted <= 1);
  for (const auto& q : f)
    if (q.content.find("tristesse") != std::string::npos) CHECK(q.content.find("soutien") != std::string::npos);
  // A capital after "et" opens a sentence of its own.
  f = found("Le maire Paul Morin a dit : « Nous tiendrons » et « Rien ne bougera ».", "fr");
  for (const auto& q : f) CHECK(!(q.content.find("tiendrons") != std::string::npos && q.content.find("Rien") != std::string::npos));
}

TEST_CASE("a quote of several sentences after 'que,' is the clause's content, whole") {
  auto f = found("Le témoin Paul Morin explique que, « Mon frère est parti. Il ne voulait pas se battre. »", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "« Mon frère est parti. Il ne voulait pas se battre. »");
}

TEST_CASE("a date after the verb of a closing cue, before its inverted subject") {
  auto f = found("Le groupe a renoncé au rachat du journal, a affirmé mercredi 27 octobre, Paul Morin, conseiller du groupe.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Le groupe a renoncé au rachat du journal");
  CHECK(f[0].speaker == "Paul Morin");
}

TEST_CASE("a parenthesis after the source of 'selon'") {
  auto f = found("Selon Paul Morin (photo), directeur du fonds, la baisse des émissions reste une priorité du groupe.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "according_to");
  CHECK(f[0].content.find("la baisse des émissions reste une priorité du groupe") != std::string::npos);
}

TEST_CASE("an unclosed quote is never a title") {
  auto f = found("Le joueur Paul Morin a marqué deux fois.\n\nLe match était serré. « Il a marqué deux fois e", "fr");
  bool kept = false;
  for (const auto& q : f) kept = kept || q.content.find("« Il a marqué deux fois e") != std::string::npos;
  CHECK(kept);
}

TEST_CASE("after 'selon', a statement's issuer is the source") {
  auto f = found("Le fleuve a débordé sur trois kilomètres, selon un nouveau bilan communiqué par la préfecture.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "la préfecture");
  f = found("Le feu est désormais maîtrisé, selon le communiqué de la préfecture.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "la préfecture");
}

TEST_CASE("'selon' after a live report's time stamp opens the statement after its source") {
  auto f = found("13h48: Selon la compagnie Enedra, un nouveau relevé fait état de 9 000 foyers privés de courant.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "according_to");
  CHECK(f[0].content == "un nouveau relevé fait état de 9 000 foyers privés de courant");
}

TEST_CASE("a content before its closing cue is not cut at a cue inside it, and keeps the quote inside") {
  auto f = found("Le maire se serait levé, aurait dit « je ne veux rien savoir » et serait parti, a rapporté le témoin Paul Morin.",
                 "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Le maire se serait levé, aurait dit « je ne veux rien savoir » et serait parti");
  CHECK(f[0].speaker == "Paul Morin");
}

TEST_CASE("a speech verb reports as a pronominal verb only where the lexicon says so") {
  CHECK(found("Le forum de Paul Morin se propose d'examiner la réforme du code minier.", "fr").empty());
  CHECK(found("Les patrons Paul et Anne Morin s'engagent ensemble pour la réforme fiscale.", "fr").empty());
  CHECK(found("Le gérant Paul Morin s'avouait coupable devant le juge.", "fr").empty());
  auto f = found("Le maire Paul Morin s'est dit très heureux de la victoire.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "très heureux de la victoire");
}

TEST_CASE("'la' after an infinitive is an article: the word after it is a noun") {
  CHECK(found("Le comité doit examiner la riposte des banques au nouveau règlement.", "fr").empty());
}

TEST_CASE("a verb of calling reports its 'à' and infinitive (a sentence or a noun after 'à' is no content)") {
  auto f = found("Le ministre Paul Morin appelle à lutter contre la fraude fiscale.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "à lutter contre la fraude fiscale");
  CHECK(found("La cour l'a condamné à verser dix mille euros à la famille.", "fr").empty());
  CHECK(found("Les syndicats de Paul Morin appellent à la grève jeudi.", "fr").empty());
}

TEST_CASE("an insertion with a verb group of its own is a clause that the closing cue reports") {
  auto f = found("Le maire, ancien ministre, a renoncé au rachat du journal, a affirmé Paul Morin, conseiller du groupe.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "Le maire, ancien ministre, a renoncé au rachat du journal");
  CHECK(f[0].speaker == "Paul Morin");
}

TEST_CASE("'selon' after an adverbial of the verb lists opens the statement after its source") {
  auto f = found("Toujours selon l'agence Paul Morin Presse, le président resterait en poste jusqu'en mars.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "le président resterait en poste jusqu'en mars");
}

TEST_CASE("a participle and its agent between commas are no incise") {
  CHECK(found("The measures, announced by the Treasury Department on Monday, freeze the assets of three firms.", "en").empty());
  CHECK(found("Les mesures, annoncées par le ministre Paul Morin lundi, gèlent les avoirs de trois sociétés.", "fr").empty());
}

TEST_CASE("a verb's form after a preposition or a determiner is a noun between the cue and its que") {
  // "presse" is a form of presser: "une conférence de presse" does not end the window.
  auto f = found("Le maire a déclaré lors d'une conférence de presse qu'une enquête serait ouverte.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "une enquête serait ouverte");
  CHECK(f[0].speaker == "Le maire");
}

TEST_CASE("one comma before que closes an insertion that opens with a preposition, not a noun object") {
  auto f = found("Le maire a déclaré lors d'une conférence de presse, qu'une enquête serait ouverte.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "une enquête serait ouverte");
  f = found("Le maire a indiqué, lors de son passage à Lyon, que la ville porterait plainte.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "la ville porterait plainte");
  // A noun object before the comma may take a relative "que".
  CHECK(found("Le syndicat a dénoncé la réforme, que le gouvernement a adoptée hier.", "fr").size() <= 1);
  for (const auto& q : found("Le syndicat a dénoncé la réforme, que le gouvernement a adoptée hier.", "fr"))
    CHECK(q.content != "le gouvernement a adoptée hier");
}

TEST_CASE("a que after a conjunction's head is no verb's complementizer") {
  for (const char* text : {"Elle justifie sa démarche chez les gendarmes par le fait que son voisin est entré.",
                           "Il a parlé longuement alors que la salle se vidait."}) {
    INFO(text);
    CHECK(found(text, "fr").empty());
  }
}

TEST_CASE("a causative's infinitive reports speech: faire savoir, faire valoir, faire remarquer") {
  for (const char* verb : {"a fait savoir", "avait fait valoir", "fait remarquer"}) {
    INFO(verb);
    const std::string text = std::string("Le maire ") + verb + " que la ville porterait plainte.";
    auto f = found(text, "fr");
    REQUIRE(f.size() == 1);
    CHECK(f[0].content == "la ville porterait plainte");
    CHECK(f[0].speaker == "Le maire");
  }
  auto inverted = found("Le maire Paul Morin est furieux. « La ville portera plainte », a-t-il fait savoir.", "fr");
  REQUIRE(inverted.size() == 1);
  CHECK(inverted[0].speaker == "Paul Morin");
  CHECK(inverted[0].cue == "savoir");
  // Bare, or after an infinitive of its own, the phrase reports nothing.
  CHECK(found("Il ne veut pas savoir que la ville porterait plainte.", "fr").empty());
  CHECK(found("Le conseil veut le faire savoir à tous.", "fr").empty());
}

TEST_CASE("a speech verb whose subject is no one's reports nothing") {
  for (const char* text : {"Les inscriptions ont doublé, ce qui signifie que la moitié des abonnés sont nouveaux.",
                           "Cela confirme que la ville avait raison.", "Cela dit, la ville avait raison."}) {
    INFO(text);
    CHECK(found(text, "fr").empty());
  }
}

TEST_CASE("an opening date is no subject: the subject is after its comma") {
  auto f = found("Le 3 mars, le procureur de Dakar, Paul Diallo, avait déclaré qu'une enquête serait ouverte.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Paul Diallo");
}

TEST_CASE("an impersonal 'on' speaks for the body named after its verb") {
  auto f = found("Le réseau change. « Le périmètre reste le même », souligne-t-on du côté de la direction de la société.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "la direction de la société");
  f = found("Le réseau change. « Le périmètre reste le même », explique-t-on à la mairie de Lyon.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "la mairie de Lyon");
}

TEST_CASE("an inverted incise with a verb no lexicon knows, in a compound tense or pronominal") {
  auto f = found("La salle était pleine. « Combien d'autres n'ont pas osé le dénoncer? » a amorcé Me Coralie Germond, avocate.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Coralie Germond");
  f = found("La salle était pleine. « Combien d'autres n'ont pas osé venir ici », s'est agacée Me Coralie Germond.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Coralie Germond");
  // A quoted title as a subject is no incise.
  for (const auto& q : found("Le livre est sorti. « La Peste » a marqué Albert Camus pour toujours.", "fr"))
    CHECK(q.speaker != "Albert Camus");
}

TEST_CASE("opening adverbials may follow each other before the subject") {
  auto f = found("Ahmed Ouyahia est arrivé. D’emblée, et d’une voix enrouée, il rejette les faits et explique : « Je suis innocent de tout. »", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Ahmed Ouyahia");
}

TEST_CASE("a role after a name and its comma is the name's apposition, not someone a pronoun may mean") {
  auto f = found("Le premier à parler est Ahmed Ouyahia, ex-ministre. Il explique : « Je suis innocent de tout. »", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Ahmed Ouyahia");
}

TEST_CASE("a personal pronoun that speaks means the person before the institution named last") {
  auto f = found("Le premier est Ahmed Ouyahia, président du CPE (Conseil de participation de l’Etat). D’emblée, il explique : « Je suis innocent de tout. »", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Ahmed Ouyahia");
}

TEST_CASE("a bare clause after 'said' shows its verb by a finite ending, unless it is a tail") {
  auto f = found("Scott said players squandered chances.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "players squandered chances");
  f = found("Eskom Holdings said profit fell 49% last year.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "profit fell 49% last year");
  // "as she presented" is when it was said, not what.
  f = found("India will spend a record sum on roads, Finance Minister Meera Sharma said on Thursday as she presented the budget.", "en");
  for (const auto& q : f) CHECK(q.content != "as she presented the budget");
}

TEST_CASE("a relative's clause goes on after the verb of 'which she said'") {
  auto f = found("The firm will raise cash which the group says will be invested in its IT systems.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "will be invested in its IT systems");
  CHECK(f[0].speaker == "the group");
  f = found("The central bank introduced new measures in December that it said aimed to fight corruption.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "aimed to fight corruption");
  // The speaker is the institution, not the clause that names it.
  CHECK(f[0].speaker == "The central bank");
}

TEST_CASE("a noun phrase ends at a finite verb, not at a participle and its complement") {
  auto f = found("A European official involved in the talks, who asked not to be named, said the gap was wide.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "A European official involved in the talks");
}

TEST_CASE("'made it clear that' reports as a speech verb does") {
  for (const char* verb : {"made it clear", "has made clear", "makes it clear"}) {
    INFO(verb);
    auto f = found(std::string("Minister Kishan Reddy ") + verb + " that the center had never promised the status.", "en");
    REQUIRE(f.size() == 1);
    CHECK(f[0].content == "the center had never promised the status");
    CHECK(f[0].speaker == "Kishan Reddy");
    CHECK((f[0].cue.rfind("made", 0) == 0 || f[0].cue.rfind("makes", 0) == 0));
  }
}

TEST_CASE("'held that' reports a clause that shows its verb, not a determiner's noun") {
  auto f = found("The bench, while allowing her plea, held that she is entitled to minimum compensation.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "she is entitled to minimum compensation");
  CHECK(found("He held that position for ten years.", "en").empty());
  CHECK(found("The court held that hearing in private.", "en").empty());
}

TEST_CASE("« martèle » is a form of marteler: -eler verbs that take a grave accent") {
  auto f = found("Le projet avance. Un petit budget tous les deux ans ne suffit pas, martèle Robert Melanson.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Robert Melanson");
  CHECK(f[0].cue == "martèle");
  f = found("L'avocat Paul Morin allègue que son client était absent.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].cue == "allègue");
}

TEST_CASE("the marks of a title between the verb and its que do not end the window, and a que inside quoted words is theirs") {
  auto f = found("Le ministre Nabil Ammar a indiqué dans une interview accordée au journal « Chourouk » que la Tunisie a rendu les fonds.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].content == "la Tunisie a rendu les fonds");
  for (const auto& q : found("Paris a appelé Pékin à “privilégier la négociation plutôt que l’escalade”.", "fr"))
    CHECK(q.content != "l’escalade”");
}

TEST_CASE("an as-clause that opens the sentence reports the clause after its source") {
  for (const char* opening : {"Comme le rappelle l'avocat", "Tel que le rappelle l'avocat", "Comme l'a rappelé l'avocat"}) {
    INFO(opening);
    auto f = found(std::string("Le procès continue. ") + opening + ", sa cliente doit survivre à chaque instant.", "fr");
    REQUIRE(f.size() == 1);
    CHECK(f[0].content == "sa cliente doit survivre à chaque instant");
    CHECK(f[0].speaker == "l'avocat");
  }
  // Before quoted words after a colon, the clause ends.
  auto f = found("Tel que le rappelle l'avocat, sa cliente doit « survivre » chaque jour : « Elle a une foi immense. »", "fr");
  REQUIRE(f.size() == 2);
  CHECK(f[0].content == "sa cliente doit « survivre » chaque jour");
  CHECK(f[0].type == "mixed");
  CHECK(f[1].type == "direct");
  // "Comme prévu", "Comme chaque année" report nothing.
  CHECK(found("Comme prévu, la réunion a eu lieu mardi.", "fr").empty());
}

TEST_CASE("a speech verb's form after a degree adverb is an adjective, not a cue") {
  auto f = found("Le box est vide. \"Vous vous êtes perdu ?\" lance au téléphone son avocate, Sophie Lechevrel, un peu inquiète.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Sophie Lechevrel");
  CHECK(f[0].type == "direct");
}

TEST_CASE("the words of an amount name no speaker") {
  const auto text = u16("Antoine Diome réclame 1,83 milliards F CFA, et 5 milliards F CFA. « Ce sont des fonds publics », a expliqué le magistrat.");
  const auto result = annotate(text, Options{"fr"});
  for (const auto& s : result.speakers) CHECK(s.name.find("CFA") == std::string::npos);
}

TEST_CASE("outside quote marks, a first-person subject reports no one's speech and is never a name") {
  CHECK(found("Les partis doivent prendre leurs responsabilités. J'invite également les partis flamands à envisager la participation.", "fr").empty());
  CHECK(found("The minister spoke for an hour. I asked him whether the plan was dead.", "en").empty());
  // The first person inside quote marks is the speaker's.
  auto f = found("« J'invite les partis à venir », a déclaré la ministre Anne Morin.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "Anne Morin");
}

TEST_CASE("a plural head that is also a verb's form opens a bare group: 'various reports alleged'") {
  auto f = found("On Wednesday, various reports alleged that Treasury had spent a billion a day.", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].speaker == "various reports");
}

TEST_CASE("a bare clause's verb is not one of a relative clause in the object") {
  for (const auto& q : found("The Premier announced $400 million in road funding for projects which she said would create jobs.", "en"))
    CHECK(q.content.rfind("$400 million", 0) != 0);
}

TEST_CASE("a quotation built into the sentence after que or that is mixed") {
  auto f = found("Ahmed Ouyahia a confirmé que « les changements ont été faits par le président ».", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "mixed");
  f = found("The minister Anne Ross said that \"the risks have never been so high\".", "en");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "mixed");
  // After a colon, the quotation stands as an utterance.
  f = found("Ahmed Ouyahia a déclaré : « Les changements ont été faits par le président. »", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "direct");
}

TEST_CASE("'Pour' before a full name or a body's name, then a comma, opens an according-to quote") {
  auto f = found("Pour Mathias Fekl, la diversification du tissu économique est la priorité.", "fr");
  REQUIRE(f.size() == 1);
  CHECK(f[0].type == "according_to");
  CHECK(f[0].speaker == "Mathias Fekl");
  CHECK(f[0].content == "la diversification du tissu économique est la priorité");
  CHECK(found("Pour Noël, la ville installe des illuminations.", "fr").empty());
  CHECK(found("Pour la première fois, la ville installe des illuminations.", "fr").empty());
}
