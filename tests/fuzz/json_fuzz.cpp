// libFuzzer harness for the JSON output, on the CLI's path: bytes as UTF-8,
// checked, converted, annotated, then written by to_json_string (what the CLI,
// the batch mode and the wasm module print) and parsed back. It must be the
// same bytes as the nlohmann tree's dump, which must not throw (every string
// in it is valid UTF-8), and must survive a round trip byte for byte.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "annotation_invariants.h"
#include "dixit/dixit.h"
#include "fuzz_support.h"
#include "text/utf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const dixit::Options options{dixit::fuzz::language_for(data[0])};
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  if (dixit::text::find_invalid_utf8(bytes)) return 0;  // the CLI refuses these before annotating
  const std::u16string text = dixit::text::utf8_to_utf16(bytes);
  const dixit::Annotations annotations = dixit::annotate(text, options);
  dixit::fuzz::fail_if_any(dixit::test::invariant_violations(text, annotations));

  const std::string dumped = dixit::to_json_string(annotations);
  const auto parsed = nlohmann::ordered_json::parse(dumped);
  std::vector<std::string> problems;
  if (dixit::to_json(annotations).dump() != dumped)
    problems.push_back("the direct JSON writer and the nlohmann tree disagree: " + dumped);
  if (parsed.dump() != dumped) problems.push_back("the JSON output does not survive a parse and dump: " + dumped);
  for (const char* key : {"speakers", "quotes", "amounts"})
    if (!parsed.contains(key) || !parsed[key].is_array()) problems.push_back(std::string("no \"") + key + "\" array");
  for (const auto& quote : parsed.value("quotes", nlohmann::ordered_json::array())) {
    const auto start = quote.value("start", uint64_t{0}), end = quote.value("end", uint64_t{0});
    if (!(start <= end && end <= text.size()))
      problems.push_back("a JSON quote has offsets [" + std::to_string(start) + ", " + std::to_string(end) + ")");
  }
  dixit::fuzz::fail_if_any(problems);
  return 0;
}
