// The embind surface of the wasm module: annotate(text, options?) and version().
// It translates between JS and the core; it decides nothing.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <unicode/udata.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "dixit/dixit.h"

using emscripten::val;

// The trimmed ICU data, compiled from the C array that genccode writes.
extern "C" const struct IcuDataBlob {
  double alignment;
  uint8_t bytes[1];
} icudata_dat;

namespace {

// Inputs above this many UTF-16 units are refused with a RangeError instead of
// running the module out of memory. Overridable per call (options.maxLength).
constexpr double kDefaultMaxLength = 20'000'000;

const bool icu_data_ready = [] {
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(icudata_dat.bytes, &status);
  return U_SUCCESS(status);
}();

[[noreturn]] void throw_js(const char* error_type, const std::string& message) {
  val::global(error_type).new_(val("dixit: " + message)).throw_();
}

// The result crosses the boundary as the same JSON text that the CLI prints,
// parsed by the engine's JSON.parse: byte-identical output by construction, and
// measured by scripts/bench (docs/benchmarks.md) at about twice the speed of
// building the object through embind one val at a time. The bytes are decoded
// by a TextDecoder straight from a view of the wasm heap: embind's std::string
// conversion would walk them twice in JavaScript first (1 MB of text: about 8%
// of the whole annotate()). Invalid UTF-8 cannot occur: the core writes U+FFFD
// for lone surrogates.
val to_js(const dixit::Annotations& annotations) {
  static const val json = val::global("JSON");
  static const val decoder = val::global("TextDecoder").new_(val("utf-8"));
  std::string bytes;
  dixit::write_json(annotations, bytes);
  const val view(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data())));
  return json.call<val>("parse", decoder.call<val>("decode", view));
}

dixit::Options read_options(const val& options, double& max_length) {
  dixit::Options out;
  if (options.isUndefined() || options.isNull()) return out;
  if (options.typeOf().as<std::string>() != "object") throw_js("TypeError", "options must be an object");
  val lang = options["lang"];
  if (!lang.isUndefined() && !lang.isNull()) {
    if (!lang.isString()) throw_js("TypeError", "options.lang must be a string");
    out.lang = lang.as<std::string>();
    auto known = dixit::available_languages();
    if (out.lang != "auto" && std::find(known.begin(), known.end(), out.lang) == known.end()) {
      std::string list;
      for (const auto& k : known) list += k + ", ";
      throw_js("RangeError", "unknown language \"" + out.lang + "\" (known: " + list + "auto)");
    }
  }
  val limit = options["maxLength"];
  if (!limit.isUndefined() && !limit.isNull()) {
    if (limit.typeOf().as<std::string>() != "number" || !(limit.as<double>() >= 0))
      throw_js("TypeError", "options.maxLength must be a non-negative number");
    max_length = limit.as<double>();
  }
  return out;
}

val annotate(val text, val options) {
  if (!text.isString())
    throw_js("TypeError", "annotate(text, options?) needs a string, got " + text.typeOf().as<std::string>());
  if (!icu_data_ready) throw_js("Error", "the embedded ICU data could not be loaded");
  double max_length = kDefaultMaxLength;
  dixit::Options opts = read_options(options, max_length);
  const double length = text["length"].as<double>();
  if (length > max_length)
    throw_js("RangeError", "the text has " + std::to_string(static_cast<uint64_t>(length)) +
                               " UTF-16 units; the limit is " + std::to_string(static_cast<uint64_t>(max_length)));
  // Copy the JS string unit by unit: lone surrogates survive and offsets stay
  // JavaScript string indices (a UTF-8 round trip would break both).
  std::u16string units(static_cast<size_t>(length) + 1, u'\0');
  val::module_property("stringToUTF16")(text, reinterpret_cast<uintptr_t>(units.data()),
                                        static_cast<double>(units.size() * sizeof(char16_t)));
  units.pop_back();
  return to_js(dixit::annotate(units, opts));
}

// embind dispatches on argument count: this is annotate(text) without options.
val annotate_with_defaults(val text) { return annotate(std::move(text), val::undefined()); }

std::string version() { return std::string(dixit::version()); }

val languages() {
  val out = val::array();
  unsigned i = 0;
  for (const auto& code : dixit::available_languages()) out.set(i++, val(code));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(dixit) {
  emscripten::function("annotate", &annotate);
  emscripten::function("annotate", &annotate_with_defaults);
  emscripten::function("version", &version);
  emscripten::function("languages", &languages);
}
