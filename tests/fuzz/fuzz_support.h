// Shared by the libFuzzer harnesses: the language picked by the first byte, and
// a failure that libFuzzer records as a crash, with its reasons printed.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace dixit::fuzz {

// The first input byte chooses the language, so that one corpus exercises every path.
inline const char* language_for(uint8_t selector) {
  static const char* const kLanguages[] = {"auto", "fr", "en"};
  return kLanguages[selector % 3];
}

inline void fail_if_any(const std::vector<std::string>& problems) {
  if (problems.empty()) return;
  for (const auto& problem : problems) std::fprintf(stderr, "dixit fuzz: %s\n", problem.c_str());
  std::abort();
}

}  // namespace dixit::fuzz
