// The JSON files of core/lang/<code>/<section>.json, embedded by the build
// (cmake/EmbedLangData.cmake generates the definitions).
#pragma once

#include <cstddef>

namespace dixit::lang_data {

struct File {
  const char* lang;
  const char* section;
  const unsigned char* data;
  size_t size;
};

extern const File files[];
extern const size_t file_count;

}  // namespace dixit::lang_data
