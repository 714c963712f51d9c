// dixit: the native command line. `annotate` for one text, `batch` for JSONL.
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include "batch.h"
#include "dixit/dixit.h"
#include "text/utf.h"

namespace {

constexpr int kOk = 0, kSomeFailed = 1, kUsage = 2;

const char* kHelp = R"(dixit: who said what, and how much.

Usage:
  dixit annotate [--lang L] [--pretty] FILE|-   annotate one UTF-8 text, print JSON
  dixit batch [--lang L] [--threads N]          JSONL {"id","text","lang"?} on stdin,
                                                one JSON result per line on stdout
  dixit --help | --version

Languages: auto (default), )";

const char* kExitCodes = R"(
Exit codes: 0 ok, 1 some batch lines failed, 2 usage or input error.
)";

int usage_error(const std::string& message) {
  std::cerr << "dixit: " << message << "\nTry 'dixit --help'.\n";
  return kUsage;
}

void print_help() {
  std::cout << kHelp;
  for (const auto& code : dixit::available_languages()) std::cout << code << ' ';
  std::cout << '\n' << kExitCodes;
}

bool read_input(const std::string& path, std::string& bytes, std::string& error) {
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  bytes.assign(std::istreambuf_iterator<char>(file), {});
  return true;
}

int run_annotate(int argc, char** argv) {
  dixit::Options options;
  bool pretty = false;
  std::string path;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) options.lang = argv[++i];
    else if (arg == "--pretty") pretty = true;
    else if (path.empty() && (arg == "-" || arg[0] != '-')) path = arg;
    else return usage_error("unexpected argument '" + arg + "'");
  }
  if (path.empty()) return usage_error("annotate needs a FILE, or - for standard input");
  std::string bytes, error;
  if (!read_input(path, bytes, error)) return usage_error(error);
  if (auto bad = dixit::text::find_invalid_utf8(bytes)) {
    std::cerr << "dixit: " << (path == "-" ? "standard input" : path) << " is not valid UTF-8: invalid byte 0x"
              << std::hex << static_cast<unsigned>(static_cast<unsigned char>(bytes[*bad])) << std::dec
              << " at byte offset " << *bad << '\n';
    return kUsage;
  }
  try {
    const auto annotations = dixit::annotate(dixit::text::utf8_to_utf16(bytes), options);
    if (pretty) std::cout << dixit::to_json(annotations).dump(2) << '\n';
    else std::cout << dixit::to_json_string(annotations) << '\n';
  } catch (const dixit::UsageError& e) {
    return usage_error(e.what());
  }
  return kOk;
}

int run_batch(int argc, char** argv) {
  dixit::cli::BatchOptions options;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) {
      std::string n = argv[++i];
      char* end = nullptr;
      long v = std::strtol(n.c_str(), &end, 10);
      if (*end || v < 0 || v > 256) return usage_error("--threads takes a number from 0 (all cores) to 256");
      options.threads = v == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(v);
    } else if (arg == "--lang" && i + 1 < argc) {
      options.default_lang = argv[++i];
    } else {
      return usage_error("unexpected argument '" + arg + "'");
    }
  }
  std::ios::sync_with_stdio(false);
  size_t failures = dixit::cli::run_batch(std::cin, std::cout, options);
  if (failures) std::cerr << "dixit: " << failures << " line(s) failed\n";
  return failures ? kSomeFailed : kOk;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing command");
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    print_help();
    return kOk;
  }
  if (command == "--version") {
    std::cout << "dixit " << dixit::version() << '\n';
    return kOk;
  }
  if (command == "annotate") return run_annotate(argc, argv);
  if (command == "batch") return run_batch(argc, argv);
  return usage_error("unknown command '" + command + "'");
}
