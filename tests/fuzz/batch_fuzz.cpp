// libFuzzer harness for `dixit batch`'s JSONL reader (cli/batch.cpp), on one
// thread (no thread is started): the input bytes are the whole of standard
// input, and batch_check.h says what the output must be.
#include <cstddef>
#include <cstdint>
#include <string>

#include "batch_check.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dixit::fuzz::fail_if_any(dixit::fuzz::batch_problems(std::string(reinterpret_cast<const char*>(data), size)));
  return 0;
}
