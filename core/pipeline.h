// text → segmentation → candidates (quotes, amounts, names) → attribution → output.
// One Pipeline per language, built once from that language's data and then
// shared, read-only, by every call and every thread.
#pragma once

#include <memory>
#include <string_view>

#include "dixit/dixit.h"

namespace dixit {

class Language;

class Pipeline {
 public:
  static const Pipeline& for_language(const Language& lang);

  explicit Pipeline(const Language& lang);
  ~Pipeline();
  // A long text (a batch of articles pasted as one) is annotated in segments
  // of about half a million units cut at paragraph breaks, and the results joined:
  // memory stays bounded by a segment, and every article reads as it would alone.
  Annotations run(std::u16string_view text) const;

 private:
  Annotations run_segment(std::u16string_view text) const;
  struct Stages;
  const Language& lang_;
  std::unique_ptr<Stages> stages_;
};

}  // namespace dixit
