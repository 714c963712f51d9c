#include "dixit/dixit.h"
#include "lang/language.h"
#include "pipeline.h"

namespace dixit {

std::string_view version() { return DIXIT_VERSION; }

std::vector<std::string> available_languages() { return Language::codes(); }

Annotations annotate(std::u16string_view text, const Options& options) {
  const Language& lang = options.lang == "auto" || options.lang.empty() ? Language::detect(text)
                                                                       : Language::get(options.lang);
  return Pipeline::for_language(lang).run(text);
}

}  // namespace dixit
