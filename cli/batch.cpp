#include "batch.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <ios>
#include <istream>
#include <new>
#include <ostream>
#include <streambuf>
#include <thread>
#include <vector>

#include "dixit/dixit.h"
#include "text/utf.h"

namespace dixit::cli {

namespace {

// nlohmann's messages quote the last token read, which may be a whole text.
constexpr size_t kMaxMessage = 300;

std::string error_line(const nlohmann::ordered_json& id, std::string message) {
  if (message.size() > kMaxMessage) {
    size_t cut = kMaxMessage;  // not inside a UTF-8 sequence
    while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;
    message.resize(cut);
    message += "…";
  }
  nlohmann::ordered_json out = {{"id", id}, {"error", message}};
  return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// Lines are read and written in chunks so that memory stays bounded on huge
// inputs while threads still get enough work to share.
constexpr size_t kChunkLines = 512;
constexpr size_t kChunkBytes = 16u << 20;

// The deepest nesting of arrays and objects in a line, strings skipped. For
// valid JSON it is the nesting; for anything else the parser says what is wrong.
size_t nesting(const std::string& line) {
  size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

std::string read_failure(const std::exception& e) {
  if (dynamic_cast<const std::bad_alloc*>(&e)) return "out of memory reading a line (a line too long?)";
  if (const auto* failure = dynamic_cast<const std::ios_base::failure*>(&e); failure && failure->code().value() > 0)
    return std::strerror(failure->code().value());
  return e.what();
}

}  // namespace

std::string annotate_line(const std::string& line, const std::string& default_lang, bool& failed) {
  failed = true;
  nlohmann::ordered_json id = nullptr;
  try {
    if (nesting(line) > kMaxNesting)
      return error_line(id, "JSON nested deeper than " + std::to_string(kMaxNesting) + " levels");
    auto input = nlohmann::json::parse(line);
    if (!input.is_object()) return error_line(id, "a line must be a JSON object {\"id\", \"text\", \"lang\"?}");
    if (input.contains("id")) id = input["id"];
    if (!input.contains("text") || !input["text"].is_string())
      return error_line(id, "field \"text\" is missing or is not a string");
    Options options;
    options.lang = default_lang;
    if (input.contains("lang") && !input["lang"].is_null()) {
      if (!input["lang"].is_string()) return error_line(id, "field \"lang\" must be a string");
      options.lang = input["lang"].get<std::string>();
    }
    std::u16string text = text::utf8_to_utf16(input["text"].get_ref<const std::string&>());
    // {"id": …, then the annotation's own keys, in one string.
    std::string out = "{\"id\":" + id.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + ",";
    const std::string annotation = to_json_string(annotate(text, options));
    out.append(annotation, 1, std::string::npos);
    failed = false;
    return out;
  } catch (const nlohmann::json::parse_error& e) {
    return error_line(id, std::string("invalid JSON: ") + e.what());
  } catch (const std::exception& e) {
    return error_line(id, e.what());
  }
}

namespace {

// One line into `line`, its '\n' dropped; false at the end of the input. A
// line longer than `max` is read to its end but not kept (`too_long`). A read
// error throws (libstdc++'s filebuf throws from underflow).
bool read_line(std::streambuf& in, std::string& line, size_t max, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  for (int c; (c = in.sbumpc()) != std::char_traits<char>::eof();) {
    any = true;
    if (c == '\n') return true;
    if (line.size() < max) line.push_back(static_cast<char>(c));
    else too_long = true;
  }
  return any;
}

}  // namespace

BatchResult run_batch(std::istream& in, std::ostream& out, const BatchOptions& options) {
  BatchResult result;
  std::vector<std::string> lines, results;
  std::vector<char> failed, too_long;
  std::string line;
  bool more = in.rdbuf() != nullptr;
  while (more) {
    lines.clear();
    too_long.clear();
    size_t bytes = 0;
    while (lines.size() < kChunkLines && bytes < kChunkBytes) {
      bool long_line = false;
      try {
        more = read_line(*in.rdbuf(), line, options.max_line_bytes, long_line);
      } catch (const std::exception& e) {
        result.read_error = read_failure(e);
        more = false;
      }
      if (!more) break;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!long_line && line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines carry no document
      bytes += line.size();
      lines.push_back(long_line ? std::string() : std::move(line));
      too_long.push_back(long_line);
    }
    results.assign(lines.size(), {});
    failed.assign(lines.size(), 0);
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < lines.size();) {
        bool f = true;
        results[i] = too_long[i] ? error_line(nullptr, "a line longer than " + std::to_string(options.max_line_bytes) + " bytes")
                                 : annotate_line(lines[i], options.default_lang, f);
        failed[i] = f;
      }
    };
    unsigned n = std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(lines.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (size_t i = 0; i < lines.size(); ++i) {
      out << results[i] << '\n';
      result.failures += failed[i];
    }
  }
  out.flush();
  return result;
}

}  // namespace dixit::cli
