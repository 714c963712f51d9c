// text → segmentation → candidates (quotes, amounts, names) → attribution → output.
// One Pipeline per language, built once from that language's data and then
// shared, read-only, by every call and every thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dixit/dixit.h"

namespace dixit {

class Language;

class Pipeline {
 public:
  // Read from the lexicon image the build embedded for the language (wasm:
  // tools/lexicon_image.cpp), else built from the language's data.
  static const Pipeline& for_language(const Language& lang);

  explicit Pipeline(const Language& lang);
  // From lexicon_image() of a pipeline of the same language and the same
  // build; null when the bytes do not read as one (lang/image.h).
  static std::unique_ptr<Pipeline> from_lexicon_image(const Language& lang, std::string_view bytes);
  // The lexicons built from the language's data, as bytes.
  std::string lexicon_image() const;
  ~Pipeline();
  // A long text (a batch of articles pasted as one) is annotated in segments
  // of about half a million units cut at paragraph breaks, and the results joined:
  // memory stays bounded by a segment, and every article reads as it would alone.
  Annotations run(std::u16string_view text) const;

 private:
  struct Stages;
  Pipeline(const Language& lang, std::unique_ptr<Stages> stages);
  Annotations run_segment(std::u16string_view text) const;
  const Language& lang_;
  std::unique_ptr<Stages> stages_;
};

}  // namespace dixit
