// The batch reader's contract, checked on any input bytes (tests/fuzz/batch_fuzz.cpp
// and the replay of tests/fuzz/regressions/batch/ in tests/unit/batch_test.cpp):
// one output line per non-blank input line, each a JSON object (so valid
// UTF-8) with its "id" and either an "error" string or the annotation's
// arrays, and as many failures as error lines.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "batch.h"

namespace dixit::fuzz {

// The lines the reader answers: split at '\n', one '\r' dropped at the end,
// blank lines (spaces and tabs only) skipped.
inline size_t answered_lines(std::string_view input) {
  size_t count = 0;
  while (!input.empty()) {
    const size_t end = input.find('\n');
    std::string_view line = input.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) ++count;
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 1);
  }
  return count;
}

// Runs the reader on one thread over `input` as standard input; returns what is wrong.
inline std::vector<std::string> batch_problems(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  const cli::BatchResult result = cli::run_batch(in, out, cli::BatchOptions{});

  std::vector<std::string> problems;
  if (!result.read_error.empty()) problems.push_back("a read error on a string stream: " + result.read_error);
  std::istringstream lines(out.str());
  size_t count = 0, errors = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    nlohmann::ordered_json parsed;
    try {
      parsed = nlohmann::ordered_json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      problems.push_back(std::string("an output line is not JSON (") + e.what() + "): " + line.substr(0, 300));
      continue;
    }
    if (!parsed.is_object() || !parsed.contains("id")) {
      problems.push_back("an output line is not an object with an \"id\": " + line.substr(0, 300));
      continue;
    }
    if (parsed.contains("error")) {
      ++errors;
      if (!parsed["error"].is_string() || parsed.size() != 2)
        problems.push_back("an error line is not {\"id\", \"error\": string}: " + line.substr(0, 300));
    } else {
      for (const char* key : {"speakers", "quotes", "amounts"})
        if (!parsed.contains(key) || !parsed[key].is_array())
          problems.push_back(std::string("a result line has no \"") + key + "\" array: " + line.substr(0, 300));
    }
  }
  const size_t expected = answered_lines(input);
  if (count != expected)
    problems.push_back(std::to_string(count) + " output lines for " + std::to_string(expected) + " non-blank input lines");
  if (errors != result.failures)
    problems.push_back(std::to_string(errors) + " error lines but " + std::to_string(result.failures) + " failures counted");
  return problems;
}

}  // namespace dixit::fuzz
