// dixit: the native command line. `annotate` for one text, `batch` for JSONL.
// It never aborts: every input or output failure is one line "dixit: …" on
// standard error and exit 2 (tests/cli/cli_test.sh).
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
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
  dixit annotate [--lang L] [--pretty] [--fifo-wait S] FILE|-
                                                annotate one UTF-8 text, print JSON
  dixit batch [--lang L] [--threads N]          JSONL {"id","text","lang"?} on stdin,
                                                one JSON result per line on stdout
  dixit --help | --version

Languages: auto (default), )";

const char* kExitCodes = R"(
FILE is read whole, up to 256 MiB. A FIFO is read like standard input, once a
writer has written to it or closed it; if nothing comes within S seconds
(--fifo-wait, default 10, 0 waits as long as it takes, like cat) dixit stops.

Exit codes: 0 ok, 1 some batch lines failed, 2 usage, input or output error.
)";

constexpr size_t kMaxInput = size_t{256} << 20;

int usage_error(const std::string& message) {
  std::cerr << "dixit: " << message << "\nTry 'dixit --help'.\n";
  return kUsage;
}

void print_help() {
  std::cout << kHelp;
  for (const auto& code : dixit::available_languages()) std::cout << code << ' ';
  std::cout << '\n' << kExitCodes;
}

// A named FIFO, as opposed to the anonymous pipe of `cmd | dixit annotate
// /dev/stdin` or `<(cmd)`, whose writer exists by construction.
bool is_named_fifo(int fd) {
  char target[64] = {};
  const std::string link = "/proc/self/fd/" + std::to_string(fd);
  const ssize_t n = readlink(link.c_str(), target, sizeof target - 1);
  return !(n > 5 && std::strncmp(target, "pipe:", 5) == 0);
}

// Reads FILE (or standard input for "-") whole. Every failure is a one-line
// reason in `error`: open, a directory, a FIFO no one writes to, a read error
// at any point, more than kMaxInput bytes.
bool read_input(const std::string& path, int fifo_wait_seconds, std::string& bytes, std::string& error) {
  const bool standard_input = path == "-";
  const std::string name = standard_input ? std::string("standard input") : path;
  int fd = 0;
  if (!standard_input) {
    // O_NONBLOCK: opening a FIFO must not block before we can decide how long to wait.
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
      error = "cannot open " + path + ": " + std::strerror(errno);
      return false;
    }
  }
  struct Closer {
    int fd;
    ~Closer() { if (fd > 0) close(fd); }
  } closer{fd};
  struct stat info {};
  if (fstat(fd, &info) == 0) {
    if (S_ISDIR(info.st_mode)) {
      error = name + " is a directory, not a text file";
      return false;
    }
    if (S_ISREG(info.st_mode) && static_cast<uint64_t>(info.st_size) > kMaxInput) {
      error = name + " is larger than 256 MiB; split it, or use dixit batch";
      return false;
    }
    if (!standard_input && S_ISFIFO(info.st_mode) && is_named_fifo(fd)) {
      // Linux reports neither data nor hang-up on a FIFO no writer has opened yet.
      pollfd wait{fd, POLLIN, 0};
      int ready;
      do ready = poll(&wait, 1, fifo_wait_seconds > 0 ? fifo_wait_seconds * 1000 : -1);
      while (ready < 0 && errno == EINTR);
      if (ready == 0) {
        error = path + " is a FIFO that nothing was written to within " + std::to_string(fifo_wait_seconds) +
                " s (no writer? --fifo-wait 0 waits as long as it takes)";
        return false;
      }
    }
    if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<size_t>(info.st_size));
  }
  if (!standard_input) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {  // a standard input left non-blocking by its parent
        pollfd wait{fd, POLLIN, 0};
        poll(&wait, 1, -1);
        continue;
      }
      error = "cannot read " + name + ": " + std::strerror(errno) +
              (bytes.empty() ? std::string() : " (after " + std::to_string(bytes.size()) + " bytes)");
      return false;
    }
    if (bytes.size() + static_cast<size_t>(n) > kMaxInput) {
      error = name + " is larger than 256 MiB; split it, or use dixit batch";
      return false;
    }
    bytes.append(buffer, static_cast<size_t>(n));
  }
}

// Output that could not be written is an error, not a success with nothing in it.
// (A closed pipe ends the process by SIGPIPE first, quietly, as for any filter.)
int check_output() {
  errno = 0;
  std::cout.flush();
  if (std::cout) return kOk;
  std::cerr << "dixit: cannot write standard output" << (errno ? std::string(": ") + std::strerror(errno) : "")
            << '\n';
  return kUsage;
}

int run_annotate(int argc, char** argv) {
  dixit::Options options;
  bool pretty = false;
  int fifo_wait = 10;
  std::string path;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) options.lang = argv[++i];
    else if (arg == "--pretty") pretty = true;
    else if (arg == "--fifo-wait" && i + 1 < argc) {
      char* end = nullptr;
      const long v = std::strtol(argv[++i], &end, 10);
      if (*end || end == argv[i] || v < 0 || v > 86400) return usage_error("--fifo-wait takes seconds, from 0 (no limit) to 86400");
      fifo_wait = static_cast<int>(v);
    }
    else if (path.empty() && (arg == "-" || arg[0] != '-')) path = arg;
    else return usage_error("unexpected argument '" + arg + "'");
  }
  if (path.empty()) return usage_error("annotate needs a FILE, or - for standard input");
  std::string bytes, error;
  if (!read_input(path, fifo_wait, bytes, error)) {
    std::cerr << "dixit: " << error << '\n';
    return kUsage;
  }
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
  return check_output();
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
  const auto result = dixit::cli::run_batch(std::cin, std::cout, options);
  if (const int code = check_output()) return code;
  if (!result.read_error.empty()) {
    std::cerr << "dixit: cannot read standard input: " << result.read_error << '\n';
    return kUsage;
  }
  if (result.failures) std::cerr << "dixit: " << result.failures << " line(s) failed\n";
  return result.failures ? kSomeFailed : kOk;
}

}  // namespace

static int run(int argc, char** argv) {
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

int main(int argc, char** argv) {
  // Nothing thrown may end in std::terminate: out of memory on a huge input,
  // or anything unforeseen, is one line and exit 2.
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "dixit: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "dixit: " << e.what() << '\n';
  }
  return kUsage;
}
