// libFuzzer harness for dixit::annotate. The bytes after the first become UTF-16
// units directly, not through UTF-8, so that lone surrogates, NULs and any other
// unit a JavaScript string can hold reach the core.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "annotation_invariants.h"
#include "dixit/dixit.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const dixit::Options options{dixit::fuzz::language_for(data[0])};
  std::u16string text((size - 1) / sizeof(char16_t), u'\0');
  std::memcpy(text.data(), data + 1, text.size() * sizeof(char16_t));
  const dixit::Annotations annotations = dixit::annotate(text, options);
  dixit::fuzz::fail_if_any(dixit::test::invariant_violations(text, annotations));
  return 0;
}
