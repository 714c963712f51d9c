// The output schema written straight into a string, byte for byte what
// to_json(a).dump() prints, without building the nlohmann tree: on a long
// article the tree and its serialisation cost more than the extraction
// (docs/benchmarks.md). Tests compare the two on every corpus article.
#include <cstdio>
#include <string>

#include "dixit/dixit.h"
#include "output/names.h"

namespace dixit {

namespace {

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  void raw(std::string_view s) { out_.append(s); }
  void number(uint64_t n) {
    char buffer[24];
    char* end = buffer + sizeof buffer;
    char* p = end;
    do {
      *--p = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n);
    out_.append(p, static_cast<size_t>(end - p));
  }
  // Escaped as nlohmann escapes without ensure_ascii: quotes, backslashes and
  // control characters; every other byte as it is (the core's strings are valid UTF-8).
  void string(std::string_view s) {
    out_.push_back('"');
    // Runs of plain bytes are copied whole: most strings need no escape at all.
    size_t plain_from = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + plain_from, i - plain_from);
      escape(c);
      plain_from = i + 1;
    }
    out_.append(s.data() + plain_from, s.size() - plain_from);
    out_.push_back('"');
  }
  void escape(unsigned char c) {
    switch (c) {
      case '"': out_.append("\\\""); break;
      case '\\': out_.append("\\\\"); break;
      case '\b': out_.append("\\b"); break;
      case '\f': out_.append("\\f"); break;
      case '\n': out_.append("\\n"); break;
      case '\r': out_.append("\\r"); break;
      case '\t': out_.append("\\t"); break;
      default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
        out_.append(buffer);
      }
    }
  }
  void optional_string(const std::optional<std::string>& s) {
    if (s) string(*s);
    else raw("null");
  }
  void id(char prefix, size_t index) {
    out_.push_back('"');
    out_.push_back(prefix);
    number(index + 1);
    out_.push_back('"');
  }
  void span_object(Span s) {
    raw("{\"start\":");
    number(s.start);
    raw(",\"end\":");
    number(s.end);
    out_.push_back('}');
  }
  // A confidence rounded to two decimals, printed as the shortest decimal
  // that reads back to the same double, as nlohmann and JavaScript print it.
  void confidence(double c) {
    const long hundredths = static_cast<long>(output::rounded_confidence(c) * 100.0 + 0.5);
    char buffer[4] = {'0', '.', static_cast<char>('0' + hundredths / 10), static_cast<char>('0' + hundredths % 10)};
    out_.append(buffer, buffer[3] == '0' ? 3 : 4);
  }

 private:
  std::string& out_;
};

}  // namespace

void write_json(const Annotations& a, std::string& out) {
  out.clear();
  // Room for it all at once: growing by doubling would hold two copies at the
  // end, which on a 10 MB text is the peak of the wasm heap.
  size_t estimate = 128 + 150 * a.quotes.size() + 100 * a.speakers.size();
  for (const Speaker& s : a.speakers) estimate += 30 * s.mentions.size() + s.name.size() + (s.role ? s.role->size() : 0);
  for (const Amount& m : a.amounts) estimate += 170 + 2 * m.text.size();
  out.reserve(estimate);
  Writer w(out);
  w.raw("{\"version\":");
  w.string(version());
  w.raw(",\"lang\":");
  w.string(a.lang);
  w.raw(",\"speakers\":[");
  for (size_t i = 0; i < a.speakers.size(); ++i) {
    const Speaker& s = a.speakers[i];
    if (i) w.raw(",");
    w.raw("{\"id\":");
    w.id('s', i);
    w.raw(",\"name\":");
    w.string(s.name);
    w.raw(",\"kind\":\"");
    w.raw(output::kind_name(s.kind));
    w.raw("\",\"role\":");
    w.optional_string(s.role);
    w.raw(",\"mentions\":[");
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      if (k) w.raw(",");
      w.span_object(s.mentions[k]);
    }
    w.raw("]}");
  }
  w.raw("],\"quotes\":[");
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    if (i) w.raw(",");
    w.raw("{\"id\":");
    w.id('q', i);
    w.raw(",\"start\":");
    w.number(q.span.start);
    w.raw(",\"end\":");
    w.number(q.span.end);
    w.raw(",\"type\":\"");
    w.raw(output::type_name(q.type));
    w.raw("\",\"speaker\":");
    if (q.speaker) w.id('s', *q.speaker);
    else w.raw("null");
    w.raw(",\"cue\":");
    if (q.cue) w.span_object(*q.cue);
    else w.raw("null");
    w.raw(",\"confidence\":");
    w.confidence(q.confidence);
    w.raw(",\"basis\":\"");
    w.raw(output::basis_name(q.basis));
    w.raw("\"");
    if (q.capped) w.raw(",\"capped\":true");
    w.raw("}");
  }
  w.raw("],\"amounts\":[");
  for (size_t i = 0; i < a.amounts.size(); ++i) {
    const Amount& m = a.amounts[i];
    if (i) w.raw(",");
    w.raw("{\"id\":");
    w.id('m', i);
    w.raw(",\"start\":");
    w.number(m.span.start);
    w.raw(",\"end\":");
    w.number(m.span.end);
    w.raw(",\"text\":");
    w.string(m.text);
    w.raw(",\"value\":");
    w.optional_string(m.value);
    w.raw(",\"min\":");
    w.optional_string(m.min);
    w.raw(",\"max\":");
    w.optional_string(m.max);
    w.raw(",\"currency\":");
    w.optional_string(m.currency);
    w.raw(m.approx ? ",\"approx\":true" : ",\"approx\":false");
    w.raw(",\"equivalent_of\":");
    if (m.equivalent_of) w.id('m', *m.equivalent_of);
    else w.raw("null");
    if (m.currency_assumed) w.raw(",\"currency_assumed\":true");
    w.raw("}");
  }
  w.raw("]}");
}

std::string to_json_string(const Annotations& a) {
  std::string out;
  write_json(a, out);
  return out;
}

}  // namespace dixit
