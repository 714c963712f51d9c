// `dixit batch`: JSONL in, JSONL out, in input order, on N threads.
#pragma once

#include <iosfwd>
#include <string>

namespace dixit::cli {

struct BatchOptions {
  unsigned threads = 1;
  std::string default_lang = "auto";
};

// Returns the number of lines that failed.
size_t run_batch(std::istream& in, std::ostream& out, const BatchOptions& options);

// One input line to one output line; never throws.
std::string annotate_line(const std::string& line, const std::string& default_lang, bool& failed);

}  // namespace dixit::cli
