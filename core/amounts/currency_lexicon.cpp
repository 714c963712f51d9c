#include "amounts/currency_lexicon.h"

#include <algorithm>
#include <map>
#include <set>

#include "lang/image.h"
#include "text/utf.h"

namespace dixit::amounts {

namespace {

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

CurrencyLexicon::CurrencyLexicon(const nlohmann::json& cldr, const nlohmann::json& money,
                                 const TokenizerRules& rules, PhraseTable& table) {
  const nlohmann::json families = money.value("families", nlohmann::json::object());
  for (const auto& [name, family] : families.items())
    families_.push_back({name, family.value("default", std::string()), string_list(family, "members"),
                         family.value("needs_place", false)});
  const nlohmann::json places = money.value("places", nlohmann::json::object());
  for (const auto& [code, names] : places.items()) {
    place_codes_.push_back(code);
    for (const auto& place : names)
      table.add(PhraseKind::place_cue, phrase_pieces(text::utf8_to_utf16(place.get<std::string>()), rules),
                static_cast<int32_t>(place_codes_.size() - 1));
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
    entry.glued_to_number = item.value("glued_to_number", false);
    entry.needs_upper_case = item.value("upper_case", false);
    entry.cents_only = item.value("cents_only", false);
    std::string family = item.value("family", std::string());
    for (size_t f = 0; f < families_.size(); ++f)
      if (families_[f].name == family) entry.family = static_cast<int>(f);
    std::string form = item.value("form", std::string("name"));
    entry.form = form == "symbol" ? CurrencyForm::symbol : form == "code" ? CurrencyForm::code : CurrencyForm::name;
    for (const auto& text : string_list(item, "forms")) add(text::utf8_to_utf16(text), entry, rules, table);
  }
  add_from_cldr(cldr, money, rules, table);
}

void CurrencyLexicon::add(const std::u16string& form, CurrencyEntry entry, const TokenizerRules& rules,
                          PhraseTable& table) {
  auto pieces = phrase_pieces(form, rules);
  if (pieces.empty()) return;
  entries_.push_back(std::move(entry));
  table.add(PhraseKind::currency, pieces, static_cast<int32_t>(entries_.size() - 1));
}

void CurrencyLexicon::add_from_cldr(const nlohmann::json& cldr, const nlohmann::json& money,
                                    const TokenizerRules& rules, PhraseTable& table) {
  const auto excluded_codes = string_list(money, "excluded_codes");
  std::set<std::u16string> excluded_names;
  for (const auto& name : string_list(money, "excluded_names")) excluded_names.insert(text::utf8_to_utf16(name));
  std::map<std::string, int> scaled_code_prefixes;
  const nlohmann::json prefixes = money.value("scaled_code_prefixes", nlohmann::json::object());
  for (const auto& [prefix, power] : prefixes.items())
    scaled_code_prefixes[prefix] = power.get<int>();

  // Narrow symbols ("$", "¥", "₡") are kept only where one currency alone uses them.
  std::map<std::u16string, std::vector<std::string>> narrow_symbols;
  const nlohmann::json rows = cldr.value("currencies", nlohmann::json::array());
  for (const auto& row : rows) {
    // tools/cldr_currencies.cpp: code, symbol, narrow symbol, display name, plural one, plural other.
    if (!row.is_array() || row.size() != 6) continue;
    const std::string code = row[0].get<std::string>();
    if (code.size() != 3 || std::find(excluded_codes.begin(), excluded_codes.end(), code) != excluded_codes.end())
      continue;
    auto field = [&](size_t i) { return text::utf8_to_utf16(row[i].get_ref<const std::string&>()); };
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

    const auto symbol = field(1);
    if (!symbol.empty() && symbol != ucode && !excluded_names.count(symbol)) {
      CurrencyEntry as_symbol = base;
      as_symbol.form = CurrencyForm::symbol;
      add(symbol, as_symbol, rules, table);
    }
    const auto narrow = field(2);
    if (!narrow.empty() && narrow != ucode && !excluded_names.count(narrow)) narrow_symbols[narrow].push_back(code);

    CurrencyEntry as_name = base;
    as_name.form = CurrencyForm::name;
    for (size_t i : {3, 4, 5}) {
      const auto name = field(i);
      if (usable_name(name, ucode) && !excluded_names.count(name)) add(name, as_name, rules, table);
    }
  }
  for (const auto& [symbol, users] : narrow_symbols) {
    if (users.size() != 1) continue;
    CurrencyEntry as_symbol;
    as_symbol.code = users.front();
    as_symbol.form = CurrencyForm::symbol;
    add(symbol, as_symbol, rules, table);
  }
}

CurrencyLexicon::CurrencyLexicon(image::Reader& in) { io(*this, in); }
void CurrencyLexicon::save(image::Writer& out) const { io(*this, out); }

int32_t CurrencyLexicon::bare_entry_of(int family) const {
  for (size_t e = 0; e < entries_.size(); ++e)
    if (entries_[e].family == family && entries_[e].code.empty() && entries_[e].minor_exponent == 0 &&
        entries_[e].form == CurrencyForm::name)
      return static_cast<int32_t>(e);
  return -1;
}

bool CurrencyLexicon::in_family(const std::string& code, int family) const {
  if (family < 0 || static_cast<size_t>(family) >= families_.size()) return false;
  const auto& members = families_[static_cast<size_t>(family)].members;
  return std::find(members.begin(), members.end(), code) != members.end();
}

}  // namespace dixit::amounts
