// A language is data: the JSON files under core/lang/<code>/, compiled into the
// binary. Each extractor reads its own section (money, speech, names...) and
// builds its lexicons once; no code branches on a language code.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace dixit {

class Language {
 public:
  // Throws UsageError for a code without data.
  static const Language& get(std::string_view code);
  // The language whose function words are most frequent in the text.
  static const Language& detect(std::u16string_view text);
  static std::vector<std::string> codes();

  const std::string& code() const { return code_; }
  const std::string& icu_locale() const { return icu_locale_; }
  // core/lang/<code>/<name>.json, or an empty object when the language has none.
  // Parsed on first use: a page that reads French never parses the English data.
  const nlohmann::json& section(std::string_view name) const;
  // Convenience: a list of strings from a section, folded (see text/fold.h).
  std::vector<std::u16string> folded_list(std::string_view section_name, std::string_view key) const;

  // `sections`: each section's name and its embedded JSON text.
  Language(std::string code, std::vector<std::pair<std::string, std::string_view>> sections);
  ~Language();

 private:
  struct Section;
  std::string code_;
  std::string icu_locale_;
  std::map<std::string, std::unique_ptr<Section>, std::less<>> sections_;
};

}  // namespace dixit
