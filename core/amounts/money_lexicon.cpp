#include "amounts/money_lexicon.h"

#include "lang/image.h"
#include "lang/language.h"
#include "text/fold.h"
#include "text/utf.h"

namespace dixit::amounts {

namespace {

std::vector<std::string> strings(const nlohmann::json& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.find(key);
  if (it == object.end()) return out;
  for (const auto& item : *it) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace

MoneyLexicon::MoneyLexicon(const Language& lang) {
  const auto& money = lang.section("money");
  const TokenizerRules rules{lang.folded_list("language", "elisions"), lang.folded_list("language", "function_words")};
  auto add = [&](PhraseKind kind, const std::string& phrase, int32_t payload) {
    phrases_.add(kind, phrase_pieces(text::utf8_to_utf16(phrase), rules), payload);
  };

  digits_ = std::make_unique<DigitReader>(money.value("number", nlohmann::json::object()));
  std::vector<std::u16string> joiners;
  for (const auto& joiner : strings(money, "number_joiners")) joiners.push_back(text::folded_utf8(joiner));
  spelled_ = std::make_unique<SpelledNumberReader>(lang.section("numbers"), joiners);
  for (const auto& word : spelled_->number_words()) phrases_.add(PhraseKind::number_word, {word}, 0);
  for (const auto& word : spelled_->joiners()) phrases_.add(PhraseKind::number_joiner, {word}, 0);

  scale_noun_takes_connector_ = money.value("scale_noun_takes_connector", false) ? 1 : 0;
  scaled_numbers_continue_ = money.value("scaled_numbers_continue_amounts", false) ? 1 : 0;
  const nlohmann::json scales = money.value("scales", nlohmann::json::array());
  std::vector<std::pair<int32_t, std::string>> implied_families;
  for (const auto& scale : scales) {
    const int32_t power = scale.at("power").get<int32_t>();
    if (scale.contains("implies_family")) implied_families.emplace_back(power, scale.at("implies_family").get<std::string>());
    for (const auto& form : strings(scale, "forms")) add(PhraseKind::scale, form, power);
    // Abbreviations ("M", "bn") only follow a number; words may also follow a currency ("75 USD million").
    for (const auto& form : strings(scale, "abbreviations")) add(PhraseKind::scale, form, -power);
  }
  auto add_constants = [&](const char* key, PhraseKind kind) {
    const nlohmann::json constants = money.value(key, nlohmann::json::object());
    for (const auto& [phrase, value] : constants.items()) {
      auto decimal = Decimal::parse(value.get<std::string>());
      if (!decimal) continue;
      constants_.push_back(*decimal);
      add(kind, phrase, static_cast<int32_t>(constants_.size() - 1));
    }
  };
  add_constants("scale_multipliers", PhraseKind::multiplier);
  add_constants("approximate_numbers", PhraseKind::approx_number);
  for (const auto& form : strings(money, "connectors")) add(PhraseKind::connector, form, 0);
  for (const auto& form : strings(money, "cents_joiners")) add(PhraseKind::cents_joiner, form, 0);

  const nlohmann::json modifiers = money.value("modifiers", nlohmann::json::object());
  const std::pair<const char*, ModifierKind> modifier_kinds[] = {{"approx", ModifierKind::approx},
                                                                 {"at_least", ModifierKind::at_least},
                                                                 {"at_most", ModifierKind::at_most},
                                                                 {"change", ModifierKind::change},
                                                                 {"change_before_from", ModifierKind::change_from}};
  for (const auto& [key, kind] : modifier_kinds)
    for (const auto& form : strings(modifiers, key)) add(PhraseKind::modifier, form, static_cast<int32_t>(kind));
  const nlohmann::json modifiers_after = money.value("modifiers_after", nlohmann::json::object());
  for (const auto& [key, kind] : {std::pair{"at_least", ModifierKind::at_least}, std::pair{"at_most", ModifierKind::at_most}})
    for (const auto& form : strings(modifiers_after, key)) add(PhraseKind::trailing_bound, form, static_cast<int32_t>(kind));
  // A range is "entre X et Y", "from X to Y", or "X-Y" with no opening word.
  int32_t range_index = 0;
  const nlohmann::json ranges = money.value("ranges", nlohmann::json::array());
  for (const auto& range : ranges) {
    const auto opening = range.value("opening", std::string());
    if (!opening.empty()) add(PhraseKind::modifier, opening, static_cast<int32_t>(ModifierKind::range_start));
    range_openings_.push_back(phrase_pieces(text::utf8_to_utf16(opening), rules));
    range_changes_.push_back(range.value("change_after_verb", false) ? 1 : 0);
    // The payload names the range whose opening word the joiner needs.
    for (const auto& joiner : strings(range, "joiners"))
      add(PhraseKind::range_joiner, joiner, opening.empty() ? -1 : range_index);
    ++range_index;
  }
  for (const auto& form : strings(money, "conversion_links")) add(PhraseKind::conversion_link, form, 0);
  for (const auto& form : strings(money, "conversion_links_before_approx")) add(PhraseKind::conversion_link, form, 1);
  for (const auto& form : strings(money, "change_extent_words")) add(PhraseKind::change_extent, form, 0);
  for (const auto& form : strings(money, "decimal_words")) add(PhraseKind::decimal_word, form, 0);
  // Payload 1: a price per unit ("a litre"), which also ends a bare amount's phrase.
  for (const auto& form : strings(money, "per_unit_followers")) add(PhraseKind::bare_follower, form, 1);
  for (const auto& form : strings(money, "bare_amount_followers")) add(PhraseKind::bare_follower, form, 0);
  for (const auto& form : strings(money, "negations")) add(PhraseKind::negation, form, 0);
  for (const auto& form : strings(money, "quantifiers")) add(PhraseKind::quantifier, form, 0);
  for (const auto& form : strings(money, "money_nouns")) add(PhraseKind::money_noun, form, 0);
  for (const auto& form : strings(money, "cost_words")) add(PhraseKind::cost_word, form, 0);
  for (const auto& form : strings(money, "denominations_after")) add(PhraseKind::denomination, form, 0);
  for (const auto& form : strings(money, "denominations_before")) add(PhraseKind::denomination, form, 1);

  currencies_ = std::make_unique<CurrencyLexicon>(lang.section("cldr_currencies"), money, rules, phrases_);
  for (const auto& [power, family] : implied_families) {
    const auto& families = currencies_->families();
    for (size_t f = 0; f < families.size(); ++f) {
      if (families[f].name != family) continue;
      const int32_t entry = currencies_->bare_entry_of(static_cast<int>(f));
      if (entry < 0) continue;
      implying_powers_.push_back(power);
      implied_entries_.push_back(entry);
    }
  }
}

MoneyLexicon::MoneyLexicon(image::Reader& in) { io(*this, in); }
void MoneyLexicon::save(image::Writer& out) const { io(*this, out); }

}  // namespace dixit::amounts
