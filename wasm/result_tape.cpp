#include "result_tape.h"

#include "output/names.h"

namespace dixit::wasm {

namespace {

class TapeWriter {
 public:
  explicit TapeWriter(ResultTape& out) : out_(out) {}
  void number(uint64_t n) { out_.numbers.push_back(static_cast<uint32_t>(n)); }
  // A string's length in UTF-16 units (what JavaScript slices by), and its bytes.
  void string(std::string_view s) {
    uint32_t units = 0;
    for (unsigned char c : s) {
      if ((c & 0xC0) != 0x80) ++units;   // a code point starts here
      if ((c & 0xF8) == 0xF0) ++units;   // and needs a surrogate pair
    }
    number(units);
    out_.strings.append(s);
  }
  void optional_string(const std::optional<std::string>& s) {
    if (s) string(*s);
    else number(kNone);
  }
  template <typename T>
  void optional_index(const std::optional<T>& i) {
    number(i ? static_cast<uint64_t>(*i) : kNone);
  }

 private:
  ResultTape& out_;
};

}  // namespace

void write_tape(const Annotations& a, ResultTape& out) {
  out.numbers.clear();
  out.strings.clear();
  size_t numbers = 5 + 8 * a.quotes.size() + 11 * a.amounts.size();
  for (const Speaker& s : a.speakers) numbers += 6 + 2 * s.mentions.size();
  out.numbers.reserve(numbers);
  TapeWriter w(out);
  w.string(version());
  w.string(a.lang);
  w.number(a.speakers.size());
  w.number(a.quotes.size());
  w.number(a.amounts.size());
  for (const Speaker& s : a.speakers) {
    w.string(s.name);
    w.string(output::kind_name(s.kind));
    w.optional_string(s.role);
    w.number(s.mentions.size());
    for (const Span& m : s.mentions) w.number(m.start), w.number(m.end);
  }
  for (const Quote& q : a.quotes) {
    w.number(q.span.start);
    w.number(q.span.end);
    w.string(output::type_name(q.type));
    w.optional_index(q.speaker);
    w.number(q.cue ? q.cue->start : kNone);
    w.number(q.cue ? q.cue->end : kNone);
    // Hundredths, as the JSON text prints it: JavaScript's division gives the
    // very double that JSON.parse would read from that text.
    w.number(static_cast<uint64_t>(output::rounded_confidence(q.confidence) * 100.0 + 0.5));
    w.number(q.capped ? 1 : 0);
    w.string(output::basis_name(q.basis));
  }
  for (const Amount& m : a.amounts) {
    w.number(m.span.start);
    w.number(m.span.end);
    w.string(m.text);
    w.optional_string(m.value);
    w.optional_string(m.min);
    w.optional_string(m.max);
    w.optional_string(m.currency);
    w.number((m.approx ? 1 : 0) | (m.currency_assumed ? 2 : 0));
    w.optional_index(m.equivalent_of);
  }
}

}  // namespace dixit::wasm
