#include "lang/language.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "dixit/dixit.h"
#include "lang/lang_data.h"
#include <unicode/uchar.h>
#include "text/fold.h"
#include "text/string_ids.h"
#include "text/utf.h"

namespace dixit {

namespace {

struct Registry {
  std::map<std::string, std::unique_ptr<Language>, std::less<>> languages;

  Registry() {
    std::map<std::string, std::vector<std::pair<std::string, std::string_view>>> sections_by_lang;
    for (size_t i = 0; i < lang_data::file_count; ++i) {
      const auto& file = lang_data::files[i];
      sections_by_lang[file.lang].emplace_back(file.section,
                                               std::string_view(reinterpret_cast<const char*>(file.data), file.size));
    }
    for (auto& [code, sections] : sections_by_lang)
      languages.emplace(code, std::make_unique<Language>(code, std::move(sections)));
  }
};

const Registry& registry() {
  static const Registry instance;
  return instance;
}

std::map<std::string, const lang_data::Image*, std::less<>>& images() {
  static std::map<std::string, const lang_data::Image*, std::less<>> by_lang;
  return by_lang;
}

}  // namespace

bool lang_data::add_images(const Image* list, size_t count) {
  for (size_t i = 0; i < count; ++i) images()[list[i].lang] = &list[i];
  return true;
}

const lang_data::Image* lang_data::image_for(std::string_view lang) {
  auto it = images().find(lang);
  return it == images().end() ? nullptr : it->second;
}

struct Language::Section {
  std::string_view json;
  std::once_flag parsed_once;
  nlohmann::json parsed;
};

Language::Language(std::string code, std::vector<std::pair<std::string, std::string_view>> sections)
    : code_(std::move(code)) {
  for (auto& [name, json] : sections) {
    auto section = std::make_unique<Section>();
    section->json = json;
    sections_.emplace(std::move(name), std::move(section));
  }
  icu_locale_ = section("language").value("icu_locale", code_);
}

Language::~Language() = default;

const Language& Language::get(std::string_view code) {
  const auto& langs = registry().languages;
  auto it = langs.find(code);
  if (it == langs.end()) {
    std::string known;
    for (const auto& [c, _] : langs) known += (known.empty() ? "" : ", ") + c;
    throw UsageError("unknown language \"" + std::string(code) + "\" (known: " + known + ", or auto)");
  }
  return *it->second;
}

std::vector<std::string> Language::codes() {
  std::vector<std::string> out;
  for (const auto& [code, _] : registry().languages) out.push_back(code);
  return out;
}

const nlohmann::json& Language::section(std::string_view name) const {
  static const nlohmann::json empty = nlohmann::json::object();
  auto it = sections_.find(name);
  if (it == sections_.end()) return empty;
  Section& s = *it->second;
  // Our own data, checked by the native tests: a parse error here is a build defect.
  std::call_once(s.parsed_once, [&] { s.parsed = nlohmann::json::parse(s.json); });
  return s.parsed;
}

std::vector<std::u16string> Language::folded_list(std::string_view section_name, std::string_view key) const {
  std::vector<std::u16string> out;
  const auto& sec = section(section_name);
  auto it = sec.find(key);
  if (it == sec.end()) return out;
  for (const auto& item : *it) out.push_back(text::folded_utf8(item.get<std::string>()));
  return out;
}

const Language& Language::detect(std::u16string_view text) {
  // Function words decide quickly and reliably on news text; the first 20,000
  // units are plenty and keep detection constant-time on huge inputs.
  struct Candidate {
    const Language* lang;
    text::StringIds words;
  };
  static const std::vector<Candidate> prototypes = [] {
    std::vector<Candidate> out;
    for (const auto& [code, lang] : registry().languages) {
      Candidate candidate{lang.get(), {}};
      for (const auto& word : lang->folded_list("language", "function_words")) candidate.words.intern(word);
      out.push_back(std::move(candidate));
    }
    return out;
  }();
  std::vector<size_t> hits(prototypes.size(), 0);
  std::u16string word;
  const size_t limit = std::min<size_t>(text.size(), 20000);
  for (size_t i = 0; i <= limit; ++i) {
    char16_t c = i < limit ? text[i] : u' ';
    if (c < 0x80 ? ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') : (u_isalpha(c) != 0)) {
      word.push_back(text::fold_unit(c));
    } else if (!word.empty()) {
      for (size_t k = 0; k < prototypes.size(); ++k) hits[k] += prototypes[k].words.find(word) != text::StringIds::unknown;
      word.clear();
    }
  }
  size_t best = 0;
  for (size_t k = 1; k < prototypes.size(); ++k)
    if (hits[k] > hits[best]) best = k;
  if (hits[best] == 0) {
    for (size_t k = 0; k < prototypes.size(); ++k)
      if (prototypes[k].lang->section("language").value("default", false)) return *prototypes[k].lang;
  }
  return *prototypes[best].lang;
}

}  // namespace dixit
