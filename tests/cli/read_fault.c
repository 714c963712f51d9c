// LD_PRELOAD shim for tests/cli/cli_test.sh: faults that no ordinary file
// produces on demand. read() on a regular file fails with EIO once the file's
// offset has reached DIXIT_READ_FAULT_AFTER bytes (a read error midway: a
// failing disk, a network file system that went away). Other fds are untouched.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

ssize_t read(int fd, void* buffer, size_t count) {
  static ssize_t (*real_read)(int, void*, size_t);
  if (!real_read) real_read = (ssize_t (*)(int, void*, size_t))dlsym(RTLD_NEXT, "read");
  const char* after = getenv("DIXIT_READ_FAULT_AFTER");
  struct stat info;
  if (after && fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && lseek(fd, 0, SEEK_CUR) >= atoll(after)) {
    errno = EIO;
    return -1;
  }
  return real_read(fd, buffer, count);
}
