#include "batch.h"

#include <atomic>
#include <istream>
#include <ostream>
#include <thread>
#include <vector>

#include "dixit/dixit.h"
#include "text/utf.h"

namespace dixit::cli {

namespace {

std::string error_line(const nlohmann::ordered_json& id, const std::string& message) {
  nlohmann::ordered_json out = {{"id", id}, {"error", message}};
  return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// Lines are read and written in chunks so that memory stays bounded on huge
// inputs while threads still get enough work to share.
constexpr size_t kChunkLines = 512;
constexpr size_t kChunkBytes = 16u << 20;

}  // namespace

std::string annotate_line(const std::string& line, const std::string& default_lang, bool& failed) {
  failed = true;
  nlohmann::ordered_json id = nullptr;
  try {
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

size_t run_batch(std::istream& in, std::ostream& out, const BatchOptions& options) {
  size_t failures = 0;
  std::vector<std::string> lines, results;
  std::vector<char> failed;
  std::string line;
  bool more = true;
  while (more) {
    lines.clear();
    size_t bytes = 0;
    while (lines.size() < kChunkLines && bytes < kChunkBytes && (more = static_cast<bool>(std::getline(in, line)))) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines carry no document
      bytes += line.size();
      lines.push_back(std::move(line));
    }
    results.assign(lines.size(), {});
    failed.assign(lines.size(), 0);
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < lines.size();) {
        bool f = false;
        results[i] = annotate_line(lines[i], options.default_lang, f);
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
      failures += failed[i];
    }
  }
  out.flush();
  return failures;
}

}  // namespace dixit::cli
