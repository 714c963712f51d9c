#include "amounts/currency_lexicon.h"

#include <algorithm>
#include <map>
#include <set>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include "text/utf.h"

namespace dixit::amounts {

namespace {

std::u16string currency_name(const std::u16string& code, const std::string& locale, UCurrNameStyle style) {
  UBool is_choice = false;
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  const UChar* name =
      ucurr_getName(reinterpret_cast<const UChar*>(code.c_str()), locale.c_str(), style, &is_choice, &length, &status);
  if (U_FAILURE(status) || !name || length <= 0) return {};
  return std::u16string(reinterpret_cast<const char16_t*>(name), static_cast<size_t>(length));
}

std::u16string currency_plural_name(const std::u16string& code, const std::string& locale, const char* category) {
  UBool is_choice = false;
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  const UChar* name = ucurr_getPluralName(reinterpret_cast<const UChar*>(code.c_str()), locale.c_str(), &is_choice,
                                          category, &length, &status);
  if (U_FAILURE(status) || !name || length <= 0) return {};
  return std::u16string(reinterpret_cast<const char16_t*>(name), static_cast<size_t>(length));
}

// Historic names carry dates ("cruzeiros (1993–1994)"): nobody writes them in prose.
bool usable_name(const std::u16string& name, const std::u16string& code) {
  if (name.empty() || name == code) return false;
  return std::none_of(name.begin(), name.end(), [](char16_t c) { return c == u'(' || (c >= u'0' && c <= u'9'); });
}

std::vector<std::string> string_list(const nlohmann::json& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.find(key);
  if (it == object.end()) return out;
  for (const auto& item : *it) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace

CurrencyLexicon::CurrencyLexicon(const std::string& icu_locale, const nlohmann::json& money,
                                 const TokenizerRules& rules, PhraseTable& table) {
  const nlohmann::json families = money.value("families", nlohmann::json::object());
  for (const auto& [name, family] : families.items()) {
    families_.push_back({name, family.value("default", std::string()), string_list(family, "members")});
    const nlohmann::json places = family.value("places", nlohmann::json::object());
    for (const auto& [code, names] : places.items()) {
      place_cues_.push_back({static_cast<int>(families_.size() - 1), code});
      for (const auto& place : names)
        table.add(PhraseKind::place_cue, phrase_pieces(text::utf8_to_utf16(place.get<std::string>()), rules),
                  static_cast<int32_t>(place_cues_.size() - 1));
    }
  }

  // The language's own forms come first: where they collide with CLDR, they win.
  const nlohmann::json currencies = money.value("currencies", nlohmann::json::array());
  for (const auto& item : currencies) {
    CurrencyEntry entry;
    entry.code = item.value("code", std::string());
    entry.minor_exponent = item.value("minor_exponent", 0);
    entry.scale = item.value("scale", 0);
    entry.needs_scale = item.value("needs_scale", false);
    entry.glued = item.value("glued", false);
    std::string family = item.value("family", std::string());
    for (size_t f = 0; f < families_.size(); ++f)
      if (families_[f].name == family) entry.family = static_cast<int>(f);
    std::string form = item.value("form", std::string("name"));
    entry.form = form == "symbol" ? CurrencyForm::symbol : form == "code" ? CurrencyForm::code : CurrencyForm::name;
    for (const auto& text : string_list(item, "forms")) add(text::utf8_to_utf16(text), entry, rules, table);
  }
  add_from_icu(icu_locale, money, rules, table);
}

void CurrencyLexicon::add(const std::u16string& form, CurrencyEntry entry, const TokenizerRules& rules,
                          PhraseTable& table) {
  auto pieces = phrase_pieces(form, rules);
  if (pieces.empty()) return;
  entries_.push_back(std::move(entry));
  table.add(PhraseKind::currency, pieces, static_cast<int32_t>(entries_.size() - 1));
}

void CurrencyLexicon::add_from_icu(const std::string& icu_locale, const nlohmann::json& money,
                                   const TokenizerRules& rules, PhraseTable& table) {
  const auto excluded_codes = string_list(money, "excluded_codes");
  std::set<std::u16string> excluded_names;
  for (const auto& name : string_list(money, "excluded_names")) excluded_names.insert(text::utf8_to_utf16(name));
  std::map<std::string, int> scaled_code_prefixes;
  const nlohmann::json prefixes = money.value("scaled_code_prefixes", nlohmann::json::object());
  for (const auto& [prefix, power] : prefixes.items())
    scaled_code_prefixes[prefix] = power.get<int>();

  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_ALL, &status);
  if (U_FAILURE(status)) return;
  // Narrow symbols ("$", "¥", "₡") are kept only where one currency alone uses them.
  std::map<std::u16string, std::vector<std::string>> narrow_symbols;
  const char* code_chars;
  while ((code_chars = uenum_next(codes, nullptr, &status)) && U_SUCCESS(status)) {
    const std::string code(code_chars);
    if (code.size() != 3 || std::find(excluded_codes.begin(), excluded_codes.end(), code) != excluded_codes.end())
      continue;
    const std::u16string ucode = text::utf8_to_utf16(code);
    CurrencyEntry base;
    base.code = code;

    CurrencyEntry as_code = base;
    as_code.form = CurrencyForm::code;
    as_code.needs_upper_case = true;
    add(ucode, as_code, rules, table);
    for (const auto& [prefix, power] : scaled_code_prefixes) {
      CurrencyEntry scaled = as_code;
      scaled.scale = power;
      add(text::utf8_to_utf16(prefix) + ucode, scaled, rules, table);
    }

    auto symbol = currency_name(ucode, icu_locale, UCURR_SYMBOL_NAME);
    if (!symbol.empty() && symbol != ucode && !excluded_names.count(symbol)) {
      CurrencyEntry as_symbol = base;
      as_symbol.form = CurrencyForm::symbol;
      add(symbol, as_symbol, rules, table);
    }
    auto narrow = currency_name(ucode, icu_locale, UCURR_NARROW_SYMBOL_NAME);
    if (!narrow.empty() && narrow != ucode && !excluded_names.count(narrow)) narrow_symbols[narrow].push_back(code);

    CurrencyEntry as_name = base;
    as_name.form = CurrencyForm::name;
    auto long_name = currency_name(ucode, icu_locale, UCURR_LONG_NAME);
    if (usable_name(long_name, ucode) && !excluded_names.count(long_name)) add(long_name, as_name, rules, table);
    for (const char* plural_category : {"one", "other"}) {
      auto plural = currency_plural_name(ucode, icu_locale, plural_category);
      if (usable_name(plural, ucode) && !excluded_names.count(plural)) add(plural, as_name, rules, table);
    }
  }
  uenum_close(codes);
  for (const auto& [symbol, users] : narrow_symbols) {
    if (users.size() != 1) continue;
    CurrencyEntry as_symbol;
    as_symbol.code = users.front();
    as_symbol.form = CurrencyForm::symbol;
    add(symbol, as_symbol, rules, table);
  }
}

bool CurrencyLexicon::in_family(const std::string& code, int family) const {
  if (family < 0 || static_cast<size_t>(family) >= families_.size()) return false;
  const auto& members = families_[static_cast<size_t>(family)].members;
  return std::find(members.begin(), members.end(), code) != members.end();
}

}  // namespace dixit::amounts
