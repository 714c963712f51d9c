// `dixit batch`'s reader (cli/batch.cpp) on hostile input and on read errors,
// and the replay of the batch fuzz harness's findings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ios>
#include <iterator>
#include <new>
#include <sstream>
#include <streambuf>
#include <string>
#include <system_error>

#include "../fuzz/batch_check.h"
#include "batch.h"

using dixit::cli::BatchOptions;
using dixit::cli::run_batch;

namespace {

// A stream that yields `text`, then fails as a disk or a pipe can (underflow
// throws, as libstdc++'s filebuf does on a read error).
class FailingBuf : public std::streambuf {
 public:
  FailingBuf(std::string text, bool out_of_memory) : text_(std::move(text)), out_of_memory_(out_of_memory) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 protected:
  int_type underflow() override {
    if (out_of_memory_) throw std::bad_alloc();
    throw std::ios_base::failure("read failed", std::error_code(EIO, std::generic_category()));
  }

 private:
  std::string text_;
  bool out_of_memory_;
};

std::string lines_of(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += "{\"id\":" + std::to_string(i) + ",\"text\":\"Il a dit « oui ».\"}\n";
  return text;
}

}  // namespace

TEST_CASE("batch: a read error midway is reported, the lines before it are answered", "[batch]") {
  for (bool out_of_memory : {false, true}) {
    FailingBuf buffer(lines_of(600) + "{\"id\":\"cut", out_of_memory);
    std::istream in(&buffer);
    std::ostringstream out;
    const auto result = run_batch(in, out, BatchOptions{2, "auto"});
    CHECK(result.read_error == (out_of_memory ? "out of memory reading a line (a line too long?)" : std::strerror(EIO)));
    CHECK(result.failures == 0);
    const std::string written = out.str();
    CHECK(std::count(written.begin(), written.end(), '\n') == 600);
  }
}

TEST_CASE("batch: nesting deeper than kMaxNesting is refused, not recursed into", "[batch]") {
  const auto nested = [](size_t depth) {
    return "{\"id\":" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + ",\"text\":\"x\"}";
  };
  bool failed = false;
  CHECK(dixit::cli::annotate_line(nested(dixit::cli::kMaxNesting), "auto", failed).find("\"quotes\"") != std::string::npos);
  CHECK_FALSE(failed);
  CHECK(dixit::cli::annotate_line(nested(dixit::cli::kMaxNesting + 1), "auto", failed).find("nested deeper") != std::string::npos);
  CHECK(failed);
  // Brackets inside strings are text, not nesting.
  CHECK(dixit::cli::annotate_line("{\"id\":\"" + std::string(10000, '[') + "\",\"text\":\"x\"}", "auto", failed).find("\"quotes\"") != std::string::npos);
  CHECK(dixit::fuzz::batch_problems(nested(200000) + "\n").empty());
}

TEST_CASE("batch: invalid UTF-8 and invalid JSON get an error line, long messages cut", "[batch]") {
  const std::string input = "{\"id\":1,\"text\":\"abc\xff\"}\n\xff\xfe\n{\"id\":2,\"text\":\"" + std::string(100000, 'a') + "\xc3\n";
  CHECK(dixit::fuzz::batch_problems(input).empty());
  std::istringstream in(input);
  std::ostringstream out;
  CHECK(run_batch(in, out, BatchOptions{}).failures == 3);
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) CHECK(line.size() < 1000);
}

TEST_CASE("batch: a line longer than the limit is answered with an error, not kept", "[batch]") {
  std::istringstream in("{\"id\":1,\"text\":\"a\"}\n" + std::string(1000, ' ') + "x\n{\"id\":3,\"text\":\"c\"}");
  std::ostringstream out;
  BatchOptions options;
  options.max_line_bytes = 100;
  CHECK(run_batch(in, out, options).failures == 1);
  std::istringstream lines(out.str());
  std::string first, second, third;
  std::getline(lines, first), std::getline(lines, second), std::getline(lines, third);
  CHECK(first.rfind("{\"id\":1,", 0) == 0);
  CHECK(second == "{\"id\":null,\"error\":\"a line longer than 100 bytes\"}");
  CHECK(third.rfind("{\"id\":3,", 0) == 0);
}

// Inputs the batch fuzz harness failed on (tests/fuzz/regressions/batch/), as it read them.
TEST_CASE("batch: fuzz findings replayed", "[batch][hostile]") {
  const auto folder = std::filesystem::path(DIXIT_SOURCE_DIR) / "tests/fuzz/regressions/batch";
  size_t inputs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().filename() == "README.md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    INFO(entry.path().string());
    for (const auto& problem : dixit::fuzz::batch_problems(bytes)) {
      INFO(problem);
      CHECK(false);
    }
    ++inputs;
  }
  CHECK(inputs >= 1);
}
