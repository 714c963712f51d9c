// `dixit batch`: JSONL in, JSONL out, in input order, on N threads.
#pragma once

#include <iosfwd>
#include <string>

namespace dixit::cli {

struct BatchOptions {
  unsigned threads = 1;
  std::string default_lang = "auto";
  // A longer line is read to its end but not kept, and answered with an error
  // (an endless line, from /dev/zero say, must not exhaust the memory).
  size_t max_line_bytes = size_t{256} << 20;
};

struct BatchResult {
  size_t failures = 0;     // lines answered with {"id", "error"}
  std::string read_error;  // why reading stopped before the end of the input, or empty
};

// Every line read before a read error is answered; a read error (or running out
// of memory) stops the reading and is reported in read_error.
// With threads == 1 no thread is started. Never throws on any input bytes.
BatchResult run_batch(std::istream& in, std::ostream& out, const BatchOptions& options);

// One input line to one output line; never throws.
std::string annotate_line(const std::string& line, const std::string& default_lang, bool& failed);

// The JSON nesting a line may have: an "id" is copied and written back, and
// nlohmann copies and writes recursively, so deeper lines are refused.
constexpr size_t kMaxNesting = 512;

}  // namespace dixit::cli
