// The embind surface of the wasm module: annotate(text, options?) and version().
// It translates between JS and the core; it decides nothing.
//
// A wrong argument or a text over the limit is not thrown from here: an
// exception thrown from C++ through the wasm frames skips their epilogues, so
// the wasm stack pointer is never restored (about 240 bytes per error, until
// the module died after some 22,000 errors). The refusal comes back as a value,
// {dixitError, message}, and annotate.post.js throws it in JavaScript.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dixit/dixit.h"
#include "result_tape.h"
#include "text/embedded_icu.h"

using emscripten::val;

namespace {

// Inputs above this many UTF-16 units are refused with a RangeError instead of
// running the module out of memory. Overridable per call (options.maxLength).
constexpr double kDefaultMaxLength = 20'000'000;

const bool icu_data_ready = dixit::text::use_embedded_icu_data();

// Why a call is refused: the JavaScript error type to throw, and its message.
struct Refusal {
  const char* type;
  std::string message;
};

val to_js(const Refusal& refusal) {
  val out = val::object();
  out.set("dixitError", val(refusal.type));
  out.set("message", val("dixit: " + refusal.message));
  return out;
}

// The result crosses the boundary as a tape of numbers and one buffer of
// strings (result_tape.h), read into objects by annotate.post.js. It replaced
// the JSON text, decoded by a TextDecoder and parsed by JSON.parse: about 10%
// of the call against about 2% in a wasm profile (docs/benchmarks.md); JSON.parse
// was itself about twice as fast as building the objects through embind one val
// at a time. The buffers are reused from call to call; the views into them are
// read before the next call. node.parity checks the objects against the CLI's
// JSON on every text of the repository.
val to_js(const dixit::Annotations& annotations) {
  static dixit::wasm::ResultTape tape;
  dixit::wasm::write_tape(annotations, tape);
  val out = val::object();
  out.set("numbers", val(emscripten::typed_memory_view(tape.numbers.size(), tape.numbers.data())));
  out.set("strings", val(emscripten::typed_memory_view(tape.strings.size(),
                                                       reinterpret_cast<const uint8_t*>(tape.strings.data()))));
  return out;
}

std::optional<Refusal> read_options(const val& options, dixit::Options& out, double& max_length) {
  if (options.isUndefined() || options.isNull()) return std::nullopt;
  if (options.typeOf().as<std::string>() != "object") return Refusal{"TypeError", "options must be an object"};
  val lang = options["lang"];
  if (!lang.isUndefined() && !lang.isNull()) {
    if (!lang.isString()) return Refusal{"TypeError", "options.lang must be a string"};
    out.lang = lang.as<std::string>();
    auto known = dixit::available_languages();
    if (out.lang != "auto" && std::find(known.begin(), known.end(), out.lang) == known.end()) {
      std::string list;
      for (const auto& k : known) list += k + ", ";
      return Refusal{"RangeError", "unknown language \"" + out.lang + "\" (known: " + list + "auto)"};
    }
  }
  val limit = options["maxLength"];
  if (!limit.isUndefined() && !limit.isNull()) {
    if (limit.typeOf().as<std::string>() != "number" || !(limit.as<double>() >= 0))
      return Refusal{"TypeError", "options.maxLength must be a non-negative number"};
    max_length = limit.as<double>();
  }
  return std::nullopt;
}

// The annotations, or a refusal ({dixitError, message}) for annotate.post.js to throw.
val annotate_checked(val text, val options) {
  if (!text.isString())
    return to_js(Refusal{"TypeError", "annotate(text, options?) needs a string, got " + text.typeOf().as<std::string>()});
  if (!icu_data_ready) return to_js(Refusal{"Error", "the embedded ICU data could not be loaded"});
  double max_length = kDefaultMaxLength;
  dixit::Options opts;
  if (auto refusal = read_options(options, opts, max_length)) return to_js(*refusal);
  const double length = text["length"].as<double>();
  if (length > max_length)
    return to_js(Refusal{"RangeError", "the text has " + std::to_string(static_cast<uint64_t>(length)) +
                                           " UTF-16 units; the limit is " +
                                           std::to_string(static_cast<uint64_t>(max_length))});
  // Copy the JS string unit by unit: lone surrogates survive and offsets stay
  // JavaScript string indices (a UTF-8 round trip would break both). The
  // buffer is kept from call to call, so that it is neither allocated nor
  // zeroed again; annotate.post.js's copyTextIn fills it (Emscripten's
  // stringToUTF16, which reloads the heap view at every unit, was 4.1% of a
  // 1 MB call in a node profile, copyTextIn 2.9%).
  static std::vector<char16_t> buffer;
  const auto size = static_cast<size_t>(length);
  if (buffer.size() < size) buffer.resize(size);
  val::module_property("copyTextIn")(text, reinterpret_cast<uintptr_t>(buffer.data()));
  const std::u16string_view units(buffer.data(), size);
  return to_js(dixit::annotate(units, opts));
}

std::string version() { return std::string(dixit::version()); }

val languages() {
  val out = val::array();
  unsigned i = 0;
  for (const auto& code : dixit::available_languages()) out.set(i++, val(code));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(dixit) {
  emscripten::function("annotateChecked", &annotate_checked);  // annotate.post.js makes it annotate()
  emscripten::function("version", &version);
  emscripten::function("languages", &languages);
}
