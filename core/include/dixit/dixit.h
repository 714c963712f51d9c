// dixit: who said what, and how much.
// The public API of the extraction core. Offsets are UTF-16 code units, [start, end),
// i.e. JavaScript string indices, everywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace dixit {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(uint32_t pos) const { return pos >= start && pos < end; }
  bool overlaps(Span other) const { return start < other.end && other.start < end; }
  friend bool operator==(Span, Span) = default;
};

enum class SpeakerKind { person, organization, place, media, anonymous };
enum class QuoteType { direct, indirect, mixed, according_to };
// What a quote's speaker rests on, the evidence its confidence is measured by:
// a cue whose subject is a name, a role description, an anonymous source or a
// pronoun; a label or signature ("Name : « … »", "“…” ― Name"); the speaker of
// the quote just before (continuation); the interviewee of an interview; a
// person named nearby with no cue (nearby); or nothing at all.
enum class Basis : uint8_t { none, cue_named, cue_role, cue_anonymous, cue_pronoun, label, continuation, interviewee, nearby };

struct Speaker {
  std::string name;  // canonical name, UTF-8
  SpeakerKind kind = SpeakerKind::person;
  std::optional<std::string> role;
  std::vector<Span> mentions;  // sorted by start
};

struct Quote {
  Span span;  // a direct quote's span includes its quote marks
  QuoteType type = QuoteType::direct;
  std::optional<size_t> speaker;  // index into Annotations::speakers
  std::optional<Span> cue;
  double confidence = 0.5;  // in (0, 1): never certain, never impossible
  Basis basis = Basis::none;
  bool capped = false;      // an unbalanced opening mark whose quote was cut short
};

struct Amount {
  Span span;
  std::string text;  // UTF-8 copy of the span
  std::optional<std::string> value;  // exact decimal, e.g. "4700000000"
  std::optional<std::string> min;
  std::optional<std::string> max;
  std::optional<std::string> currency;  // ISO 4217
  bool currency_assumed = false;        // "$" read as USD without the text saying so
  bool approx = false;
  std::optional<size_t> equivalent_of;  // index into Annotations::amounts
};

struct Annotations {
  std::string lang;
  std::vector<Speaker> speakers;
  std::vector<Quote> quotes;
  std::vector<Amount> amounts;
};

struct Options {
  // "auto" detects the language from the text; otherwise a code with data in core/lang/.
  std::string lang = "auto";
};

// Thrown for caller mistakes (an unknown language, say); never for odd text.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

Annotations annotate(std::u16string_view text, const Options& options = {});

// The output schema shared by the CLI, the wasm module and the page. Keys keep
// their insertion order so that every path prints byte-identical JSON.
nlohmann::ordered_json to_json(const Annotations& annotations);

// The same JSON as to_json(a).dump(), byte for byte, written straight into
// `out` (its old contents are dropped): what the CLI and the wasm module print,
// several times faster than building the tree on a long article.
void write_json(const Annotations& annotations, std::string& out);
std::string to_json_string(const Annotations& annotations);

std::string_view version();

// Language codes with data compiled in (core/lang/<code>/).
std::vector<std::string> available_languages();

}  // namespace dixit
